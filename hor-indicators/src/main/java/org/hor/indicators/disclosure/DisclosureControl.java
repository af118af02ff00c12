package org.hor.indicators.disclosure;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.hor.core.model.Period;
import org.hor.core.spi.Reason;
import org.hor.core.spi.Result;
import org.hor.core.spi.Scope;
import org.hor.core.spi.Value;
import org.hor.indicators.Engine;
import org.hor.indicators.Evaluation;
import org.hor.indicators.TargetResult;

/**
 * Disclosure control (spec 04 "Disclosure control", the option {@code --suppress-below k};
 * {@code --publish} sets k = 3): withholds every value that would show, or is computed over, a
 * count between 1 and k − 1. A withheld value becomes
 * {@code Value.undefined(Reason.SUPPRESSED, String.valueOf(k))}, so human formats can show
 * {@code < k}; machine formats show it empty with the reason {@code SUPPRESSED}. Zero is never
 * suppressed, and neither is a value that is already undefined (its reason says enough and shows
 * no number).
 *
 * <p>Which count decides (spec 02's definitions; S the scope, p the period, prev(p) the previous
 * period, ref(p) the earlier of last(p) and {@code asOf}):
 *
 * <table>
 * <caption>The deciding count of each suppressed indicator</caption>
 * <tr><th>indicator</th><th>deciding count</th></tr>
 * <tr><td>{@code reach.organisations}, {@code reach.organisations.new}</td>
 *     <td>the value itself; each breakdown part by its own size</td></tr>
 * <tr><td>{@code reach.migrant-led.share}, {@code offers.multi-use.share}</td>
 *     <td>|Orgs(S,p)| = {@code reach.organisations}(S, p)</td></tr>
 * <tr><td>{@code retention.share}</td>
 *     <td>|Orgs(S,prev(p))| = {@code reach.organisations}(S, prev(p))</td></tr>
 * <tr><td>{@code grants.amount}, {@code grants.amount.mean}, {@code grants.first-time.share},
 *         {@code grants.top-recipient.share}</td>
 *     <td>{@code grants.count}(S, p)</td></tr>
 * <tr><td>{@code cooperations.formal.share}</td><td>{@code cooperations.active}(S, p)</td></tr>
 * <tr><td>{@code outcomes.organisations.share}</td>
 *     <td>|R| = {@code reach.organisations}(S, W(p)), W(p) the custom range from ref(p) minus 2 years
 *         plus 1 day to ref(p)</td></tr>
 * <tr><td>{@code cost.per-organisation}</td><td>{@code reach.organisations}(S, p)</td></tr>
 * </table>
 *
 * <p>Every other indicator is left as it is, also plugin indicators: the spec's rules name only
 * standard indicators, and a plugin's value is not known to be a count of organisations (a plugin
 * that needs protection must not publish small numbers itself). The counts are asked from the
 * engine's public API ({@link Engine#value(Scope, Period, String)}).
 *
 * <p><b>Secondary suppression.</b> Within one breakdown, when the total is shown and exactly one part
 * is suppressed, the total minus the other parts would reveal it: then the smallest non-zero other
 * part is suppressed as well (on ties the first in category order). With two or more suppressed
 * parts nothing more is needed; when the total is suppressed, every non-zero part is below k too.
 * {@link #protect(Value, Map)} does the same for any additive table row a report builds (a total
 * and parts that add up to it). {@link #apply(Evaluation, Engine)} goes further and protects every
 * exact sum the evaluation holds, across rows: {@code grants.amount} of the programme and of each
 * group against its sites, {@code grants.amount} and the reach counts of a year against
 * its half-years, quarters and months (and so on down), repeating until no such sum has a single
 * suppressed cell; {@code grants.amount.mean} is withheld with its amount. The counts of
 * organisations are protected the same way against their sites and periods: they are distinct counts,
 * not sums, but a total minus the other parts is exact whenever no organisation is counted twice.
 *
 * <p><b>Statistics.</b> {@link #apply(org.hor.indicators.evaluation.Findings, Evaluation, Engine)}
 * withholds every median, quartile, minimum, maximum, deviation and recommended target of the
 * formative evaluation that is computed from (equals or pins down) a value suppressed in the
 * published evaluation or by the rules above.
 *
 * <p><b>Targets.</b> The attainment, pace and status of a target would reveal a suppressed actual
 * (attainment = 100 × actual / target), so for a suppressed actual the target result keeps the
 * target and the expectation (agreed values, not data) and has the suppressed actual, no attainment
 * and no status ({@code null}); the writers show them empty next to the reason {@code SUPPRESSED}.
 *
 * <pre>{@code
 * Evaluation published = DisclosureControl.publish().apply(engine.evaluate(options), engine);
 * }</pre>
 *
 * @param k the threshold: counts from 1 to k − 1 are suppressed; 1 suppresses nothing ({@link #off()})
 */
