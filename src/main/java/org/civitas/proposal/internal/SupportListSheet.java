package org.civitas.proposal.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a paper support list says, already in the reader's language: the PDF knows no locale, so
 * every label arrives translated and the intro arrives with its number and date formatted.
 *
 * <p>Required keys of {@code texts} are {@link #REQUIRED_KEYS}; {@code page} is a
 * {@link java.text.MessageFormat} pattern with {@code {0}} the page and {@code {1}} the page count.
 * The optional keys {@code label.pool} and {@code label.deadline} put a label before the pool and
 * the deadline in the header; without them the two values stand alone.
 */
public record SupportListSheet(
        String editionName,
        String proposalNumber,
        String title,
        String poolLabel,
        LocalDate deadline,
        int supportersNeeded,
        Map<String, String> texts) {

    public static final List<String> REQUIRED_KEYS = List.of(
            "heading", "intro", "column.number", "column.name", "column.address", "column.signature",
            "consent", "page");

    public SupportListSheet {
        Objects.requireNonNull(editionName, "editionName");
        Objects.requireNonNull(proposalNumber, "proposalNumber");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(poolLabel, "poolLabel");
        Objects.requireNonNull(deadline, "deadline");
        if (supportersNeeded < 1) {
            throw new IllegalArgumentException("supportersNeeded must be positive: " + supportersNeeded);
        }
        texts = Map.copyOf(texts);
        // A missing label would otherwise surface only as a blank on paper already handed out.
        for (String key : REQUIRED_KEYS) {
            if (!texts.containsKey(key)) {
                throw new IllegalArgumentException("no text for '" + key + "'");
            }
        }
    }

    String text(String key) {
        return texts.get(key);
    }

    /** The value after its optional label, e.g. "Pula: Ogólnomiejska". */
    String labelled(String labelKey, String value) {
        String label = texts.get(labelKey);
        return label == null || label.isBlank() ? value : label + ": " + value;
    }
}
