package org.hor.indicators.output;

import java.util.Arrays;
import java.util.List;
import org.hor.core.model.Period;
import org.hor.core.spi.Value;
import org.hor.indicators.evaluation.Challenge;
import org.hor.indicators.evaluation.DataQualityFinding;
import org.hor.indicators.evaluation.Evidence;
import org.jspecify.annotations.Nullable;

/**
 * The briefing's sentences of a finding's evidence: what {@link FindingsBriefing} says of a challenge
 * and of a data-quality finding, with the values, thresholds and quantities the typed evidence holds,
 * worded by {@link BriefingWords}.
 */
final class BriefingEvidence {

    private static final String REACH = "reach.organisations";

    private final BriefingWords w;

    BriefingEvidence(BriefingWords w) {
        this.w = w;
    }

    /** {@return the sentence of a challenge's numbers, from its evidence} */
    String challenge(Challenge c) {
        List<Evidence> e = c.evidence();
        String key = "finding." + c.rule().id();
        return switch (c.rule()) {
            case TARGET_MISSED -> {
                Evidence.Target t = only(e, Evidence.Target.class).get(0);
                String status = c.targetStatus() == null
                        ? ""
                        : w.texts.get("status." + c.targetStatus().name());
                yield w.texts.format(
                        t.attainment() != null ? key : key + ".noAttainment",
                        w.indicator(c.indicator()),
                        c.period().code(),
                        w.number(t.target()),
                        w.value(t.actual()),
                        t.attainmentIfAny().map(w::number).orElse(""),
                        status);
            }
            case DECLINING_REACH -> {
                List<Evidence.IndicatorValue> v = only(e, Evidence.IndicatorValue.class);
                yield w.texts.format(
                        key,
                        v.get(0).period().code(),
                        w.value(v.get(0).value()),
                        v.get(1).period().code(),
                        w.value(v.get(1).value()),
                        v.get(2).period().code(),
                        w.value(v.get(2).value()));
            }
            case LOW_NEW_REACH ->
                counted(
                        key,
                        indicatorValue(e, REACH),
                        indicatorValue(e, c.indicator()),
                        only(e, Evidence.Share.class).get(0).value(),
                        threshold(e));
            case LOW_RETENTION ->
                counted(key, indicatorValue(e, REACH), indicatorValue(e, c.indicator()), threshold(e));
            case GRANT_CONCENTRATION ->
                counted(key, indicatorValue(e, "grants.count"), indicatorValue(e, c.indicator()), threshold(e));
            case NO_LOCAL_AUTHORITY_PARTNER ->
                counted(
                        key,
                        indicatorValue(e, c.indicator()),
                        only(e, Evidence.PartValue.class).get(0).value());
            case ISOLATED_SITE ->
                counted(
                        key,
                        quantity(e, Evidence.Quantity.Kind.PROGRAMME_EXCHANGES, null),
                        indicatorValue(e, c.indicator()));
            case LOW_OUTCOME_RATE -> counted(key, indicatorValue(e, c.indicator()), threshold(e));
        };
    }

    /** Formats {@code key} (its singular form when the first value is 1) with the values. */
    private String counted(String key, Value... values) {
        return w.texts.format(
                w.plural(key, values[0]), Arrays.stream(values).map(w::value).toArray());
    }

    /** {@return the sentence of a data-quality finding's numbers, from its evidence} */
    String dataQuality(DataQualityFinding d) {
        List<Evidence> n = d.numbers();
        String key = "dq." + d.kind().name();
        Period q = d.quarter();
        Value count = quantity(n, Evidence.Quantity.Kind.DELIVERIES, q);
        return switch (d.kind()) {
            case SILENT_QUARTER ->
                w.texts.format(key, q.code(), w.value(quantity(n, Evidence.Quantity.Kind.ACTIVE_DAYS, q)));
            case JUMP ->
                w.texts.format(
                        key,
                        q.code(),
                        w.value(quantity(n, Evidence.Quantity.Kind.DELIVERIES, q.previous())),
                        w.value(count),
                        w.signed(quantity(n, Evidence.Quantity.Kind.DELIVERIES_CHANGE, q)),
                        w.value(threshold(n)));
            case BULK_DATING ->
                w.texts.format(
                        key,
                        q.code(),
                        w.value(quantity(n, Evidence.Quantity.Kind.DELIVERIES_ON_ONE_DAY, q)),
                        w.value(count),
                        w.date(d.day()),
                        w.value(quantity(n, Evidence.Quantity.Kind.DELIVERIES_ON_ONE_DAY_SHARE, q)),
                        w.value(threshold(n)));
        };
    }

    /** Returns the evidence of one type, in order. */
    private static <T extends Evidence> List<T> only(List<Evidence> evidence, Class<T> type) {
        return evidence.stream().filter(type::isInstance).map(type::cast).toList();
    }

    /** Returns the value of {@code indicator} in the evidence (the first, when several periods). */
    private static Value indicatorValue(List<Evidence> evidence, String indicator) {
        return only(evidence, Evidence.IndicatorValue.class).stream()
                .filter(v -> v.indicator().equals(indicator))
                .findFirst()
                .orElseThrow()
                .value();
    }

    /** Returns the threshold in percent that the evidence was checked against. */
    private static Value threshold(List<Evidence> evidence) {
        return Value.of(only(evidence, Evidence.Threshold.class).get(0).percent());
    }

    /** Returns the quantity of {@code kind} counted in {@code period} (any period when null). */
    private static Value quantity(List<Evidence> evidence, Evidence.Quantity.Kind kind, @Nullable Period period) {
        return only(evidence, Evidence.Quantity.class).stream()
                .filter(v -> v.kind() == kind && (period == null || v.period().equals(period)))
                .findFirst()
                .orElseThrow()
                .value();
    }
}