public record DisclosureControl(int k) {

    /** The threshold of {@code --publish}. */
    public static final int PUBLISH_K = 3;

    /**
     * Checks the threshold.
     *
     * @param k the threshold: counts from 1 to k − 1 are suppressed; 1 suppresses nothing ({@link #off()})
     * @throws IllegalArgumentException if {@code k} is below 1
     */
    public DisclosureControl {
        if (k < 1) {
            throw new IllegalArgumentException(
                    "the suppression threshold must be at least 1 (1 suppresses nothing): " + k);
        }
    }

    /** {@return disclosure control that suppresses nothing (the default)} */
    public static DisclosureControl off() {
        return new DisclosureControl(1);
    }

    /** {@return the disclosure control of {@code --publish}: k = {@value #PUBLISH_K}} */
    public static DisclosureControl publish() {
        return new DisclosureControl(PUBLISH_K);
    }

    /**
     * {@return the disclosure control of {@code --suppress-below k}}
     *
     * @param k the threshold: counts from 1 to k − 1 are suppressed; 1 suppresses nothing ({@link #off()})
     * @throws IllegalArgumentException if {@code k} is below 2
     */
    public static DisclosureControl below(int k) {
        if (k < 2) {
            throw new IllegalArgumentException("suppression threshold must be at least 2: " + k);
        }
        return new DisclosureControl(k);
    }

    /** {@return whether this suppresses nothing (k = 1)} */
    public boolean isOff() {
        return k < 2;
    }

    /** {@return the value that replaces a suppressed one: {@code SUPPRESSED} with the message k} */
    public Value suppressed() {
        return Value.undefined(Reason.SUPPRESSED, String.valueOf(k));
    }

    /**
     * {@return whether {@code value} was suppressed (its reason is {@link Reason#SUPPRESSED})}
     *
     * @param value the value
     */
    public static boolean isSuppressed(Value value) {
        return value instanceof Value.Undefined u && u.reason() == Reason.SUPPRESSED;
    }

    /**
     * {@return whether {@code count} is defined and from 1 to k − 1}
     *
     * @param count a count
     */
    public boolean isSmall(Value count) {
        if (isOff() || !(count instanceof Value.Defined d)) {
            return false;
        }
        BigDecimal n = d.number();
        return n.compareTo(BigDecimal.ONE) >= 0 && n.compareTo(BigDecimal.valueOf(k - 1L)) <= 0;
    }

    // ---------------------------------------------------------------- whole evaluations

