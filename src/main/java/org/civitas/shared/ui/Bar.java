package org.civitas.shared.ui;

import java.util.Objects;

/**
 * One bar of a {@link BarChart}: its label (a project title, a district, a channel), the value that sets its length,
 * the value as the reader writes it (e.g. {@code Formats.number(points, locale) + " pkt"}), and whether it stands out
 * (e.g. a funded project), which the chart shows by a mark and bold text as well as by colour.
 */
public record Bar(String label, double value, String formatted, boolean emphasis) {

    public Bar {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(formatted, "formatted");
        if (!Double.isFinite(value) || value < 0) {
            throw new IllegalArgumentException("A bar's value must be a finite number of at least zero: " + value);
        }
    }

    /** A bar that does not stand out. */
    public Bar(String label, double value, String formatted) {
        this(label, value, formatted, false);
    }
}
