package org.hor.indicators;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.hor.core.model.Period;
import org.hor.core.spi.IndicatorDefinition;
import org.hor.core.spi.Reason;
import org.hor.core.spi.Scope;
import org.hor.core.spi.Value;
import org.hor.indicators.internal.FrozenParts;

/**
 * The result of an evaluation: one row per scope, period and indicator, in the order of spec 02
 * ("Output"). A pure function of dataset, catalogue and options. Writers render whatever value a
 * row holds, so a later step (disclosure control) may replace values with
 * {@link org.hor.core.spi.Reason#SUPPRESSED} through {@link #withRows(List)}.
 *
 * @param asOf       the dataset's {@code asOf}
 * @param indicators the catalogue, in order
 * @param rows       the rows, in output order (unmodifiable)
 */
public record Evaluation(LocalDate asOf, List<IndicatorDefinition> indicators, List<Row> rows) {

    /**
     * Checks and copies the components. @throws NullPointerException if a component is null
     *
     * @param asOf the dataset's {@code asOf}
     * @param indicators the catalogue, in order
     * @param rows the rows, in output order (unmodifiable)
     */
    public Evaluation {
        Objects.requireNonNull(asOf, "asOf");
        indicators = List.copyOf(indicators);
        rows = List.copyOf(rows);
    }

    /**
     * {@return the values that failed ({@link org.hor.core.spi.Reason#FAILED}: a plugin threw, ran past
     * its time budget or broke the contract of its result), in row order: which indicator failed where
     * and why} Empty when every indicator kept its contract; a command line's {@code --strict-plugins}
     * turns a non-empty list into a failing exit code.
     */
    public List<Failure> failures() {
        List<Failure> failures = new ArrayList<>();
        for (Row row : rows) {
            if (row.value() instanceof Value.Undefined u && u.reason() == Reason.FAILED) {
                failures.add(
                        new Failure(row.scope(), row.period(), row.indicator().id(), u.message()));
            }
        }
        return List.copyOf(failures);
    }

    /**
     * A failed value of an evaluation.
     *
     * @param scope       the scope
     * @param period      the period
     * @param indicatorId the indicator
     * @param message     why it failed, starting with the provider's id ({@code acme: …})
     */
    public record Failure(Scope scope, Period period, String indicatorId, String message) {

        /**
         * Checks the components. @throws NullPointerException if a component is null
         *
         * @param scope the scope
         * @param period the period
         * @param indicatorId the indicator
         * @param message why it failed, starting with the provider's id ({@code acme: …})
         */
        public Failure {
            Objects.requireNonNull(scope, "scope");
            Objects.requireNonNull(period, "period");
            Objects.requireNonNull(indicatorId, "indicatorId");
            Objects.requireNonNull(message, "message");
        }

        /** Returns {@code scope period indicator: message}. */
        @Override
        public String toString() {
            return scope + " " + period + " " + indicatorId + ": " + message;
        }
    }

    /**
     * {@return this evaluation with other rows (keep their order)}
     *
     * @param newRows the rows
     */
    public Evaluation withRows(List<Row> newRows) {
        return new Evaluation(asOf, indicators, newRows);
    }

    /**
     * One value of the evaluation.
     *
     * @param scope     the scope
     * @param period    the period
     * @param indicator the indicator's definition
     * @param value     the total (defined or undefined with its reason)
     * @param parts     the breakdown parts by category in the breakdown's order (unmodifiable; empty
     *                  without a breakdown)
     * @param target    the target result for a site scope with a target in this period, else null
     */
    public record Row(
            Scope scope,
            Period period,
            IndicatorDefinition indicator,
            Value value,
            Map<String, Value> parts,
            TargetResult target) {

        /**
         * Checks and copies the components, keeping the order of {@code parts}.
         *
         * @param scope the scope
         * @param period the period
         * @param indicator the indicator's definition
         * @param value the total (defined or undefined with its reason)
         * @param parts the breakdown parts by category in the breakdown's order (unmodifiable; empty without
         *              a breakdown)
         * @param target the target result for a site scope with a target in this period, else null
         */
        public Row {
            Objects.requireNonNull(scope, "scope");
            Objects.requireNonNull(period, "period");
            Objects.requireNonNull(indicator, "indicator");
            Objects.requireNonNull(value, "value");
            // most rows have no parts: one shared empty map; the others a frozen copy (kept as it is
            // when it is one already: withValue, withTarget)
            parts = FrozenParts.copyOf(parts);
        }

        /** {@return the target result, if the row has one} */
        public Optional<TargetResult> targetIfAny() {
            return Optional.ofNullable(target);
        }

        /**
         * {@return this row with another total}
         *
         * @param newValue the total
         */
        public Row withValue(Value newValue) {
            return new Row(scope, period, indicator, newValue, parts, target);
        }

        /**
         * {@return this row with other parts}
         *
         * @param newParts the parts, by category
         */
        public Row withParts(Map<String, Value> newParts) {
            return new Row(scope, period, indicator, value, newParts, target);
        }

        /**
         * {@return this row with another target result (null for none)}
         *
         * @param newTarget the target result, or {@code null} for none
         */
        public Row withTarget(TargetResult newTarget) {
            return new Row(scope, period, indicator, value, parts, newTarget);
        }
    }
}
