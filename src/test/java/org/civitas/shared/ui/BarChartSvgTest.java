package org.civitas.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

class BarChartSvgTest {

    private static final String PRIMARY = "rgb(10,85,184)";
    private static final String MUTED = "rgb(107,122,143)";

    @Test
    void draws_one_bar_per_item_with_its_figure_in_a_valid_svg() throws Exception {
        Document svg = parse(BarChartSvg.render("Turnout", List.of(new Bar("Online", 1200, "1 200"),
                new Bar("Paper", 300, "300"), new Bar("Stare Miasto", 5, "5"))));

        assertThat(svg.getDocumentElement().getLocalName()).isEqualTo("svg");
        assertThat(bars(svg)).hasSize(3);
        assertThat(texts(svg)).contains("Online", "Paper", "Stare Miasto", "1 200", "300", "5");
        assertThat(width(bars(svg).get(0))).as("lengths follow the values")
                .isGreaterThan(width(bars(svg).get(1)) * 3.9).isLessThan(width(bars(svg).get(1)) * 4.1);
    }

    @Test
    void names_the_picture_by_its_caption_for_screen_readers() throws Exception {
        Element root = parse(BarChartSvg.render("Points \"per\" <project>", List.of(new Bar("A", 1, "1"))))
                .getDocumentElement();

        assertThat(root.getAttribute("role")).isEqualTo("img");
        assertThat(root.getAttribute("aria-label")).isEqualTo("Points \"per\" <project>");
        assertThat(root.getElementsByTagNameNS("*", "title").item(0).getTextContent())
                .isEqualTo("Points \"per\" <project>");
        assertThat(viewBox(root)).as("scales with its container").startsWith(0.0, 0.0, (double) BarChartSvg.WIDTH);
        assertThat(root.hasAttribute("width")).isFalse();
    }

    @Test
    void writes_a_residents_markup_as_text_never_as_elements() throws Exception {
        String title = "<script>x</script>&'\"";
        String raw = BarChartSvg.render("Points", List.of(new Bar(title, 10, "<b>10</b>")));
        Document svg = parse(raw);

        assertThat(svg.getElementsByTagNameNS("*", "script").getLength()).isZero();
        assertThat(svg.getElementsByTagNameNS("*", "b").getLength()).isZero();
        assertThat(String.join("", texts(svg))).contains(title).contains("<b>10</b>");
        assertThat(raw).doesNotContain("<script").doesNotContain("<b>");
    }

    @Test
    void marks_an_emphasised_bar_by_a_tick_and_bold_text_as_well_as_by_colour() throws Exception {
        Document svg = parse(BarChartSvg.render("Points", List.of(new Bar("Funded park", 900, "900 pts", true),
                new Bar("Unfunded bench", 800, "800 pts", false))));

        assertThat(bars(svg)).extracting(b -> style(b, "fill")).containsExactly(PRIMARY, MUTED);
        Element funded = text(svg, "✓ Funded park");
        Element unfunded = text(svg, "Unfunded bench");
        assertThat(style(funded, "font-weight")).isEqualTo("bold");
        assertThat(style(unfunded, "font-weight")).isNotEqualTo("bold");
        assertThat(style(text(svg, "900 pts"), "font-weight")).isEqualTo("bold");
    }

    @Test
    void draws_every_bar_in_the_primary_colour_when_none_stands_out() throws Exception {
        Document svg = parse(BarChartSvg.render("Voters", List.of(new Bar("Online", 9, "9"),
                new Bar("Paper", 3, "3"))));

        assertThat(bars(svg)).extracting(b -> style(b, "fill")).containsOnly(PRIMARY);
    }

    @Test
    void writes_text_as_text_in_dejavu_sans_with_look_alike_fallbacks() throws Exception {
        Document svg = parse(BarChartSvg.render("Voters", List.of(new Bar("Online", 9, "9"))));

        assertThat(elements(svg, "path")).allSatisfy(p -> assertThat(p.getParentNode().getLocalName())
                .as("paths only outline clip areas, never glyphs").isEqualTo("clipPath"));
        for (String text : List.of("Online", "9")) {
            assertThat(style(text(svg, text), "font-family")).isEqualTo(ChartFonts.CSS_FAMILY);
        }
    }

    @Test
    void keeps_two_items_with_the_same_label_apart_and_lists_a_zero_by_its_figure() throws Exception {
        Document svg = parse(BarChartSvg.render("Points", List.of(new Bar("Benches", 4, "4 pts"),
                new Bar("Benches", 2, "2 pts"), new Bar("Fountain", 0, "0 pts"))));

        assertThat(texts(svg)).filteredOn("Benches"::equals).hasSize(2);
        assertThat(bars(svg)).as("a zero is a figure without a bar").hasSize(2);
        assertThat(texts(svg)).contains("4 pts", "2 pts", "0 pts", "Fountain");
    }

