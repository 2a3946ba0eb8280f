package org.civitas.shared.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.civitas.shared.Language;
import org.civitas.support.KaribuTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.vaadin.flow.component.HasText;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeDetails;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;

class BarChartTest extends KaribuTest {

    private final List<Bar> bars = List.of(new Bar("Park <Planty>", 1500, "1 500 pkt", true),
            new Bar("Ławki", 700, "700 pkt"));

    @BeforeEach
    void inEnglish() {
        UI.getCurrent().setLocale(Language.EN.locale());
    }

    @Test
    void a_figure_holds_its_caption_the_named_picture_and_a_table_of_the_same_figures() {
        var chart = inUi(new BarChart("Punkty projektów", bars));

        assertThat(chart.getElement().getTag()).isEqualTo("figure");
        assertThat(_get(chart, BarChart.Caption.class).getText()).isEqualTo("Punkty projektów");
        String svg = _get(chart, Div.class).getElement().getProperty("innerHTML");
        assertThat(svg).startsWith("<svg").contains("role=\"img\"").contains("aria-label=\"Punkty projektów\"")
                .contains("Park &lt;Planty&gt;");
        List<NativeTableRow> rows = _find(chart, NativeTableRow.class);
        assertThat(rows).extracting(BarChartTest::cells).containsExactly(List.of("Name", "Figure"),
                List.of("✓ Park <Planty>", "1 500 pkt"), List.of("Ławki", "700 pkt"));
        assertThat(rows.get(1).getClassNames()).contains("civitas-chart-emphasis");
        var details = _get(chart, NativeDetails.class);
        assertThat(details.getSummaryText()).isEqualTo("Show the figures as a table");
        assertThat(details.isOpen()).as("collapsed until asked for").isFalse();
    }

    @Test
    void names_its_columns_and_says_what_the_tick_means_when_asked() {
        var chart = inUi(new BarChart("Points", bars).withHeaders("Project", "Points").withEmphasisMeaning("funded"));

        assertThat(cells(_find(chart, NativeTableRow.class).get(0))).containsExactly("Project", "Points");
        assertThat(_get(chart, Paragraph.class).getText()).isEqualTo("✓ funded");
    }

    @Test
    void says_in_the_readers_language_that_there_is_nothing_to_show() {
        UI.getCurrent().setLocale(Language.PL.locale());
        var chart = inUi(new BarChart("Frekwencja", List.of()));

        assertThat(_get(chart, Paragraph.class).getText()).isEqualTo("Na razie nie ma danych do pokazania.");
        assertThat(_find(chart, Div.class)).isEmpty();
        assertThat(_find(chart, NativeTableRow.class)).isEmpty();
    }

    private static BarChart inUi(BarChart chart) {
        UI.getCurrent().add(chart);
        return chart;
    }

    private static List<String> cells(NativeTableRow row) {
        return row.getAllCells().stream().map(c -> ((HasText) c).getText()).toList();
    }
}
