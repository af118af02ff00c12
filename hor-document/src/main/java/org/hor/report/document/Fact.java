package org.hor.report.document;

import java.util.Objects;

/**
 * A labelled value, such as "Träger: Verein X" in a profile or "Stand: 25.11.2026" in a header.
 *
 * @param label the label
 * @param value the value
 */
public record Fact(String label, Cell value) {

    /**
     * @throws NullPointerException if an argument is null
     *
     * @param label the label
     * @param value the value
     */
    public Fact {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(value, "value");
    }
}
