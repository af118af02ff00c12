package org.hor.report.document;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One typed value in a table, a tile, a chart or a paragraph. Cells carry exact values and their
 * kind; renderers format them for the locale ({@code 1.234,5 %} in German, {@code 1,234.5%} in
 * English).
 *
 * <p>Numeric cells ({@link Quantity}, {@link Percent}, {@link Money}) can be plotted; the gaps
 * {@link Undefined}, {@link Suppressed} and {@link Empty} leave a gap in a chart.
 * {@link #accept(CellVisitor)} handles each kind in its own method.
 */
public sealed interface Cell
        permits Cell.Text,
                Cell.Quantity,
                Cell.Percent,
                Cell.Money,
                Cell.Date,
                Cell.Status,
                Cell.Suppressed,
                Cell.Undefined,
                Cell.Empty,
                Cell.Noted {

    /**
     * {@return a text cell}
     *
     * @param text the text
     * @throws NullPointerException if {@code text} is null
     */
    static Text text(String text) {
        return new Text(text);
    }

    /**
     * {@return a whole number without unit}
     *
     * @param value the value
     */
    static Quantity number(long value) {
        return new Quantity(BigDecimal.valueOf(value), "", 0);
    }

    /**
     * {@return a number without unit, shown with as many fraction digits as it has after removing
     * trailing zeros ({@code 3.50} shows as {@code 3,5})}
     *
     * @param value the exact value
     * @throws NullPointerException if {@code value} is null
     */
    static Quantity number(BigDecimal value) {
        return new Quantity(value, "", naturalDecimals(value));
    }

    /**
     * {@return a number with a unit and a fixed number of fraction digits}
     *
     * @param value    the exact value
     * @param unit     the unit shown after the number, such as {@code h}; empty for none
     * @param decimals fraction digits shown (rounded half-up), at least 0
     * @throws IllegalArgumentException if {@code decimals} is negative
     */
    static Quantity number(BigDecimal value, String unit, int decimals) {
        return new Quantity(value, unit, decimals);
    }

    /**
     * {@return a percentage, given in percent ({@code 12.5} means 12.5 %), shown with one fraction
     * digit}
     *
     * @param percent the value in percent
     * @throws NullPointerException if {@code percent} is null
     */
    static Percent percent(BigDecimal percent) {
        return new Percent(percent, 1);
    }

    /**
     * {@return a percentage with {@code decimals} fraction digits}
     *
     * @param percent the value in percent ({@code 12.5} means 12.5 %)
     * @param decimals fraction digits shown, at least 0
     */
    static Percent percent(BigDecimal percent, int decimals) {
        return new Percent(percent, decimals);
    }

    /**
     * {@return an amount in euro with 2 fraction digits}
     *
     * @param amount the exact amount in euro
     */
    static Money euro(BigDecimal amount) {
        return new Money(amount, "EUR", 2);
    }

    /**
     * {@return an amount of money}
     *
     * @param amount   the exact amount
     * @param currency the ISO 4217 code, such as {@code EUR}
     * @param decimals fraction digits shown
     */
    static Money money(BigDecimal amount, String currency, int decimals) {
        return new Money(amount, currency, decimals);
    }

    /**
     * {@return a date cell}
     *
     * @param date the date
     */
    static Date date(LocalDate date) {
        return new Date(date);
    }

    /**
     * {@return a status shown as a badge with colour and {@code label}}
     *
     * @param tone the badge's colour family
     * @param label the badge's text
     */
    static Status status(Tone tone, String label) {
        return new Status(tone, label);
    }

    /**
     * {@return a cell withheld by disclosure control, shown as {@code < threshold}}
     *
     * @param threshold the disclosure threshold k; values below it are withheld
     */
    static Suppressed suppressed(int threshold) {
        return new Suppressed(threshold);
    }

    /**
     * {@return an undefined value}
     *
     * @param reason a reason code such as {@code NO_DATA} or {@code NO_DENOMINATOR}; renderers
     *               name the codes they know and show unknown codes as they are
     */
    static Undefined undefined(String reason) {
        return new Undefined(reason, "");
    }

    /**
     * {@return an undefined value with a reason code and a message (for example a plugin failure)}
     *
     * @param reason a reason code such as {@code FAILED}
     * @param message what went wrong, shown in the reason's note; empty for none
     */
    static Undefined undefined(String reason, String message) {
        return new Undefined(reason, message);
    }

    /** {@return the empty cell: nothing to show, and nothing missing} */
    static Empty empty() {
        return Empty.INSTANCE;
    }

    /**
     * {@return {@code value} with a footnote: renderers show the value with a note marker and the
     * note under the block, numbered like the notes of undefined and suppressed cells (the same
     * note text keeps its number within a block)} Use it to say compactly how a value came about,
     * such as the basis of a median.
     *
     * @param value the cell the note is about, itself without a note
     * @param note the footnote's text, not blank
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if {@code note} is blank or {@code value} already has a note
     */
    static Noted noted(Cell value, String note) {
        return new Noted(value, note);
    }

    /**
     * {@return this cell with a footnote, as {@link #noted(Cell, String)} does}
     *
     * @param note the footnote's text, not blank
     * @throws IllegalArgumentException if {@code note} is blank or this cell already has a note
     */
    default Noted withNote(String note) {
        return new Noted(this, note);
    }

    /**
     * Calls the method of {@code visitor} for this cell's kind, such as
     * {@link CellVisitor#visitPercent(Cell.Percent)} for a percentage.
     *
     * @param <R>     what the visitor returns
     * @param visitor the visitor
     * @return what the visitor returns for this cell
     * @throws NullPointerException if {@code visitor} is null
     */
    <R> R accept(CellVisitor<R> visitor);

    /** {@return this cell without its footnote: the value of a {@link Noted} cell, else this cell} */
    default Cell plain() {
        return this instanceof Noted n ? n.value() : this;
    }

    /**
     * {@return this cell shown as a change, with an explicit sign: {@code +19}, {@code −2}
     * (a true minus sign) and {@code ±0}} Numeric cells ({@link Quantity}, {@link Percent},
     * {@link Money}) come back with their {@code signed} flag set; every other cell (a gap, a text)
     * comes back as it is, so a change that could not be computed stays a gap.
     */
    default Cell asChange() {
        if (this instanceof Noted n) {
            return new Noted(n.value().asChange(), n.note());
        }
        if (this instanceof Quantity q) {
            return new Quantity(q.value(), q.unit(), q.decimals(), true);
        }
        if (this instanceof Percent p) {
            return new Percent(p.value(), p.decimals(), true);
        }
        if (this instanceof Money m) {
            return new Money(m.amount(), m.currency(), m.decimals(), true);
        }
        return this;
    }

    /** {@return whether this cell is a number shown with an explicit sign, as a change} */
    default boolean isSigned() {
        Cell c = plain();
        return c instanceof Quantity q && q.signed()
                || this instanceof Percent p && p.signed()
                || this instanceof Money m && m.signed();
    }

    /** {@return whether this cell holds a number that charts can plot} */
    default boolean isNumeric() {
        Cell c = plain();
        return c instanceof Quantity || c instanceof Percent || c instanceof Money;
    }

    /** {@return whether this cell is a gap in a chart: undefined, suppressed or empty} */
    default boolean isGap() {
        Cell c = plain();
        return c instanceof Undefined || c instanceof Suppressed || c instanceof Empty;
    }

    /**
     * {@return the number of a numeric cell}
     *
     * @throws IllegalStateException if the cell is not numeric
     */
    default BigDecimal numericValue() {
        if (this instanceof Noted n) {
            return n.value().numericValue();
        }
        if (this instanceof Quantity q) {
            return q.value();
        }
        if (this instanceof Percent p) {
            return p.value();
        }
        if (this instanceof Money m) {
            return m.amount();
        }
        throw new IllegalStateException("cell is not numeric: " + this);
    }

    /**
     * {@return a cell of the same kind, unit and currency as this numeric cell with another value
     * and number of fraction digits, shown without an explicit sign and without a note; used for
     * totals and axis ticks}
     *
     * @param value the new value
     * @param decimals fraction digits shown, at least 0
     * @throws IllegalStateException if the cell is not numeric
     */
    default Cell withValue(BigDecimal value, int decimals) {
        if (this instanceof Noted n) {
            return n.value().withValue(value, decimals);
        }
        if (this instanceof Quantity q) {
            return new Quantity(value, q.unit(), decimals);
        }
        if (this instanceof Percent) {
            return new Percent(value, decimals);
        }
        if (this instanceof Money m) {
            return new Money(value, m.currency(), decimals);
        }
        throw new IllegalStateException("cell is not numeric: " + this);
    }

    /** Returns the fraction digits of {@code value} without trailing zeros, at least 0. */
    private static int naturalDecimals(BigDecimal value) {
        Objects.requireNonNull(value, "value");
        return Math.max(0, value.stripTrailingZeros().scale());
    }

    /** Checks that {@code decimals} is not negative. */
    private static void checkDecimals(int decimals) {
        if (decimals < 0) {
            throw new IllegalArgumentException("decimals must not be negative: " + decimals);
        }
    }

    /**
     * Plain text.
     *
     * @param text the text, never null
     */
    record Text(String text) implements Cell {
        /**
         * Calls {@link CellVisitor#visitText(Cell.Text)}.
         *
         * @param <R>     what the visitor returns
         * @param visitor the visitor
         * @return what the visitor returns for this cell
         */
        @Override
        public <R> R accept(CellVisitor<R> visitor) {
            return visitor.visitText(this);
        }

        /**
         * @throws NullPointerException if {@code text} is null
         *
         * @param text the text, never null
         */
        public Text {
            Objects.requireNonNull(text, "text");
        }
    }

    /**
     * A number with an optional unit.
     *
     * @param value    the exact value
     * @param unit     the unit shown after the number, empty for none
     * @param decimals fraction digits shown, rounded half-up
     * @param signed   whether the number is a change, shown with an explicit sign ({@code +3},
     *                 {@code −3}, {@code ±0})
     */
    record Quantity(BigDecimal value, String unit, int decimals, boolean signed) implements Cell {
        /**
         * Calls {@link CellVisitor#visitQuantity(Cell.Quantity)}.
         *
         * @param <R>     what the visitor returns
         * @param visitor the visitor
         * @return what the visitor returns for this cell
         */
        @Override
        public <R> R accept(CellVisitor<R> visitor) {
            return visitor.visitQuantity(this);
        }

        /**
         * @param value the exact value
         * @param unit the unit shown after the number, empty for none
         * @param decimals fraction digits shown, rounded half-up
         * @param signed whether the number is a change, shown with an explicit sign ({@code +3}, {@code −3},
         *               {@code ±0})
         * @throws NullPointerException     if {@code value} or {@code unit} is null
         * @throws IllegalArgumentException if {@code decimals} is negative
         */
        public Quantity {
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(unit, "unit");
            checkDecimals(decimals);
        }

        /**
         * Returns a number shown without an explicit sign.
         *
         * @param value the exact value
         * @param unit the unit shown after the number, empty for none
         * @param decimals fraction digits shown, rounded half-up
         * @throws NullPointerException     if {@code value} or {@code unit} is null
         * @throws IllegalArgumentException if {@code decimals} is negative
         */
        public Quantity(BigDecimal value, String unit, int decimals) {
            this(value, unit, decimals, false);
        }
    }

    /**
     * A percentage.
     *
     * @param value    in percent: {@code 12.5} is 12.5 %
     * @param decimals fraction digits shown, rounded half-up
     * @param signed   whether the percentage is a change, shown with an explicit sign
     */
    record Percent(BigDecimal value, int decimals, boolean signed) implements Cell {
        /**
         * Calls {@link CellVisitor#visitPercent(Cell.Percent)}.
         *
         * @param <R>     what the visitor returns
         * @param visitor the visitor
         * @return what the visitor returns for this cell
         */
        @Override
        public <R> R accept(CellVisitor<R> visitor) {
            return visitor.visitPercent(this);
        }

        /**
         * @param value in percent: {@code 12.5} is 12.5 %
         * @param decimals fraction digits shown, rounded half-up
         * @param signed whether the percentage is a change, shown with an explicit sign
         * @throws NullPointerException     if {@code value} is null
         * @throws IllegalArgumentException if {@code decimals} is negative
         */
        public Percent {
            Objects.requireNonNull(value, "value");
            checkDecimals(decimals);
        }

        /**
         * Returns a percentage shown without an explicit sign.
         *
         * @param value in percent: {@code 12.5} is 12.5 %
         * @param decimals fraction digits shown, rounded half-up
         * @throws NullPointerException     if {@code value} is null
         * @throws IllegalArgumentException if {@code decimals} is negative
         */
        public Percent(BigDecimal value, int decimals) {
            this(value, decimals, false);
        }
    }

    /**
     * An amount of money.
     *
     * @param amount   the exact amount
     * @param currency the ISO 4217 code, three capital letters
     * @param decimals fraction digits shown, rounded half-up
     * @param signed   whether the amount is a change, shown with an explicit sign
     */
    record Money(BigDecimal amount, String currency, int decimals, boolean signed) implements Cell {
        /**
         * Calls {@link CellVisitor#visitMoney(Cell.Money)}.
         *
         * @param <R>     what the visitor returns
         * @param visitor the visitor
         * @return what the visitor returns for this cell
         */
        @Override
        public <R> R accept(CellVisitor<R> visitor) {
            return visitor.visitMoney(this);
        }

        /**
         * @param amount the exact amount
         * @param currency the ISO 4217 code, three capital letters
         * @param decimals fraction digits shown, rounded half-up
         * @param signed whether the amount is a change, shown with an explicit sign
         * @throws NullPointerException     if {@code amount} or {@code currency} is null
         * @throws IllegalArgumentException if {@code currency} is not three capital letters or
         *                                  {@code decimals} is negative
         */
        public Money {
            Objects.requireNonNull(amount, "amount");
            Objects.requireNonNull(currency, "currency");
            if (!currency.matches("[A-Z]{3}")) {
                throw new IllegalArgumentException(
                        "currency must be an ISO 4217 code of three capital letters: " + currency);
            }
            checkDecimals(decimals);
        }

        /**
         * Returns an amount shown without an explicit sign.
         *
         * @param amount the exact amount
         * @param currency the ISO 4217 code, three capital letters
         * @param decimals fraction digits shown, rounded half-up
         * @throws NullPointerException     if {@code amount} or {@code currency} is null
         * @throws IllegalArgumentException if {@code currency} is not three capital letters or
         *                                  {@code decimals} is negative
         */
        public Money(BigDecimal amount, String currency, int decimals) {
            this(amount, currency, decimals, false);
        }
    }

    /**
     * A calendar date.
     *
     * @param date the date
     */
    record Date(LocalDate date) implements Cell {
        /**
         * Calls {@link CellVisitor#visitDate(Cell.Date)}.
         *
         * @param <R>     what the visitor returns
         * @param visitor the visitor
         * @return what the visitor returns for this cell
         */
        @Override
        public <R> R accept(CellVisitor<R> visitor) {
            return visitor.visitDate(this);
        }

        /**
         * @throws NullPointerException if {@code date} is null
         *
         * @param date the date
         */
        public Date {
            Objects.requireNonNull(date, "date");
        }
    }

    /**
     * A status, shown as a badge with the tone's colour and the label.
     *
     * @param tone  the judgement
     * @param label the text, such as "erreicht"; never empty, so colour is never the only carrier
     */
    record Status(Tone tone, String label) implements Cell {
        /**
         * Calls {@link CellVisitor#visitStatus(Cell.Status)}.
         *
         * @param <R>     what the visitor returns
         * @param visitor the visitor
         * @return what the visitor returns for this cell
         */
        @Override
        public <R> R accept(CellVisitor<R> visitor) {
            return visitor.visitStatus(this);
        }

        /**
         * @param tone the judgement
         * @param label the text, such as "erreicht"; never empty, so colour is never the only carrier
         * @throws NullPointerException     if an argument is null
         * @throws IllegalArgumentException if {@code label} is blank
         */
        public Status {
            Objects.requireNonNull(tone, "tone");
            Objects.requireNonNull(label, "label");
            if (label.isBlank()) {
                throw new IllegalArgumentException("a status needs a label, colour alone says nothing");
            }
        }
    }

    /**
     * A value withheld by disclosure control, shown as {@code < threshold} with a footnote.
     *
     * @param threshold the smallest count that is shown, at least 2
     */
    record Suppressed(int threshold) implements Cell {
        /**
         * Calls {@link CellVisitor#visitSuppressed(Cell.Suppressed)}.
         *
         * @param <R>     what the visitor returns
         * @param visitor the visitor
         * @return what the visitor returns for this cell
         */
        @Override
        public <R> R accept(CellVisitor<R> visitor) {
            return visitor.visitSuppressed(this);
        }

        /**
         * @throws IllegalArgumentException if {@code threshold} is less than 2
         *
         * @param threshold the smallest count that is shown, at least 2
         */
        public Suppressed {
            if (threshold < 2) {
                throw new IllegalArgumentException("suppression threshold must be at least 2: " + threshold);
            }
        }
    }

    /**
     * An undefined value, shown as a dash with its reason.
     *
     * @param reason  a reason code such as {@code NO_DATA}
     * @param message an optional detail, empty for none
     */
    record Undefined(String reason, String message) implements Cell {
        /**
         * Calls {@link CellVisitor#visitUndefined(Cell.Undefined)}.
         *
         * @param <R>     what the visitor returns
         * @param visitor the visitor
         * @return what the visitor returns for this cell
         */
        @Override
        public <R> R accept(CellVisitor<R> visitor) {
            return visitor.visitUndefined(this);
        }

        /**
         * @param reason a reason code such as {@code NO_DATA}
         * @param message an optional detail, empty for none
         * @throws NullPointerException     if an argument is null
         * @throws IllegalArgumentException if {@code reason} is blank
         */
        public Undefined {
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(message, "message");
            if (reason.isBlank()) {
                throw new IllegalArgumentException("an undefined cell needs a reason code");
            }
        }
    }

    /** The empty cell: nothing to show and nothing missing (for example a total's blank column). */
    record Empty() implements Cell {
        /**
         * Calls {@link CellVisitor#visitEmpty(Cell.Empty)}.
         *
         * @param <R>     what the visitor returns
         * @param visitor the visitor
         * @return what the visitor returns for this cell
         */
        @Override
        public <R> R accept(CellVisitor<R> visitor) {
            return visitor.visitEmpty(this);
        }

        private static final Empty INSTANCE = new Empty();
    }

    /**
     * A value with a footnote. It is numeric, signed or a gap as its value is.
     *
     * @param value the value shown; never itself a {@code Noted} cell
     * @param note  the footnote's text, not blank
     */
    record Noted(Cell value, String note) implements Cell {
        /**
         * Calls {@link CellVisitor#visitNoted(Cell.Noted)}.
         *
         * @param <R>     what the visitor returns
         * @param visitor the visitor
         * @return what the visitor returns for this cell
         */
        @Override
        public <R> R accept(CellVisitor<R> visitor) {
            return visitor.visitNoted(this);
        }

        /**
         * @param value the value shown; never itself a {@code Noted} cell
         * @param note the footnote's text, not blank
         * @throws NullPointerException     if an argument is null
         * @throws IllegalArgumentException if {@code note} is blank or {@code value} already has a note
         */
        public Noted {
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(note, "note");
            if (note.isBlank()) {
                throw new IllegalArgumentException("a note needs a text");
            }
            if (value instanceof Noted) {
                throw new IllegalArgumentException("a cell has at most one note");
            }
        }
    }
}
