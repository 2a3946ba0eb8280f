package org.civitas.shared;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.safety.Safelist;

/**
 * Residents' Markdown as HTML that is safe to put on a page. Raw HTML in the source is escaped by the renderer,
 * and the result is cleaned again against an allow-list (no scripts, styles, event handlers or images; links
 * only to http, https and mailto, opened without passing on the page), so neither path lets markup through.
 */
public final class Markdown {

    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();
    private static final Safelist ALLOWED = Safelist.basic().removeTags("span", "cite")
            .addTags("h1", "h2", "h3", "h4", "h5", "h6", "hr")
            .addEnforcedAttribute("a", "rel", "nofollow noopener noreferrer")
            .removeProtocols("a", "href", "ftp");

    private Markdown() {
    }

    public static String toSafeHtml(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        String html = RENDERER.render(PARSER.parse(markdown));
        return Jsoup.clean(html, ALLOWED);
    }
}
