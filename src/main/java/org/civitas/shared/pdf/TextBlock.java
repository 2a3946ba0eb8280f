package org.civitas.shared.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDPageContentStream;

/**
 * Lines stacked from the top down, measured before they are drawn: a page is planned from the
 * heights of its blocks, and only then written.
 */
public final class TextBlock {

    private record Line(Typeface type, String text, float spaceBefore) {
    }

    private final List<Line> lines = new ArrayList<>();
    private float pendingSpace;

    public TextBlock add(Typeface type, List<String> texts) {
        for (String text : texts) {
            lines.add(new Line(type, text, pendingSpace));
            pendingSpace = 0;
        }
        return this;
    }

    public TextBlock space(float points) {
        if (!lines.isEmpty()) {
            pendingSpace += points;
        }
        return this;
    }

    public float height() {
        float height = 0;
        for (Line line : lines) {
            height += line.spaceBefore() + line.type().leading();
        }
        return height;
    }

    /** Draws the block with its first line's top at {@code top}; returns where the block ends. */
    public float draw(PDPageContentStream content, float left, float top) throws IOException {
        float y = top;
        for (Line line : lines) {
            y -= line.spaceBefore();
            if (!line.text().isEmpty()) {
                content.beginText();
                content.setFont(line.type().font(), line.type().size());
                content.newLineAtOffset(left, y - line.type().ascent());
                content.showText(line.text());
                content.endText();
            }
            y -= line.type().leading();
        }
        return y;
    }
}
