package org.hor.core.spi;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * The value of an indicator: a number, or undefined with a {@link Reason}. Never {@code null},
 * never {@code NaN}, never a silent 0.
 */
public sealed interface Value permits Value.Defined, Value.Undefined {

    /** Returns a defined value. @throws NullPointerException if {@code number} is null */
    static Value of(BigDecimal number) {
        return new Defined(number);
    }

    /** Returns a defined value. */
    static Value of(long number) {
        return new Defined(BigDecimal.valueOf(number));
    }

    /** Returns an undefined value with {@code reason} and no message. */
    static Value undefined(Reason reason) {
        return new Undefined(reason, "");
    }

    /** Returns an undefined value with {@code reason} and {@code message}. */
    static Value undefined(Reason reason, String message) {
        return new Undefined(reason, message);
    }

    /** Returns whether the value is defined. */
    default boolean isDefined() {
        return this instanceof Defined;
    }

    /** Returns the number, or empty when undefined. */
    default Optional<BigDecimal> asNumber() {
        return this instanceof Defined d ? Optional.of(d.number()) : Optional.empty();
    }

    /** Returns the reason, or empty when defined. */
    default Optional<Reason> undefinedReason() {
        return this instanceof Undefined u ? Optional.of(u.reason()) : Optional.empty();
    }

    /**
     * A defined value.
     *
     * @param number the value, exact
     */
    record Defined(BigDecimal number) implements Value {
        /** @throws NullPointerException if {@code number} is null */
        public Defined {
            Objects.requireNonNull(number, "number");
        }
    }

    /**
     * An undefined value.
     *
     * @param reason  why it is undefined
     * @param message a message for {@link Reason#FAILED} (never {@code null}, may be empty)
     */
    record Undefined(Reason reason, String message) implements Value {
        /** @throws NullPointerException if {@code reason} is null */
        public Undefined {
            Objects.requireNonNull(reason, "reason");
            message = message == null ? "" : message;
        }
    }
}
