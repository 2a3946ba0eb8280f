package org.civitas.shared.ui;

import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.awt.geom.Rectangle2D;
import java.util.List;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.CategoryItemLabelGenerator;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.text.TextBlock;
import org.jfree.chart.text.TextUtils;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Draws a horizontal bar chart as one {@code <svg>} element with JFreeChart on an {@link SvgCanvas}: plain Java, no
 * Vaadin.
 * <p>
 * It is drawn 340 units wide, about a phone's width, and scales with its container, so its 14-unit text shows at
 * about 13px on a phone. Labels wrap on up to three lines in the left half; the rest is cut with "..." (the chart's
 * table has them in full). Residents' text, the caption included, is escaped by the canvas. An emphasised bar gets a ✓
 * and bold text besides its colour.
 */
final class BarChartSvg {

    static final int WIDTH = 340;
    /** The Civitas primary colour (styles.css: hsl(214, 90%, 38%)), 7:1 on white. */
    static final Color PRIMARY = new Color(0x0A, 0x55, 0xB8);
    /** Bars that do not stand out, beside ones that do: a grey-blue still 4.4:1 on white. */
    static final Color MUTED = new Color(0x6B, 0x7A, 0x8F);
    static final Color TEXT = new Color(0x1A, 0x27, 0x38);
    static final String MARK = "✓ ";
    private static final float FONT_SIZE = 14f;
    private static final int LABEL_LINES = 3;
    private static final float LABEL_SHARE = 0.5f;
    private static final int LINE = 18;
    private static final int PADDING = 6;

    private BarChartSvg() {
    }

    /** The SVG element for the bars in their order; an empty list gives an empty, still valid, picture. */
    static String render(String caption, List<Bar> bars) {
        int height = PADDING * 2 + Math.max(1, bars.size()) * row(bars);
        var canvas = new SvgCanvas(WIDTH, height);
        if (!bars.isEmpty()) {
            chart(bars).draw(canvas.graphics(), new Rectangle2D.Double(0, 0, WIDTH, height));
        }
        return canvas.toSvg(caption);
    }

    private static JFreeChart chart(List<Bar> bars) {
        var data = new DefaultCategoryDataset();
        for (int i = 0; i < bars.size(); i++) {
            data.addValue(bars.get(i).value(), "value", new Key(i, bars.get(i)));
        }
        var plot = new CategoryPlot(data, labels(data), values(bars), renderer(bars));
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setOutlineVisible(false);
        plot.setBackgroundPaint(null);
        plot.setRangeGridlinesVisible(false);
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        plot.setInsets(RectangleInsets.ZERO_INSETS);
        var chart = new JFreeChart(null, font(false), plot, false);
        chart.setBackgroundPaint(null);
        chart.setPadding(new RectangleInsets(PADDING, 0, PADDING, 2));
        chart.setBorderVisible(false);
        return chart;
    }

    private static CategoryAxis labels(CategoryDataset data) {
        var axis = new CategoryAxis();
        axis.setTickLabelFont(font(false));
        axis.setTickLabelPaint(TEXT);
        axis.setMaximumCategoryLabelLines(LABEL_LINES);
        axis.setMaximumCategoryLabelWidthRatio(LABEL_SHARE);
        axis.setAxisLineVisible(false);
        axis.setTickMarksVisible(false);
        axis.setLowerMargin(0.02);
        axis.setUpperMargin(0.02);
        axis.setCategoryMargin(0.4);
        for (Object key : data.getColumnKeys()) {
            if (((Key) key).bar().emphasis()) {
                axis.setTickLabelFont((Key) key, font(true));
            }
        }
        return axis;
    }

    /** No scale is drawn: each bar carries its own figure, written by the reader's conventions. */
    private static NumberAxis values(List<Bar> bars) {
        var axis = new NumberAxis();
        axis.setVisible(false);
        double max = bars.stream().mapToDouble(Bar::value).max().orElse(0);
        // room on the right for the longest figure, which JFreeChart would otherwise let overflow
        double room = bars.stream().mapToDouble(b -> ChartFonts.width(b.formatted(), font(b.emphasis()))).max()
                .orElse(0) + 12;
        double plotWidth = WIDTH * (1 - LABEL_SHARE);
        double share = Math.min(0.6, room / plotWidth);
        axis.setRange(0, max > 0 ? max / (1 - share) : 1);
        return axis;
    }

    private static BarRenderer renderer(List<Bar> bars) {
        boolean anyEmphasis = bars.stream().anyMatch(Bar::emphasis);
        var renderer = new BarRenderer() {
            @Override
            public Paint getItemPaint(int row, int column) {
                return bars.get(column).emphasis() || !anyEmphasis ? PRIMARY : MUTED;
            }

            @Override
            public Font getItemLabelFont(int row, int column) {
                return font(bars.get(column).emphasis());
            }
        };
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setDrawBarOutline(false);
        renderer.setMaximumBarWidth(0.6);
        renderer.setDefaultItemLabelGenerator(new Figures(bars));
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultItemLabelPaint(TEXT);
        renderer.setDefaultPositiveItemLabelPosition(
                new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
        renderer.setItemLabelAnchorOffset(4);
        return renderer;
    }

    /** Every row as high as the longest label needs, so short labels (districts, channels) make a compact chart. */
    private static int row(List<Bar> bars) {
        int lines = 1;
        for (int i = 0; i < bars.size(); i++) {
            Font font = font(bars.get(i).emphasis());
            TextBlock block = TextUtils.createTextBlock(new Key(i, bars.get(i)).toString(), font, TEXT, WIDTH * LABEL_SHARE, LABEL_LINES,
                    (text, start, end) -> (float) ChartFonts.width(text.substring(start, end), font));
            lines = Math.max(lines, block.getLines().size());
        }
        return lines * LINE + 16;
    }

    private static Font font(boolean bold) {
        return ChartFonts.of(bold, FONT_SIZE);
    }

    /** A category: by position, so two projects with the same title stay two bars; shown as its label. */
    private record Key(int index, Bar bar) implements Comparable<Key> {
        @Override
        public int compareTo(Key other) {
            return Integer.compare(index, other.index);
        }

        @Override
        public String toString() {
            return bar.emphasis() ? MARK + bar.label() : bar.label();
        }
    }

    private record Figures(List<Bar> bars) implements CategoryItemLabelGenerator {
        @Override
        public String generateRowLabel(CategoryDataset dataset, int row) {
            return null;
        }

        @Override
        public String generateColumnLabel(CategoryDataset dataset, int column) {
            return bars.get(column).label();
        }

        @Override
        public String generateLabel(CategoryDataset dataset, int row, int column) {
            return bars.get(column).formatted();
        }
    }
}