    @Test
    void cuts_a_long_title_to_three_lines_and_grows_with_the_number_of_bars() throws Exception {
        String title = "Zielony skwer przy ulicy Mikołaja Kopernika z ławkami, fontanną i placem zabaw dla dzieci";
        Document one = parse(BarChartSvg.render("Points", List.of(new Bar(title, 3, "3"))));
        Document two = parse(BarChartSvg.render("Points", List.of(new Bar(title, 3, "3"), new Bar(title, 2, "2"))));

        assertThat(texts(one)).hasSize(4).last().isEqualTo("3");
        assertThat(texts(one).get(2)).endsWith("...");
        assertThat(height(two)).isEqualTo(2 * height(one) - 12);
    }

    @Test
    void draws_an_empty_but_valid_picture_for_no_bars() throws Exception {
        Document svg = parse(BarChartSvg.render("Nothing yet", List.of()));

        assertThat(bars(svg)).isEmpty();
        assertThat(svg.getDocumentElement().getAttribute("aria-label")).isEqualTo("Nothing yet");
    }

    @Test
    void refuses_a_bar_whose_length_cannot_be_drawn() {
        for (double value : new double[] {-1, Double.NaN, Double.POSITIVE_INFINITY}) {
            assertThatThrownBy(() -> new Bar("A", value, "?")).as("value " + value)
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void gives_two_charts_on_one_page_different_ids() throws Exception {
        List<Bar> bars = List.of(new Bar("A", 1, "1"));
        List<String> first = ids(parse(BarChartSvg.render("One", bars)));
        List<String> second = ids(parse(BarChartSvg.render("Two", bars)));

        assertThat(first).isNotEmpty().doesNotContainAnyElementsOf(second);
    }

    @Test
    void measures_text_with_the_embedded_dejavu_fonts_not_with_whatever_the_system_has() {
        assertThat(ChartFonts.REGULAR.getFamily()).isEqualTo("DejaVu Sans");
        assertThat(ChartFonts.bold(13).getFontName()).isEqualTo("DejaVu Sans Bold");
        assertThat(ChartFonts.CSS_FAMILY).startsWith("DejaVu Sans,").endsWith("sans-serif").doesNotContain("'");
        for (String text : List.of("✓ Żółć", "Сапраўдныя ўзрост", "Дійсні бюлетені", "ქალაქის მასშტაბით")) {
            assertThat(ChartFonts.REGULAR.canDisplayUpTo(text)).as(text).isEqualTo(-1);
            assertThat(ChartFonts.BOLD.canDisplayUpTo(text)).as(text).isEqualTo(-1);
        }
    }

    /** Every id in the picture, the clip paths' among them. */
    private static List<String> ids(Document svg) {
        assertThat(elements(svg, "clipPath")).allSatisfy(c -> assertThat(c.getAttribute("id")).isNotEmpty());
        return elements(svg, "*").stream().map(e -> e.getAttribute("id")).filter(id -> !id.isEmpty()).toList();
    }

    private static Document parse(String svg) throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
    }

    private static List<Element> bars(Document svg) {
        return elements(svg, "rect").stream().filter(r -> !"clipPath".equals(r.getParentNode().getLocalName()))
                .filter(r -> style(r, "fill").startsWith("rgb(")).toList();
    }

    /**
     * A property as the element gets it: from its own style or attribute, else inherited from the nearest ancestor
     * that sets it (the SVG writer may set colours and fonts on a group around several shapes).
     */
    private static String style(Element element, String property) {
        for (Node node = element; node instanceof Element e; node = e.getParentNode()) {
            for (String declaration : e.getAttribute("style").split(";")) {
                String[] pair = declaration.split(":", 2);
                if (pair.length == 2 && pair[0].strip().equals(property)) {
                    return pair[1].strip();
                }
            }
            if (e.hasAttribute(property)) {
                return e.getAttribute(property);
            }
        }
        return "";
    }

    private static List<String> texts(Document svg) {
        return elements(svg, "text").stream().map(t -> t.getTextContent().strip()).toList();
    }

    private static Element text(Document svg, String content) {
        return elements(svg, "text").stream().filter(t -> t.getTextContent().strip().equals(content)).findFirst()
                .orElseThrow(() -> new AssertionError("no text " + content + " in " + texts(svg)));
    }

    private static List<Element> elements(Document svg, String name) {
        NodeList nodes = svg.getElementsByTagNameNS("*", name);
        List<Element> found = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            found.add((Element) nodes.item(i));
        }
        return found;
    }

    private static double width(Element rect) {
        return Double.parseDouble(rect.getAttribute("width"));
    }

    private static double height(Document svg) {
        return viewBox(svg.getDocumentElement()).get(3);
    }

    private static List<Double> viewBox(Element root) {
        return Arrays.stream(root.getAttribute("viewBox").strip().split("[\\s,]+")).map(Double::valueOf).toList();
    }
}
