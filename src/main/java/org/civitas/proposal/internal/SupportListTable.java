package org.civitas.proposal.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.civitas.shared.pdf.PdfText;
import org.civitas.shared.pdf.Typeface;

/**
 * The ruled grid where residents sign. Rows are numbered across pages, so an official counting
 * signatures reads the total off the last filled number.
 */
final class SupportListTable {

    /** Shares of the width: the number is short, a signature needs room, an address the most. */
    private static final float[] COLUMN_SHARES = {0.07f, 0.30f, 0.38f, 0.25f};
    private static final float PADDING = 4;
    private static final float THIN = 0.5f;
    private static final float THICK = 1.5f;
    private static final float HEADER_GREY = 0.9f;

    private final Typeface headType;
    private final Typeface numberType;
    private final float left;
    private final float[] widths = new float[COLUMN_SHARES.length];
    private final List<List<String>> headLines = new ArrayList<>();
    private final float headHeight;

    SupportListTable(Typeface headType, Typeface numberType, float left, float width, List<String> labels)
            throws IOException {
        this.headType = headType;
        this.numberType = numberType;
        this.left = left;
        int tallest = 1;
        for (int i = 0; i < widths.length; i++) {
            widths[i] = width * COLUMN_SHARES[i];
            List<String> lines = PdfText.wrap(headType, labels.get(i), widths[i] - 2 * PADDING);
            headLines.add(lines);
            tallest = Math.max(tallest, lines.size());
        }
        this.headHeight = tallest * headType.leading() + 2 * PADDING;
    }

    float headHeight() {
        return headHeight;
    }

    /**
     * Draws the head and {@code count} rows numbered from {@code firstNumber}; the rule under row
     * {@code threshold} is thick so that a glance tells whether enough people signed.
     *
     * @return the bottom of the table
     */
    float draw(PDPageContentStream content, float top, int firstNumber, int count, float rowHeight,
            int threshold) throws IOException {
        float right = left + totalWidth();
        float bottom = top - headHeight - count * rowHeight;

        content.setNonStrokingColor(HEADER_GREY);
        content.addRect(left, top - headHeight, right - left, headHeight);
        content.fill();
        content.setNonStrokingColor(0f);
        drawHead(content, top);

        content.setLineWidth(THIN);
        float x = left;
        for (int i = 0; i < widths.length - 1; i++) {
            x += widths[i];
            line(content, x, top, x, bottom);
        }
        for (int row = 0; row < count; row++) {
            float rowTop = top - headHeight - row * rowHeight;
            int number = firstNumber + row;
            drawNumber(content, number, rowTop, rowHeight);
            if (row > 0) {
                content.setLineWidth(number - 1 == threshold ? THICK : THIN);
                line(content, left, rowTop, right, rowTop);
            }
        }
        content.setLineWidth(THICK);
        line(content, left, top - headHeight, right, top - headHeight);
        content.addRect(left, bottom, right - left, top - bottom);
        content.stroke();
        return bottom;
    }

    private void drawHead(PDPageContentStream content, float top) throws IOException {
        float x = left;
        for (int i = 0; i < widths.length; i++) {
            float y = top - PADDING;
            for (String text : headLines.get(i)) {
                content.beginText();
                content.setFont(headType.font(), headType.size());
                content.newLineAtOffset(x + PADDING, y - headType.ascent());
                content.showText(text);
                content.endText();
                y -= headType.leading();
            }
            x += widths[i];
        }
    }

    private void drawNumber(PDPageContentStream content, int number, float rowTop, float rowHeight)
            throws IOException {
        String text = Integer.toString(number);
        float x = left + (widths[0] - numberType.width(text)) / 2;
        // Centred by eye: the baseline sits a third of the size below the row's middle.
        float y = rowTop - rowHeight / 2 - numberType.size() / 3;
        content.beginText();
        content.setFont(numberType.font(), numberType.size());
        content.newLineAtOffset(x, y);
        content.showText(text);
        content.endText();
    }

    private float totalWidth() {
        float sum = 0;
        for (float width : widths) {
            sum += width;
        }
        return sum;
    }

    private static void line(PDPageContentStream content, float x1, float y1, float x2, float y2)
            throws IOException {
        content.moveTo(x1, y1);
        content.lineTo(x2, y2);
        content.stroke();
    }
}
