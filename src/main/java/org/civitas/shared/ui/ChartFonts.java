package org.civitas.shared.ui;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.font.FontRenderContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The chart fonts, loaded from the DejaVu files in the jar rather than asked of the system: {@code new Font("DejaVu
 * Sans", ...)} on a machine without that font silently becomes the logical "Dialog" font with other widths, so labels
 * would wrap differently from one server to the next.
 */
final class ChartFonts {

    /**
     * The family the SVG names, with look-alike fallbacks for a reader whose device lacks DejaVu Sans. Unquoted: none
     * of these names needs quotes in CSS, and the SVG stays the same whichever quote its writer puts around a style.
     */
    static final String CSS_FAMILY = "DejaVu Sans, Bitstream Vera Sans, Verdana, sans-serif";
    static final Font REGULAR = load("/fonts/DejaVuSans.ttf");
    static final Font BOLD = load("/fonts/DejaVuSans-Bold.ttf");

    private ChartFonts() {
    }

    private static final FontRenderContext MEASURE = new FontRenderContext(null, true, true);

    static Font of(boolean bold, float size) {
        return bold ? bold(size) : REGULAR.deriveFont(size);
    }

    static Font bold(float size) {
        // the BOLD style flag makes the SVG say font-weight: bold; the face itself is already the bold one
        return BOLD.deriveFont(Font.BOLD, size);
    }

    /** The width of a text in the units of the font's size, with fractional metrics as in the SVG. */
    static double width(String text, Font font) {
        return font.getStringBounds(text, MEASURE).getWidth();
    }

    private static Font load(String resource) {
        try (InputStream in = ChartFonts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("font missing from the classpath: " + resource);
            }
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (FontFormatException e) {
            throw new IllegalStateException("unreadable font " + resource, e);
        }
    }
}
