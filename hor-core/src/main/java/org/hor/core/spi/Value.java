package org.hor.core.spi;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * The value of an indicator: a number, or undefined with a {@link Reason}. Never {@code null},
 * never {@code NaN}, never a silent 0.
 */
public sealed interface Value permits Value.Defined, Value.Undefined {

    /**
     * Returns a defined value.
     *
     * @param number the number
     * @return the value
     * @throws NullPointerException if {@code number} is null
     */
    static Value of(BigDecimal number) {
        return new Defined(number);
    }

    /**
     * Returns a defined value.
     *
     * @param number the number
     * @return the value
     */
    static Value of(long number) {
        if (number >= 0 && number < Defined.SMALL.length) {
            // counts are mostly small: each of them one shared value, made when first asked for
            Defined d = Defined.SMALL[(int) number];
            if (d == null) {
                d = new Defined(BigDecimal.valueOf(number));
                Defined.SMALL[(int) number] = d; // a benign race: every thread stores an equal value
            }
            return d;
        }
        return new Defined(BigDecimal.valueOf(number));
    }

    /**
     * Returns an undefined value with {@code reason} and no message.
     *
     * @param reason why the value is undefined
     * @return the value
     */
    static Value undefined(Reason reason) {
        return new Undefined(reason, "");
    }

    /**
     * Returns an undefined value with {@code reason} and {@code message}.
     *
     * @param reason why the value is undefined
     * @param message what went wrong, for people
     * @return the value
     */
    static Value undefined(Reason reason, String message) {
        return new Undefined(reason, message);
    }

    /**
     * Returns the share {@code 100 × numerator / denominator}, a percentage from 0 to 100 for a part
     * of a whole (spec 02), computed as the standard indicators compute shares: exact when the
     * quotient terminates within 50 significant digits, else rounded half-even to 50 significant
     * digits. An indicator returning shares declares the unit {@code percent} and
     * {@link NumberStyle#DECIMAL}; the host then rounds the value half-even to 6 fraction digits for
     * every output ({@code share(2, 3)} is written {@code 66.666667}).
     *
     * @param numerator the part
     * @param denominator the whole
     * @return the share, or undefined with {@link Reason#NO_DENOMINATOR} when {@code denominator} is 0
     * @throws NullPointerException if an argument is null
     */
    static Value share(BigDecimal numerator, BigDecimal denominator) {
        Objects.requireNonNull(numerator, "numerator");
        return ratio(Quotients.HUNDRED.multiply(numerator), denominator);
    }

    /**
     * Returns the share {@code 100 × numerator / denominator} of two counts, as
     * {@link #share(BigDecimal, BigDecimal)}: {@code share(1, 4)} is 25, {@code share(1, 0)} is
     * undefined with {@link Reason#NO_DENOMINATOR}.
     *
     * @param numerator the part
     * @param denominator the whole
     * @return the share, or undefined with {@link Reason#NO_DENOMINATOR} when {@code denominator} is 0
     */
    static Value share(long numerator, long denominator) {
        return share(BigDecimal.valueOf(numerator), BigDecimal.valueOf(denominator));
    }

    /**
     * Returns the mean {@code sum / count} (spec 02), computed as {@link #ratio}.
     *
     * @param sum the sum
     * @param count how many values were summed
     * @return the mean, or undefined with {@link Reason#NO_DENOMINATOR} when {@code count} is 0
     * @throws NullPointerException if {@code sum} is null
     */
    static Value mean(BigDecimal sum, long count) {
        return ratio(sum, BigDecimal.valueOf(count));
    }

    /**
     * Returns the ratio {@code numerator / denominator}: exact when the quotient terminates within
     * 50 significant digits, else rounded half-even to 50 significant digits, as the standard
     * indicators compute means and ratios. Declare {@link NumberStyle#DECIMAL}: the host rounds the
     * value half-even to 6 fraction digits for every output.
     *
     * @param numerator the part
     * @param denominator the whole
     * @return the ratio, or undefined with {@link Reason#NO_DENOMINATOR} when {@code denominator} is 0
     * @throws NullPointerException if an argument is null
     */
    static Value ratio(BigDecimal numerator, BigDecimal denominator) {
        Objects.requireNonNull(numerator, "numerator");
        Objects.requireNonNull(denominator, "denominator");
        if (denominator.signum() == 0) {
            return undefined(Reason.NO_DENOMINATOR);
        }
        return of(Quotients.divide(numerator, denominator));
    }

    /**
     * Returns whether the value is defined.
     *
     * @return whether the value is defined
     */
    default boolean isDefined() {
        return this instanceof Defined;
    }

    /**
     * Returns the number, or empty when undefined.
     *
     * @return the number, or empty
     */
    default Optional<BigDecimal> asNumber() {
        return this instanceof Defined d ? Optional.of(d.number()) : Optional.empty();
    }

    /**
     * Returns the reason, or empty when defined.
     *
     * @return the reason, or empty
     */
    default Optional<Reason> undefinedReason() {
        return this instanceof Undefined u ? Optional.of(u.reason()) : Optional.empty();
    }

    /**
     * A defined value.
     *
     * @param number the value, exact
     */
    record Defined(BigDecimal number) implements Value {
        /** The values 0 to 1023 of {@link Value#of(long)}, each made on first use. */
        private static final Defined[] SMALL = new Defined[1024];

        /**
         * @throws NullPointerException if {@code number} is null
         *
         * @param number the value, exact
         */
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
        /**
         * @throws NullPointerException if {@code reason} is null
         *
         * @param reason why it is undefined
         * @param message a message for {@link Reason#FAILED} (never {@code null}, may be empty)
         */
        public Undefined {
            Objects.requireNonNull(reason, "reason");
            message = message == null ? "" : message;
        }
    }
}
