package org.civitas.shared.pdf;

import java.io.IOException;

import org.apache.pdfbox.pdmodel.font.PDFont;

/** A font at one size: widths are measured with the same metrics that PDFBox draws with. */
public record Typeface(PDFont font, float size) {

    public float width(String text) throws IOException {
        return font.getStringWidth(text) / 1000f * size;
    }

    public float leading() {
        return size * 1.3f;
    }

    /** From a line's top to its baseline; DejaVu's ascent is a little under its size. */
    public float ascent() {
        return size * 0.95f;
    }
}
