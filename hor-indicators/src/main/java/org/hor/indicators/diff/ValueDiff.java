package org.hor.indicators.diff;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.hor.core.model.CarrierType;
import org.hor.core.model.Coverage;
import org.hor.core.model.Period;
import org.hor.core.spi.IndicatorDefinition;
import org.hor.core.spi.Scope;
import org.hor.core.spi.Value;
import org.hor.indicators.Catalogue;
import org.hor.indicators.Evaluation;
import org.hor.indicators.output.KeyedValue;
import org.hor.indicators.output.KeyedValues;
import org.hor.indicators.output.ValueKey;

/**
 * Compares the values of two sides (spec 06 "Values"): a key <em>changes</em> when its value or
 * reason differs (numbers compared as numbers), <em>appears</em> when only the new side has it and
 * <em>disappears</em> when only the old side has it. A key whose period is not complete on both sides
 * (relative to each side's {@code asOf}) is left out unless {@code partial}. The result is in
 * evaluation output order (spec 02): scopes (sites by id, then carrier type, coverage and state
 * groups, then the programme), periods ({@link Period#ORDER}), indicators (the standard catalogue's
 * order, then the others by id), a total before its parts in breakdown order.
 */
public final class ValueDiff {

    private ValueDiff() {}

    /**
     * Compares the values of two sides.
     *
     * @param oldSide the old side
     * @param newSide the new side
     * @param partial whether keys of periods that are not complete on both sides are kept
     * @return the differing values without causes, in output order
     * @throws NullPointerException if a side is null
     */
    public static List<ValueChange> compare(Side oldSide, Side newSide, boolean partial) {
        if (oldSide.evaluation().isPresent() && newSide.evaluation().isPresent()) {
            return compare(oldSide.evaluation().get(), newSide.evaluation().get(), partial);
        }
        return compare(oldSide.values(), oldSide.asOf(), newSide.values(), newSide.asOf(), partial);
    }

