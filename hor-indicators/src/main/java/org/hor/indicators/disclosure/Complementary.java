package org.hor.indicators.disclosure;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.hor.core.model.Period;
import org.hor.core.model.PeriodType;
import org.hor.core.model.Site;
import org.hor.core.spi.Scope;
import org.hor.core.spi.ScopeKind;
import org.hor.core.spi.Value;
import org.hor.indicators.Evaluation;

/**
 * Complementary (secondary) suppression across the cells of a whole evaluation: wherever a shown total
 * is the exact sum of shown parts, no single suppressed cell may remain in that relation, or the
 * reader gets it back by subtraction (spec 04: "not a table's total against its other rows or
 * columns (suppress one more cell, as for breakdowns)").
 *
 * <p>The relations (each a total and the parts that add up to it exactly):
 * <ul>
 * <li>a breakdown of {@code reach.organisations} or {@code reach.organisations.new}: the total and
 *     its categories (each organisation falls in exactly one type);</li>
 * <li>{@code grants.amount} and {@code reach.organisations.new} (total and each category) over
 *     periods of one scope: a year is the sum of its half-years, quarters and months, a half-year of
 *     its quarters and months, a quarter of its months (an organisation is new in exactly one of
 *     them; a grant lies in exactly one);</li>
 * <li>{@code grants.amount} over scopes of one period: the programme and every group are the sums of
 *     their sites, and the programme is the sum of the groups of one dimension plus the sites without
 *     a value for it (every grant belongs to exactly one site).</li>
 * <li>the counts of organisations ({@code reach.organisations} and {@code reach.organisations.new},
 *     totals and categories) in the same relations over periods and scopes. They are distinct counts,
 *     not sums, but a total minus the other parts is a lower bound of the missing part, and an exact
 *     one whenever no organisation is counted in two parts, as is common (organisations rarely use two
 *     sites, or come in two quarters of a year): the sample's programme report for 2016 gave a site's
 *     reach of 2 back that way. So they are protected as if they were sums.</li>
 * </ul>
 * Periods or sites the evaluation holds no row for count as shown zeros.
 *
 * <p>Each relation in which exactly one cell (total or part) is suppressed gets one more: the
 * smallest shown non-zero part (a tie goes to the first in order: categories in spec 01's order,
 * periods in period order, scopes in evaluation order), or the total when there is no such part.
 * This repeats until no relation has exactly one suppressed cell, because a newly suppressed cell can
 * be the single one of another relation. A zero is never suppressed: a reader knows it from the
 * grant count, which the spec does not suppress. Finally {@code grants.amount.mean} is suppressed
 * wherever {@code grants.amount} is (mean × the shown count would give the amount back).
 */
final class Complementary {

    static final String GRANTS_AMOUNT = "grants.amount";
    static final String GRANTS_MEAN = "grants.amount.mean";

    /** One cell: a total ({@code category} null) or a breakdown part. */
    private record Cell(Scope scope, Period period, String indicator, String category) {}

    private record Relation(Cell total, List<Cell> parts) {}

    private final DisclosureControl control;
    private final List<Site> sites;
    private final java.util.function.Predicate<String> reachLike;
    private final Map<Cell, Value> values = new HashMap<>();
    private final List<Relation> relations = new ArrayList<>();

    private Complementary(DisclosureControl control, List<Site> sites, java.util.function.Predicate<String> reachLike) {
        this.control = control;
        this.sites = sites;
        this.reachLike = reachLike;
    }

