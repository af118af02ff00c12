package org.hor.core.spi;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What an indicator computes for one scope and period: its value and, for an indicator with a
 * {@link Breakdown}, one value per category.
 *
 * @param value the total
 * @param parts the breakdown parts by category, one for each category of the breakdown (unmodifiable;
 *              empty when the indicator has no breakdown). A plugin may give them in any order: the
 *              host puts them in the breakdown's order; an unknown or missing category makes the
 *              value {@link Reason#FAILED} with a reason that names it
 */
public record Result(Value value, Map<String, Value> parts) {

    /**
     * Checks and copies the components, keeping the order of {@code parts}.
     *
     * @param value the total
     * @param parts the breakdown parts by category, one for each category of the breakdown (unmodifiable;
     *              empty when the indicator has no breakdown). A plugin may give them in any order: the host
     *              puts them in the breakdown's order; an unknown or missing category makes the value {@link
     *              Reason#FAILED} with a reason that names it
     * @throws NullPointerException if a component, key or part is null
     */
    public Result {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(parts, "parts");
        if (parts.isEmpty()) {
            // most results have no breakdown: one shared empty map rather than a copy per value
            parts = Map.of();
        } else {
            Map<String, Value> copy = new LinkedHashMap<>();
            parts.forEach((k, v) -> copy.put(Objects.requireNonNull(k, "category"), Objects.requireNonNull(v, "part")));
            parts = Collections.unmodifiableMap(copy);
        }
    }

    /**
     * Returns a result without breakdown.
     *
     * @param value the total
     * @return the result
     */
    public static Result of(Value value) {
        return new Result(value, Map.of());
    }

    /**
     * Returns a result with breakdown parts, one per category of the breakdown, in any order (a
     * {@code Map.of(..)} will do: the host puts them in the breakdown's order).
     *
     * @param value the total
     * @param parts the breakdown parts by category, one for each category of the breakdown (unmodifiable;
     *              empty when the indicator has no breakdown). A plugin may give them in any order: the host
     *              puts them in the breakdown's order; an unknown or missing category makes the value {@link
     *              Reason#FAILED} with a reason that names it
     * @return the result
     */
    public static Result of(Value value, Map<String, Value> parts) {
        return new Result(value, parts);
    }

    /**
     * Returns an undefined result: the total and each of the categories undefined with {@code reason}.
     *
     * @param reason    why the value is undefined
     * @param message   the message (for {@link Reason#FAILED}), may be empty
     * @param breakdown the indicator's breakdown, or {@code null}
     * @return the result
     */
    public static Result undefined(Reason reason, String message, Breakdown breakdown) {
        Value v = Value.undefined(reason, message);
        Map<String, Value> parts = new LinkedHashMap<>();
        if (breakdown != null) {
            for (String c : breakdown.categories()) {
                parts.put(c, v);
            }
        }
        return new Result(v, parts);
    }
}