    /**
     * {@return {@code evaluation} with its suppressed values replaced (totals, breakdown parts with
     * secondary suppression, and the target results of suppressed totals); the rows keep their order}
     * Off, it returns {@code evaluation} itself. Retention uses {@link Period#previous()} as prev(p),
     * as the evaluation does.
     *
     * @param evaluation the evaluation
     * @param engine the engine that computed the evaluation, for the deciding counts
     * @throws IllegalArgumentException if a row's scope or period is unknown to the engine
     */
    public Evaluation apply(Evaluation evaluation, Engine engine) {
        Objects.requireNonNull(evaluation, "evaluation");
        Objects.requireNonNull(engine, "engine");
        if (isOff()) {
            return evaluation;
        }
        Denominators counts = new Denominators(engine);
        List<Evaluation.Row> rows = new ArrayList<>(evaluation.rows().size());
        for (Evaluation.Row row : evaluation.rows()) {
            Result r = apply(
                    counts,
                    row.scope(),
                    row.period(),
                    row.period().previous(),
                    row.indicator().id(),
                    Result.of(row.value(), row.parts()));
            Evaluation.Row out = row;
            if (!r.value().equals(row.value())) {
                out = out.withValue(r.value()).withTarget(row.target() == null ? null : withhold(row.target()));
            }
            if (!r.parts().equals(row.parts())) {
                out = out.withParts(r.parts());
            }
            rows.add(out);
        }
        return evaluation.withRows(
                Complementary.apply(this, engine.dataset().sites(), rows, this::withhold, counts::ownSize));
    }

    /**
     * {@return {@code findings} as a published output may show them: every minimum, quartile, median,
     * maximum, deviation and recommended target of the approach comparison and the transfer benchmarks
     * (spec 03 §5–6) that is computed from a value {@code published} withholds — or that the rules
     * withhold, for operating years — is replaced by {@link #suppressed()} (a recommended target is
     * {@link org.hor.indicators.evaluation.RecommendedTarget#withheld() withheld})} Off, it returns
     * {@code findings} itself.
     *
     * @param findings  the findings, computed from {@code engine}
     * @param published the evaluation after {@link #apply(Evaluation, Engine)} with this control
     * @param engine    the engine that computed both
     */
    public org.hor.indicators.evaluation.Findings apply(
            org.hor.indicators.evaluation.Findings findings, Evaluation published, Engine engine) {
        Objects.requireNonNull(findings, "findings");
        Objects.requireNonNull(published, "published");
        Objects.requireNonNull(engine, "engine");
        if (isOff()) {
            return findings;
        }
        return new Statistics(this, published, engine).apply(findings);
    }

    // ---------------------------------------------------------------- single values, for report builders

    /**
     * {@return {@code value}, the value of indicator {@code indicatorId} for {@code scope} and
     * {@code period}, or {@link #suppressed()} when the rules suppress it} For breakdowns use
     * {@link #apply(Scope, Period, String, Result, Engine)}, which also does secondary suppression.
     *
     * @param scope the scope
     * @param period the period
     * @param indicatorId the indicator's id
     * @param value the value
     * @param engine the engine that computed the evaluation (for the counts that disclosure control needs)
     * @throws IllegalArgumentException see {@link Engine#value(Scope, Period, String)}
     */
    public Value apply(Scope scope, Period period, String indicatorId, Value value, Engine engine) {
        return apply(scope, period, period.previous(), indicatorId, value, engine);
    }

    /**
     * Like {@link #apply(Scope, Period, String, Value, Engine)} with {@code previous} as prev(p) for
     * {@code retention.share}, as in {@link Engine#value(Scope, Period, Period, String)} (operating
     * years of spec 03).
     *
     * @param scope the scope
     * @param period the period
     * @param previous the period before it, as spec 02 defines it
     * @param indicatorId the indicator's id
     * @param value the value
     * @param engine the engine that computed the evaluation (for the counts that disclosure control needs)
     * @return the value, or the suppressed value
     * @throws IllegalArgumentException see {@link Engine#value(Scope, Period, String)}
     */
    public Value apply(Scope scope, Period period, Period previous, String indicatorId, Value value, Engine engine) {
        Objects.requireNonNull(value, "value");
        if (isOff()) {
            return value;
        }
        return apply(new Denominators(engine), scope, period, previous, indicatorId, Result.of(value))
                .value();
    }

