package org.hor.report.document;

import java.util.Objects;

/**
 * A change shown on a key-figure tile, such as "+5 vs. 2025". Renderers show the amount with an
 * explicit sign and an arrow for its direction, coloured by the tone.
 *
 * @param amount the change: a numeric cell, or undefined when there is nothing to compare with
 * @param tone   whether the change is good, bad or neither (depends on the indicator's direction,
 *               which the document does not know)
 * @param label  what it is compared with, such as "vs. 2025"
 */
public record Change(Cell amount, Tone tone, String label) {

    /**
     * @param amount the change: a numeric cell, or undefined when there is nothing to compare with
     * @param tone whether the change is good, bad or neither (depends on the indicator's direction, which the
     *             document does not know)
     * @param label what it is compared with, such as "vs. 2025"
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if {@code amount} is neither numeric nor a gap
     */
    public Change {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(tone, "tone");
        Objects.requireNonNull(label, "label");
        if (!amount.isNumeric() && !amount.isGap()) {
            throw new IllegalArgumentException("a change must be numeric or a gap: " + amount);
        }
    }
}