    /**
     * Returns {@code rows} with the complementary suppressions added (and {@code grants.amount.mean}
     * withheld with its amount); rows keep their order, and a row whose total becomes suppressed
     * loses its attainment and status through {@code withhold}. {@code reachLike} tells the counts of
     * organisations protected like the reach counts (those and the {@code organisations} results of
     * indicator files).
     */
    static List<Evaluation.Row> apply(
            DisclosureControl control,
            List<Site> sites,
            List<Evaluation.Row> rows,
            java.util.function.UnaryOperator<org.hor.indicators.TargetResult> withhold,
            java.util.function.Predicate<String> reachLike) {
        Complementary c = new Complementary(control, sites, reachLike);
        c.collect(rows);
        boolean changed = false;
        for (boolean again = true; again; ) {
            again = false;
            for (Relation r : c.relations) {
                again |= c.protect(r);
            }
            changed |= again;
        }
        if (!changed && !c.meanNeedsSuppression(rows)) {
            return rows;
        }
        List<Evaluation.Row> out = new ArrayList<>(rows.size());
        for (Evaluation.Row row : rows) {
            String id = row.indicator().id();
            Value total = id.equals(GRANTS_MEAN)
                    ? (DisclosureControl.isSuppressed(c.values.getOrDefault(
                                            new Cell(row.scope(), row.period(), GRANTS_AMOUNT, null), Value.of(0)))
                                    && row.value().isDefined()
                            ? control.suppressed()
                            : row.value())
                    : c.values.getOrDefault(new Cell(row.scope(), row.period(), id, null), row.value());
            Evaluation.Row r = row;
            if (!total.equals(row.value())) {
                r = r.withValue(total)
                        .withTarget(
                                row.target() == null || row.target().status() == null
                                        ? row.target()
                                        : withhold.apply(row.target()));
            }
            if (!row.parts().isEmpty()) {
                Map<String, Value> parts = new LinkedHashMap<>();
                row.parts()
                        .forEach((cat, v) ->
                                parts.put(cat, c.values.getOrDefault(new Cell(row.scope(), row.period(), id, cat), v)));
                if (!parts.equals(row.parts())) {
                    r = r.withParts(parts);
                }
            }
            out.add(r);
        }
        return out;
    }

    private boolean meanNeedsSuppression(List<Evaluation.Row> rows) {
        for (Evaluation.Row row : rows) {
            if (row.indicator().id().equals(GRANTS_MEAN)
                    && row.value().isDefined()
                    && DisclosureControl.isSuppressed(values.getOrDefault(
                            new Cell(row.scope(), row.period(), GRANTS_AMOUNT, null), Value.of(0)))) {
                return true;
            }
        }
        return false;
    }

    // ------------------------------------------------------------------ relations

    private void collect(List<Evaluation.Row> rows) {
        // by indicator and scope: the periods held, in evaluation order
        Map<String, Map<Scope, List<Evaluation.Row>>> byScope = new LinkedHashMap<>();
        // by indicator and period: the scopes held
        Map<String, Map<Period, List<Evaluation.Row>>> byPeriod = new LinkedHashMap<>();
        for (Evaluation.Row row : rows) {
            String id = row.indicator().id();
            boolean reach = reachLike.test(id);
            boolean grants = id.equals(GRANTS_AMOUNT);
            if (!reach && !grants) {
                continue;
            }
            values.put(new Cell(row.scope(), row.period(), id, null), row.value());
            row.parts().forEach((cat, v) -> values.put(new Cell(row.scope(), row.period(), id, cat), v));
            if (reach && !row.parts().isEmpty()) {
                relations.add(new Relation(
                        new Cell(row.scope(), row.period(), id, null),
                        row.parts().keySet().stream()
                                .map(cat -> new Cell(row.scope(), row.period(), id, cat))
                                .toList()));
            }
            byScope.computeIfAbsent(id, k -> new LinkedHashMap<>())
                    .computeIfAbsent(row.scope(), k -> new ArrayList<>())
                    .add(row);
            byPeriod.computeIfAbsent(id, k -> new LinkedHashMap<>())
                    .computeIfAbsent(row.period(), k -> new ArrayList<>())
                    .add(row);
        }
        byScope.forEach((id, scopes) -> scopes.forEach((scope, list) -> periodRelations(id, scope, list)));
        byPeriod.forEach((id, periods) -> periods.forEach((period, list) -> scopeRelations(id, period, list)));
    }

    private static final List<PeriodType> NESTED =
            List.of(PeriodType.YEAR, PeriodType.HALF_YEAR, PeriodType.QUARTER, PeriodType.MONTH);