    /**
     * Compares two evaluations row by row, as {@link #compare(List, LocalDate, List, LocalDate, boolean)}
     * compares their {@link KeyedValues}, but without making a keyed value of a row whose total and
     * parts are equal: both are in output order, so one merge walks them, and only rows that differ or
     * that one side lacks are keyed (rounded as the machine outputs write them) and compared.
     *
     * @param oldEvaluation the old evaluation
     * @param newEvaluation the new evaluation
     * @param partial       whether keys of periods that are not complete on both sides are kept
     * @return the differing values without causes, in output order
     * @throws NullPointerException if an argument is null
     */
    public static List<ValueChange> compare(Evaluation oldEvaluation, Evaluation newEvaluation, boolean partial) {
        LocalDate oldAsOf = oldEvaluation.asOf();
        LocalDate newAsOf = newEvaluation.asOf();
        List<Evaluation.Row> a = oldEvaluation.rows();
        List<Evaluation.Row> b = newEvaluation.rows();
        Map<String, Integer> indicatorRank = indicatorRank();
        List<ValueChange> changes = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.size() || j < b.size()) {
            Evaluation.Row x = i < a.size() ? a.get(i) : null;
            Evaluation.Row y = j < b.size() ? b.get(j) : null;
            int c = x == null ? 1 : y == null ? -1 : compareRows(x, y, indicatorRank);
            Period p = (c <= 0 ? x : y).period();
            boolean kept = partial || p.isComplete(oldAsOf) && p.isComplete(newAsOf);
            if (c < 0) {
                i++;
                if (kept) {
                    keyed(oldEvaluation, x)
                            .forEach(v -> changes.add(
                                    new ValueChange(v.key(), ValueChange.Kind.DISAPPEARED, v, null, List.of())));
                }
            } else if (c > 0) {
                j++;
                if (kept) {
                    keyed(newEvaluation, y)
                            .forEach(v -> changes.add(
                                    new ValueChange(v.key(), ValueChange.Kind.APPEARED, null, v, List.of())));
                }
            } else {
                i++;
                j++;
                if (kept && !sameRow(x, y)) {
                    List<KeyedValue> kx = keyed(oldEvaluation, x);
                    List<KeyedValue> ky = keyed(newEvaluation, y);
                    rowChanges(kx, ky, changes);
                }
            }
        }
        return changes;
    }

    /** Adds the differences of one row's keyed values: the old row's keys in order, then keys only the new row has. */
    private static void rowChanges(List<KeyedValue> kx, List<KeyedValue> ky, List<ValueChange> changes) {
        Map<ValueKey, KeyedValue> news = new LinkedHashMap<>();
        ky.forEach(v -> news.put(v.key(), v));
        for (KeyedValue v : kx) {
            KeyedValue w = news.remove(v.key());
            if (w == null) {
                changes.add(new ValueChange(v.key(), ValueChange.Kind.DISAPPEARED, v, null, List.of()));
            } else if (!v.sameAs(w)) {
                changes.add(new ValueChange(v.key(), ValueChange.Kind.CHANGED, v, w, List.of()));
            }
        }
        news.values()
                .forEach(w -> changes.add(new ValueChange(w.key(), ValueChange.Kind.APPEARED, null, w, List.of())));
    }

    private static List<KeyedValue> keyed(Evaluation e, Evaluation.Row row) {
        return KeyedValues.of(e.withRows(List.of(row)));
    }

    /** Whether two rows of one key have equal totals and parts, numbers compared as numbers before rounding. */
    private static boolean sameRow(Evaluation.Row x, Evaluation.Row y) {
        if (!same(x.value(), y.value()) || x.parts().size() != y.parts().size()) {
            return false;
        }
        for (Map.Entry<String, Value> e : x.parts().entrySet()) {
            Value other = y.parts().get(e.getKey());
            if (other == null || !same(e.getValue(), other)) {
                return false;
            }
        }
        return true;
    }

    private static boolean same(Value u, Value v) {
        if (u instanceof Value.Defined du) {
            return v instanceof Value.Defined dv && du.number().compareTo(dv.number()) == 0;
        }
        return u.equals(v);
    }

    private static int compareRows(Evaluation.Row x, Evaluation.Row y, Map<String, Integer> indicatorRank) {
        if (!x.scope().equals(y.scope())) {
            return compareScopes(x.scope(), y.scope());
        }
        if (!x.period().equals(y.period())) {
            return Period.ORDER.compare(x.period(), y.period());
        }
        String u = x.indicator().id();
        String v = y.indicator().id();
        return u.equals(v) ? 0 : compareIndicators(u, v, indicatorRank);
    }

    private static Map<String, Integer> rank;

    /** Returns the standard indicators' catalogue positions (the others come after them, by id). */
    private static synchronized Map<String, Integer> indicatorRank() {
        if (rank != null) {
            return rank;
        }
        rank = new HashMap<>();
        List<IndicatorDefinition> standard = Catalogue.standard().definitions();
        for (int i = 0; i < standard.size(); i++) {
            rank.put(standard.get(i).id(), i);
        }
        return rank;
    }

    private static int compareIndicators(String x, String y, Map<String, Integer> indicatorRank) {
        Integer rx = indicatorRank.get(x);
        Integer ry = indicatorRank.get(y);
        if (rx != null && ry != null) {
            return Integer.compare(rx, ry);
        }
        return rx != null ? -1 : ry != null ? 1 : x.compareTo(y);
    }

    /**
     * Compares two lists of values.
     *
     * @param oldValues the old values, in output order
     * @param oldAsOf   the old side's {@code asOf}
     * @param newValues the new values, in output order
     * @param newAsOf   the new side's {@code asOf}
     * @param partial   whether keys of periods that are not complete on both sides are kept
     * @return the differing values without causes, in output order
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if a key's period or scope is no valid code, or a key repeats
     */
    public static List<ValueChange> compare(
            List<KeyedValue> oldValues,
            LocalDate oldAsOf,
            List<KeyedValue> newValues,
            LocalDate newAsOf,
            boolean partial) {
        Objects.requireNonNull(oldAsOf, "oldAsOf");
        Objects.requireNonNull(newAsOf, "newAsOf");
        Map<String, Period> periods = new HashMap<>();
        Map<ValueKey, KeyedValue> old = new HashMap<>(Math.max(16, oldValues.size() * 4 / 3 + 1));
        for (KeyedValue v : oldValues) {
            if (old.put(v.key(), v) != null) {
                throw new IllegalArgumentException("a key appears twice among the old values: " + v.key());
            }
        }
        List<ValueChange> changes = new ArrayList<>();
        Map<ValueKey, Boolean> seen = new HashMap<>(Math.max(16, newValues.size() * 4 / 3 + 1));
        for (KeyedValue v : newValues) {
            if (seen.put(v.key(), Boolean.TRUE) != null) {
                throw new IllegalArgumentException("a key appears twice among the new values: " + v.key());
            }
            KeyedValue before = old.remove(v.key());
            if (before != null && before.sameAs(v) || !kept(v.key(), periods, oldAsOf, newAsOf, partial)) {
                continue;
            }
            changes.add(
                    before == null
                            ? new ValueChange(v.key(), ValueChange.Kind.APPEARED, null, v, List.of())
                            : new ValueChange(v.key(), ValueChange.Kind.CHANGED, before, v, List.of()));
        }
        for (KeyedValue v : oldValues) {
            if (old.containsKey(v.key()) && kept(v.key(), periods, oldAsOf, newAsOf, partial)) {
                changes.add(new ValueChange(v.key(), ValueChange.Kind.DISAPPEARED, v, null, List.of()));
            }
        }
        changes.sort(Comparator.comparing(ValueChange::key, outputOrder(oldValues, newValues)));
        return changes;
    }

    private static boolean kept(
            ValueKey key, Map<String, Period> periods, LocalDate oldAsOf, LocalDate newAsOf, boolean partial) {
        if (partial) {
            return true;
        }
        Period p = periods.computeIfAbsent(key.period(), Period::parse);
        return p.isComplete(oldAsOf) && p.isComplete(newAsOf);
    }

    /**
     * Returns the evaluation output order of spec 02 over the keys of two value lists: the categories of
     * an indicator are ordered as the lists give them (a total first).
     */
    static Comparator<ValueKey> outputOrder(List<KeyedValue> a, List<KeyedValue> b) {
        Map<String, Integer> indicatorRank = indicatorRank();
        Map<String, Map<String, Integer>> categoryRank = new HashMap<>();
        for (List<KeyedValue> list : List.of(a, b)) {
            for (KeyedValue v : list) {
                if (v.key().category() != null) {
                    Map<String, Integer> ranks =
                            categoryRank.computeIfAbsent(v.key().indicator(), k -> new LinkedHashMap<>());
                    ranks.putIfAbsent(v.key().category(), ranks.size());
                }
            }
        }
        Map<String, Period> periods = new HashMap<>();
        Map<String, Scope> scopes = new HashMap<>();
        Comparator<String> scopeOrder = (x, y) ->
                compareScopes(scopes.computeIfAbsent(x, Scope::parse), scopes.computeIfAbsent(y, Scope::parse));
        Comparator<String> indicatorOrder = (x, y) -> compareIndicators(x, y, indicatorRank);
        return Comparator.comparing(ValueKey::scope, scopeOrder)
                .thenComparing(k -> periods.computeIfAbsent(k.period(), Period::parse), Period.ORDER)
                .thenComparing(ValueKey::indicator, indicatorOrder)
                .thenComparingInt(k -> k.category() == null
                        ? -1
                        : categoryRank.get(k.indicator()).getOrDefault(k.category(), Integer.MAX_VALUE));
    }

    private static int compareScopes(Scope x, Scope y) {
        if (x.kind() != y.kind()) {
            return x.kind().compareTo(y.kind());
        }
        return switch (x.kind()) {
            case CARRIER_TYPE ->
                Integer.compare(rank(CarrierType.class, x.value()), rank(CarrierType.class, y.value()));
            case COVERAGE -> Integer.compare(rank(Coverage.class, x.value()), rank(Coverage.class, y.value()));
            default -> x.value().compareTo(y.value());
        };
    }

    private static <E extends Enum<E>> int rank(Class<E> type, String name) {
        try {
            return Enum.valueOf(type, name).ordinal();
        } catch (IllegalArgumentException e) {
            return Integer.MAX_VALUE;
        }
    }
}
