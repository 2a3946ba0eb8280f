package org.civitas.budget;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;

/** A row of the list of editions; {@code imported} marks a past edition read from a pabulib file. */
public record EditionSummary(long id, LocalizedName name, Optional<Phase> phaseToday, boolean imported) {

    /**
     * The name as lists show it, in the reader's language; an imported edition's name goes through
     * {@code importedName}, the translated "{0} (imported)", so that nobody takes a past vote for a real one.
     */
    public String label(Locale locale, UnaryOperator<String> importedName) {
        String text = name.in(locale);
        return imported ? importedName.apply(text) : text;
    }

    /** The edition a list opens on: the newest one run here, else (only imported ones) the newest. */
    public static long opening(List<EditionSummary> newestFirst) {
        return newestFirst.stream().filter(e -> !e.imported()).findFirst().orElse(newestFirst.get(0)).id();
    }
}
