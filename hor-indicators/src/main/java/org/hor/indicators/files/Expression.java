package org.hor.indicators.files;

import java.util.Objects;
import org.hor.core.spi.Accrual;
import org.hor.core.spi.NumberStyle;

/**
 * An expression of an indicator file (spec 05 "Expressions"): exactly one of count, distinct
 * organisations, sum, share and ratio. Nesting depth is at most 4 (checked when the file is read).
 */
public sealed interface Expression {

    /**
     * Returns how the expression's values accrue over periods (spec 05's table).
     *
     * @return the accrual
     */
    Accrual accrual();

    /**
     * Returns how the expression's values are written in machine outputs (spec 05 "Values").
     *
     * @return the number style
     */
    NumberStyle numberStyle();

    /**
     * The number of selected records.
     *
     * @param selection what is counted
     */
    record Count(Selection selection) implements Expression {
        /**
         * Checks that the selection is present.
         *
         * @param selection what is counted
         */
        public Count {
            Objects.requireNonNull(selection, "selection");
        }

        @Override
        public Accrual accrual() {
            return selection.from() == RecordSet.COOPERATIONS ? Accrual.LEVEL : Accrual.CUMULATIVE;
        }

        @Override
        public NumberStyle numberStyle() {
            return NumberStyle.INTEGER;
        }
    }

    /**
     * The distinct organisations with at least {@code atLeast} selected records; only over
     * deliveries and outcomes.
     *
     * @param selection the records
     * @param atLeast the least number of selected records an organisation needs (at least 1)
     */
    record Organisations(Selection selection, int atLeast) implements Expression {
        /**
         * Checks the selection and the threshold.
         *
         * @param selection the records
         * @param atLeast the least number of selected records an organisation needs (at least 1)
         */
        public Organisations {
            Objects.requireNonNull(selection, "selection");
            if (atLeast < 1) {
                throw new IllegalArgumentException("atLeast must be at least 1: " + atLeast);
            }
        }

        @Override
        public Accrual accrual() {
            return Accrual.CUMULATIVE;
        }

        @Override
        public NumberStyle numberStyle() {
            return NumberStyle.INTEGER;
        }
    }

    /**
     * The sum of a field over the selected records (a missing optional number counts 0).
     *
     * @param selection the records
     * @param field the field summed; it must belong to the selection's record set
     */
    record Sum(Selection selection, Field field) implements Expression {
        /**
         * Checks that the field belongs to the record set.
         *
         * @param selection the records
         * @param field the field summed
         */
        public Sum {
            Objects.requireNonNull(selection, "selection");
            Objects.requireNonNull(field, "field");
            if (field.recordSet() != selection.from()) {
                throw new IllegalArgumentException(field + " is not a field of " + selection.from());
            }
        }

        @Override
        public Accrual accrual() {
            return Accrual.CUMULATIVE;
        }

        @Override
        public NumberStyle numberStyle() {
            return field == Field.AMOUNT ? NumberStyle.MONEY : NumberStyle.EXACT;
        }
    }

    /**
     * 100 × part / of.
     *
     * @param part the numerator
     * @param of the denominator
     */
    record Share(Expression part, Expression of) implements Expression {
        /**
         * Checks that both operands are present.
         *
         * @param part the numerator
         * @param of the denominator
         */
        public Share {
            Objects.requireNonNull(part, "part");
            Objects.requireNonNull(of, "of");
        }

        @Override
        public Accrual accrual() {
            return Accrual.LEVEL;
        }

        @Override
        public NumberStyle numberStyle() {
            return NumberStyle.DECIMAL;
        }
    }

    /**
     * numerator / denominator.
     *
     * @param numerator the numerator
     * @param denominator the denominator
     */
    record Ratio(Expression numerator, Expression denominator) implements Expression {
        /**
         * Checks that both operands are present.
         *
         * @param numerator the numerator
         * @param denominator the denominator
         */
        public Ratio {
            Objects.requireNonNull(numerator, "numerator");
            Objects.requireNonNull(denominator, "denominator");
        }

        @Override
        public Accrual accrual() {
            return Accrual.LEVEL;
        }

        @Override
        public NumberStyle numberStyle() {
            return NumberStyle.DECIMAL;
        }
    }
}
