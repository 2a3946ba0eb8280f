package org.civitas.panel.internal;

import java.net.URI;
import java.net.URISyntaxException;

import org.civitas.panel.PanelRuleException;

/** The checks of texts people type into a panel (recommendations, answers, deliberation), each with its translated refusal. */
final class Checks {

    private Checks() {
    }

    static String title(String title) {
        String t = strip(title);
        if (t.isEmpty()) {
            throw new PanelRuleException("panel.error.title-required");
        }
        if (t.length() > 200) {
            throw new PanelRuleException("panel.error.title-too-long", 200);
        }
        return t;
    }

    static String text(String text, int max) {
        return text(text, max, "panel.error.text-required");
    }

    /** Required text, refused with {@code missingKey} when empty. */
    static String text(String text, int max, String missingKey) {
        String t = strip(text);
        if (t.isEmpty()) {
            throw new PanelRuleException(missingKey);
        }
        if (t.length() > max) {
            throw new PanelRuleException("panel.error.text-too-long", max);
        }
        return t;
    }

    static String optional(String text, int max) {
        String t = strip(text);
        if (t.length() > max) {
            throw new PanelRuleException("panel.error.text-too-long", max);
        }
        return t;
    }

    /** Empty, or an http(s) address: nothing else may become a link on a page. */
    static String link(String link) {
        String t = strip(link);
        if (t.isEmpty()) {
            return t;
        }
        try {
            URI uri = new URI(t);
            if (t.length() > 1000 || uri.getHost() == null
                    || !("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))) {
                throw new PanelRuleException("panel.error.link-invalid");
            }
            return t;
        } catch (URISyntaxException e) {
            throw new PanelRuleException("panel.error.link-invalid");
        }
    }

    /** The name a download is offered under: letters, digits and a few signs, ending in .pdf. */
    static String fileName(String name) {
        String base = strip(name).replaceAll("[^\\p{L}\\p{N}._ -]", "_");
        if (base.isEmpty()) {
            base = "material";
        }
        if (base.length() > 150) {
            base = base.substring(0, 150);
        }
        return base.toLowerCase(java.util.Locale.ROOT).endsWith(".pdf") ? base : base + ".pdf";
    }

    private static String strip(String text) {
        return text == null ? "" : text.strip();
    }
}
