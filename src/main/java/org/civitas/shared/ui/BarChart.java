package org.civitas.shared.ui;

import java.util.List;

import com.vaadin.flow.component.HtmlContainer;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeDetails;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;

/**
 * A horizontal bar chart drawn on the server as SVG, with its text alternative: a {@code <figure>} holding the caption
 * ({@code <figcaption>}), the picture ({@code role="img"}, named by the caption) and a collapsible table of the same
 * figures. Horizontal bars keep long labels (project titles) readable on a phone.
 * <p>
 * Usage, e.g. points per project with the funded ones standing out:
 * <pre>{@code
 * var bars = projects.stream().map(p -> new Bar(p.title(), p.points(),
 *         getTranslation("results.points", Formats.number(p.points(), getLocale())), p.funded())).toList();
 * add(new BarChart(getTranslation("results.chart.points"), bars)
 *         .withHeaders(getTranslation("results.project"), getTranslation("results.points-header"))
 *         .withEmphasisMeaning(getTranslation("results.funded")));
 * }</pre>
 * Bars keep the given order. Values only set the lengths; the reader sees {@link Bar#formatted()}, so format numbers
 * with {@link org.civitas.shared.Formats} in the reader's language. An emphasised bar is drawn in the primary colour,
 * in bold and with a ✓; {@link #withEmphasisMeaning} says what the ✓ means. Build it inside a UI (it reads the
 * translations of its table and summary).
 */
@Tag("figure")
public class BarChart extends HtmlContainer {

    private final NativeTableHeaderCell labelHeader = new NativeTableHeaderCell();
    private final NativeTableHeaderCell valueHeader = new NativeTableHeaderCell();
    private final Paragraph legend = new Paragraph();

    public BarChart(String caption, List<Bar> bars) {
        addClassName("civitas-chart");
        add(new Caption(caption));
        if (bars.isEmpty()) {
            add(new Paragraph(getTranslation("shared.chart.empty")));
            return;
        }
        var picture = new Div();
        picture.addClassName("civitas-chart-picture");
        picture.getElement().setProperty("innerHTML", BarChartSvg.render(caption, bars));
        legend.addClassName("civitas-chart-legend");
        legend.setVisible(false);
        add(picture, legend, new NativeDetails(getTranslation("shared.chart.table"), table(bars)));
    }

    /** Names the table's two columns (by default "Name" and "Figure"). */
    public BarChart withHeaders(String label, String value) {
        labelHeader.setText(label);
        valueHeader.setText(value);
        return this;
    }

    /** Says under the chart what an emphasised bar means, e.g. "funded". */
    public BarChart withEmphasisMeaning(String meaning) {
        legend.setText(BarChartSvg.MARK + meaning);
        legend.setVisible(true);
        return this;
    }

    private NativeTable table(List<Bar> bars) {
        var table = new NativeTable();
        table.addClassName("civitas-chart-table");
        labelHeader.setText(getTranslation("shared.chart.label"));
        valueHeader.setText(getTranslation("shared.chart.value"));
        labelHeader.getElement().setAttribute("scope", "col");
        valueHeader.getElement().setAttribute("scope", "col");
        table.getHead().addRow().add(labelHeader, valueHeader);
        for (Bar bar : bars) {
            NativeTableRow row = table.getBody().addRow();
            var label = row.addHeaderCell();
            label.getElement().setAttribute("scope", "row");
            label.setText(bar.emphasis() ? BarChartSvg.MARK + bar.label() : bar.label());
            var value = row.addDataCell();
            value.setText(bar.formatted());
            if (bar.emphasis()) {
                row.addClassName("civitas-chart-emphasis");
            }
        }
        return table;
    }

    @Tag("figcaption")
    static final class Caption extends HtmlContainer {
        Caption(String text) {
            setText(text);
        }
    }
}
