package org.hor.indicators.output;

import java.math.BigDecimal;
import org.hor.core.spi.NumberStyle;
import org.hor.core.spi.Reason;
import org.hor.core.spi.Value;

/** Number rendering shared by the writers (spec 02 "Numbers in machine outputs"). */
final class Numbers {
    private Numbers() {}

    /** Returns {@code number} in {@code style}, plain. */
    static String plain(BigDecimal number, NumberStyle style) {
        return style.apply(number).toPlainString();
    }

    /** Returns a defined value in {@code style}, or null when undefined. */
    static String plain(Value value, NumberStyle style) {
        return value instanceof Value.Defined d ? plain(d.number(), style) : null;
    }

    /**
     * Returns the CSV reason field: empty when defined, the reason's name, {@code FAILED: message} for
     * failures with a message (spec 04: only a plugin failure carries its message; the k of
     * {@code SUPPRESSED} is for human formats).
     */
    static String reason(Value value) {
        if (value instanceof Value.Undefined u) {
            return u.message().isEmpty() || u.reason() != Reason.FAILED
                    ? u.reason().name()
                    : u.reason().name() + ": " + u.message();
        }
        return "";
    }
}