    /**
     * {@return {@code result}, the total and breakdown parts of indicator {@code indicatorId} for
     * {@code scope} and {@code period}, with the suppressed total and parts replaced and secondary
     * suppression applied to the parts}
     *
     * @param scope the scope
     * @param period the period
     * @param indicatorId the indicator's id
     * @param result the result
     * @param engine the engine that computed the evaluation (for the counts that disclosure control needs)
     * @throws IllegalArgumentException see {@link Engine#value(Scope, Period, String)}
     */
    public Result apply(Scope scope, Period period, String indicatorId, Result result, Engine engine) {
        Objects.requireNonNull(result, "result");
        if (isOff()) {
            return result;
        }
        return apply(new Denominators(engine), scope, period, period.previous(), indicatorId, result);
    }

    /**
     * {@return {@code target} as a published output may show it: unchanged, or — when its actual is
     * suppressed — with the suppressed actual and without attainment (or pace) and status}
     *
     * @param target the target result
     * @param engine the engine that computed the evaluation (for the counts that disclosure control needs)
     * @throws IllegalArgumentException see {@link Engine#value(Scope, Period, String)}
     */
    public TargetResult apply(TargetResult target, Engine engine) {
        Objects.requireNonNull(target, "target");
        if (isOff()) {
            return target;
        }
        Value actual = apply(Scope.site(target.siteId()), target.period(), target.indicator(), target.actual(), engine);
        return isSuppressed(actual) && !isSuppressed(target.actual()) ? withhold(target) : target;
    }

    /**
     * Secondary suppression for one additive row: when {@code total} is shown and exactly one of
     * {@code parts} is suppressed, returns the parts with the smallest non-zero other part suppressed
     * as well (on ties the first in the map's order); otherwise the parts unchanged. The map's order
     * is kept.
     *
     * @param total the row's total
     * @param parts the row's parts, by category
     * @return the parts, the one to suppress along suppressed
     */
    public Map<String, Value> protect(Value total, Map<String, Value> parts) {
        Objects.requireNonNull(total, "total");
        Objects.requireNonNull(parts, "parts");
        long suppressed =
                parts.values().stream().filter(DisclosureControl::isSuppressed).count();
        if (isOff() || isSuppressed(total) || suppressed != 1) {
            return parts;
        }
        String smallest = null;
        BigDecimal min = null;
        for (Map.Entry<String, Value> part : parts.entrySet()) {
            if (part.getValue() instanceof Value.Defined d
                    && d.number().signum() > 0
                    && (min == null || d.number().compareTo(min) < 0)) {
                smallest = part.getKey();
                min = d.number();
            }
        }
        if (smallest == null) {
            return parts;
        }
        Map<String, Value> out = new LinkedHashMap<>(parts);
        out.put(smallest, suppressed());
        return out;
    }

    // ---------------------------------------------------------------- the rules

    private Result apply(
            Denominators counts, Scope scope, Period period, Period previous, String indicatorId, Result result) {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(previous, "previous");
        Objects.requireNonNull(indicatorId, "indicatorId");
        if (!counts.covered(indicatorId)) {
            return result;
        }
        if (counts.ownSize(indicatorId)) {
            Value total = isSmall(result.value()) ? suppressed() : result.value();
            Map<String, Value> parts = new LinkedHashMap<>();
            result.parts().forEach((category, part) -> parts.put(category, isSmall(part) ? suppressed() : part));
            return Result.of(total, protect(total, parts));
        }
        Value count = counts.count(scope, period, previous, indicatorId);
        if (count != null && isSmall(count) && result.value().isDefined()) {
            return Result.of(suppressed(), result.parts());
        }
        return result;
    }

    private TargetResult withhold(TargetResult t) {
        return new TargetResult(
                t.siteId(), t.indicator(), t.period(), t.target(), suppressed(), t.expectation(), null, null);
    }
}