    private void periodRelations(String id, Scope scope, List<Evaluation.Row> list) {
        for (Evaluation.Row coarse : list) {
            int c = NESTED.indexOf(coarse.period().type());
            if (c < 0) {
                continue;
            }
            for (PeriodType fine : NESTED.subList(c + 1, NESTED.size())) {
                List<Evaluation.Row> parts = list.stream()
                        .filter(r ->
                                r.period().type() == fine && coarse.period().contains(r.period()))
                        .sorted((a, b) -> Period.ORDER.compare(a.period(), b.period()))
                        .toList();
                if (parts.isEmpty()) {
                    continue;
                }
                relations.add(new Relation(
                        new Cell(scope, coarse.period(), id, null),
                        parts.stream()
                                .map(r -> new Cell(scope, r.period(), id, null))
                                .toList()));
                for (String cat : coarse.parts().keySet()) {
                    relations.add(new Relation(
                            new Cell(scope, coarse.period(), id, cat),
                            parts.stream()
                                    .map(r -> new Cell(scope, r.period(), id, cat))
                                    .toList()));
                }
            }
        }
    }

    private void scopeRelations(String id, Period period, List<Evaluation.Row> rows) {
        List<String> categories = new ArrayList<>();
        categories.add(null);
        if (!rows.isEmpty()) {
            categories.addAll(rows.get(0).parts().keySet());
        }
        for (String category : categories) {
            scopeRelations(id, category, period, rows);
        }
    }

    private void scopeRelations(String id, String category, Period period, List<Evaluation.Row> rows) {
        for (Evaluation.Row row : rows) {
            Scope scope = row.scope();
            if (scope.kind() == ScopeKind.SITE) {
                continue;
            }
            List<Cell> parts = new ArrayList<>();
            for (Site s : sites) {
                if (scope.kind() == ScopeKind.PROGRAMME || member(s, scope)) {
                    parts.add(new Cell(Scope.site(s.id()), period, id, category));
                }
            }
            relations.add(new Relation(new Cell(scope, period, id, category), parts));
            if (scope.kind() != ScopeKind.PROGRAMME) {
                continue;
            }
            for (ScopeKind dimension : List.of(ScopeKind.CARRIER_TYPE, ScopeKind.COVERAGE, ScopeKind.STATE)) {
                List<Cell> groups = new ArrayList<>();
                for (Evaluation.Row g : rows) {
                    if (g.scope().kind() == dimension) {
                        groups.add(new Cell(g.scope(), period, id, category));
                    }
                }
                if (groups.isEmpty()) {
                    continue;
                }
                for (Site s : sites) {
                    if (attribute(s, dimension) == null) {
                        groups.add(new Cell(Scope.site(s.id()), period, id, category));
                    }
                }
                relations.add(new Relation(new Cell(scope, period, id, category), groups));
            }
        }
    }

    private static boolean member(Site s, Scope group) {
        return Objects.equals(attribute(s, group.kind()), group.value());
    }

    private static String attribute(Site s, ScopeKind kind) {
        return switch (kind) {
            case CARRIER_TYPE ->
                s.carrierType() == null ? null : s.carrierType().name();
            case COVERAGE -> s.coverage() == null ? null : s.coverage().name();
            case STATE -> s.state();
            default -> null;
        };
    }

    // ------------------------------------------------------------------ protection

    private Value value(Cell c) {
        return values.getOrDefault(c, Value.of(0));
    }

    /** Suppresses one more cell when exactly one of the relation's cells is suppressed; returns whether it did. */
    private boolean protect(Relation r) {
        Value total = value(r.total());
        if (!total.isDefined() && !DisclosureControl.isSuppressed(total)) {
            return false; // an undefined total (not applicable, no data) reveals nothing
        }
        int suppressed = DisclosureControl.isSuppressed(total) ? 1 : 0;
        for (Cell p : r.parts()) {
            if (DisclosureControl.isSuppressed(value(p))) {
                suppressed++;
            }
        }
        if (suppressed != 1) {
            return false;
        }
        Cell smallest = null;
        BigDecimal min = null;
        for (Cell p : r.parts()) {
            if (value(p) instanceof Value.Defined d
                    && d.number().signum() > 0
                    && (min == null || d.number().compareTo(min) < 0)) {
                smallest = p;
                min = d.number();
            }
        }
        if (smallest == null) {
            if (!(total instanceof Value.Defined d) || d.number().signum() == 0) {
                return false;
            }
            smallest = r.total();
        }
        values.put(smallest, control.suppressed());
        return true;
    }
}
