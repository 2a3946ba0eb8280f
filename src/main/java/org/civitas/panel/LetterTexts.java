package org.civitas.panel;

import java.util.List;
import java.util.Map;

/**
 * What an invitation letter says, already translated (the PDF knows no locale): the texts of {@link #KEYS} in the
 * letter's language, and a few short lines in other languages for the footer.
 */
public record LetterTexts(Map<String, String> texts, List<String> footer) {

    public static final List<String> KEYS = List.of("sender", "heading", "salutation", "intro", "register", "code",
            "closing", "signature");

    public LetterTexts {
        texts = Map.copyOf(texts);
        footer = List.copyOf(footer);
        // a missing text would otherwise surface only as a blank on letters already posted
        for (String key : KEYS) {
            if (!texts.containsKey(key)) {
                throw new IllegalArgumentException("no text for '" + key + "'");
            }
        }
    }

    public String text(String key) {
        return texts.get(key);
    }
}
