package org.civitas.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkdownTest {

    @Test
    void renders_emphasis_lists_and_links() {
        String html = Markdown.toSafeHtml("**Drzewa** i *ławki*\n\n- jeden\n- dwa\n\n[mapa](https://www.openstreetmap.org/)");
        assertThat(html).contains("<strong>Drzewa</strong>").contains("<em>ławki</em>").contains("<li>jeden</li>")
                .contains("href=\"https://www.openstreetmap.org/\"").contains("rel=\"nofollow noopener noreferrer\"");
    }

    @Test
    void shows_raw_html_as_text_and_drops_javascript_links() {
        String html = Markdown.toSafeHtml("<script>alert(1)</script>\n\n<img src=x onerror=alert(2)>\n\n"
                + "[kliknij](javascript:alert(3))\n\n<b onclick=\"x()\">b</b>");
        assertThat(html).doesNotContain("<script").doesNotContain("<img").doesNotContain("javascript:")
                .doesNotContain("<b ").contains("&lt;script&gt;", "&lt;img");
    }

    @Test
    void an_empty_description_is_empty() {
        assertThat(Markdown.toSafeHtml(null)).isEmpty();
        assertThat(Markdown.toSafeHtml("  ")).isEmpty();
    }
}
