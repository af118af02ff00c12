package org.hor.indicators.output;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The key of one value of an evaluation (spec 06): scope, period, indicator and category.
 *
 * @param scope the scope id, such as {@code S-HH}, a group id or the programme id
 * @param period the period code, such as {@code 2024-Q1}
 * @param indicator the indicator id
 * @param category the breakdown category, or {@code null} for the indicator's total
 */
public record ValueKey(
        String scope,
        String period,
        String indicator,
        @Nullable String category) {

    /**
     * Checks that scope, period and indicator are present.
     *
     * @param scope the scope id, such as {@code S-HH}, a group id or the programme id
     * @param period the period code, such as {@code 2024-Q1}
     * @param indicator the indicator id
     * @param category the breakdown category, or {@code null} for the indicator's total
     */
    public ValueKey {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(indicator, "indicator");
    }
}
