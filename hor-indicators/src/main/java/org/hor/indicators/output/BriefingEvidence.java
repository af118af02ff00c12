package org.hor.indicators.output;

import java.util.List;
import org.hor.core.model.Period;
import org.hor.core.spi.Value;
import org.hor.indicators.evaluation.Evidence;
import org.jspecify.annotations.Nullable;

/**
 * The briefing's look-ups in a finding's evidence: the values, thresholds and quantities that
 * {@link FindingsBriefing} puts into its sentences.
 */
final class BriefingEvidence {

    private BriefingEvidence() {}

    /** Returns the evidence of one type, in order. */
    static <T extends Evidence> List<T> only(List<Evidence> evidence, Class<T> type) {
        return evidence.stream().filter(type::isInstance).map(type::cast).toList();
    }

    /** Returns the value of {@code indicator} in the evidence (the first, when several periods). */
    static Value indicatorValue(List<Evidence> evidence, String indicator) {
        return only(evidence, Evidence.IndicatorValue.class).stream()
                .filter(v -> v.indicator().equals(indicator))
                .findFirst()
                .orElseThrow()
                .value();
    }

    /** Returns the threshold in percent that the evidence was checked against. */
    static Value threshold(List<Evidence> evidence) {
        return Value.of(only(evidence, Evidence.Threshold.class).get(0).percent());
    }

    /** Returns the quantity of {@code kind} counted in {@code period} (any period when null). */
    static Value quantity(List<Evidence> evidence, Evidence.Quantity.Kind kind, @Nullable Period period) {
        return only(evidence, Evidence.Quantity.class).stream()
                .filter(v -> v.kind() == kind && (period == null || v.period().equals(period)))
                .findFirst()
                .orElseThrow()
                .value();
    }
}
