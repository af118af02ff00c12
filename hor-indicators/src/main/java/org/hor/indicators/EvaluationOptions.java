package org.hor.indicators;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.hor.core.model.Period;
import org.hor.core.model.PeriodType;
import org.hor.core.spi.ScopeKind;
import org.jspecify.annotations.Nullable;

/**
 * What an evaluation covers (spec 02 "What an evaluation covers"): the scope kinds, the period types
 * and optionally a range of periods. Immutable; change with the {@code with…} methods.
 *
 * @param scopeKinds  the kinds of scope (not empty)
 * @param periodTypes the period types (not empty; not {@link PeriodType#CUSTOM}, custom ranges are
 *                    evaluated on demand with {@link Engine#result})
 * @param from        keep only periods whose first day is on or after the first day of {@code from}, or null
 * @param to          keep only periods whose first day is on or before the last day of {@code to}, or null
 */
public record EvaluationOptions(
        Set<ScopeKind> scopeKinds,
        Set<PeriodType> periodTypes,
        @Nullable Period from,
        @Nullable Period to) {

    /**
     * Checks and copies the components.
     *
     * @param scopeKinds the kinds of scope (not empty)
     * @param periodTypes the period types (not empty; not {@link PeriodType#CUSTOM}, custom ranges are
     *                    evaluated on demand with {@link Engine#result})
     * @param from keep only periods whose first day is on or after the first day of {@code from}, or null
     * @param to keep only periods whose first day is on or before the last day of {@code to}, or null
     * @throws NullPointerException     if a set is null
     * @throws IllegalArgumentException if a set is empty, the period types include CUSTOM, or
     *                                  {@code from} starts after the end of {@code to}
     */
    public EvaluationOptions {
        Objects.requireNonNull(scopeKinds, "scopeKinds");
        Objects.requireNonNull(periodTypes, "periodTypes");
        if (scopeKinds.isEmpty()) {
            throw new IllegalArgumentException("an evaluation needs at least one scope kind");
        }
        if (periodTypes.isEmpty()) {
            throw new IllegalArgumentException("an evaluation needs at least one period type");
        }
        if (periodTypes.contains(PeriodType.CUSTOM)) {
            throw new IllegalArgumentException("custom ranges are not a period type to evaluate in bulk; "
                    + "ask the engine for a custom period on demand: " + periodTypes);
        }
        if (from != null && to != null && from.first().isAfter(to.last())) {
            throw new IllegalArgumentException("'from' must not start after the end of 'to': " + from + " > " + to);
        }
        scopeKinds = Set.copyOf(EnumSet.copyOf(scopeKinds));
        periodTypes = Set.copyOf(EnumSet.copyOf(periodTypes));
    }

    /** {@return the defaults of the command line: every scope kind, years and quarters, no range} */
    public static EvaluationOptions defaults() {
        return new EvaluationOptions(
                EnumSet.allOf(ScopeKind.class), EnumSet.of(PeriodType.YEAR, PeriodType.QUARTER), null, null);
    }

    /**
     * {@return these options with other scope kinds}
     *
     * @param kinds the scope kinds
     */
    public EvaluationOptions withScopeKinds(ScopeKind... kinds) {
        return new EvaluationOptions(Set.copyOf(Arrays.asList(kinds)), periodTypes, from, to);
    }

    /**
     * {@return these options with other period types}
     *
     * @param types the period types
     */
    public EvaluationOptions withPeriodTypes(PeriodType... types) {
        return new EvaluationOptions(scopeKinds, Set.copyOf(Arrays.asList(types)), from, to);
    }

    /**
     * {@return these options with {@code from} (null: no lower bound)}
     *
     * @param from keep only periods whose first day is on or after the first day of {@code from}, or null
     */
    public EvaluationOptions withFrom(Period from) {
        return new EvaluationOptions(scopeKinds, periodTypes, from, to);
    }

    /**
     * {@return these options with {@code to} (null: no upper bound)}
     *
     * @param to keep only periods whose first day is on or before the last day of {@code to}, or null
     */
    public EvaluationOptions withTo(Period to) {
        return new EvaluationOptions(scopeKinds, periodTypes, from, to);
    }

    /** {@return {@code from}, if set} */
    public Optional<Period> fromIfAny() {
        return Optional.ofNullable(from);
    }

    /** {@return {@code to}, if set} */
    public Optional<Period> toIfAny() {
        return Optional.ofNullable(to);
    }

    /**
     * {@return whether {@code period}'s first day lies within the range of {@code from} and {@code to}}
     *
     * @param period a period
     */
    public boolean keeps(Period period) {
        return (from == null || !period.first().isBefore(from.first()))
                && (to == null || !period.first().isAfter(to.last()));
    }
}
