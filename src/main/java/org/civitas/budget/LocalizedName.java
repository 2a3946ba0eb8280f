package org.civitas.budget;

import java.util.Locale;
import java.util.Map;

import org.civitas.shared.Language;

/** A name in the languages it was given in; Polish is always there and stands in for the others. */
public record LocalizedName(Map<Language, String> texts) {

    public LocalizedName {
        texts = Map.copyOf(texts);
    }

    public String in(Language language) {
        String text = texts.get(language);
        return text == null || text.isBlank() ? texts.getOrDefault(Language.PL, "") : text;
    }

    public String in(Locale locale) {
        return in(Language.of(locale));
    }
}
