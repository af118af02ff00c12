package org.hor.indicators.evaluation;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.hor.core.model.PeriodType;
import org.jspecify.annotations.Nullable;

/**
 * What the formative evaluation is asked for, with every threshold of spec 03 as a parameter.
 * {@link #defaults()} gives the spec's defaults; the {@code with…} methods return changed copies.
 *
 * @param year                   the evaluation year Y, or {@code null} for the latest complete calendar year
 * @param challengeThresholds    the thresholds of the challenge rules
 * @param maxPeers               the number of peer sites per challenge (2)
 * @param supportNeedPercent     a rule is a programme-wide need when it fired at ≥ this percentage of
 *                               the sites at which it was evaluable (50) …
 * @param supportNeedMinSites    … and at least at this many sites (2)
 * @param approachMarginPercent  a strength or weakness differs from the overall median by more than
 *                               this percentage of it (20)
 * @param approachMinSites       … in a group with at least this many defined values (3)
 * @param transferMinSites       a recommended target uses the carrier type's median when it has at
 *                               least this many defined values (3)
 * @param keyIndicators          the key indicators of the comparison and the transfer, in order
 * @param developmentPeriodTypes the period types of the development series (years and quarters)
 * @param developmentIndicators  the indicators of the development series; empty for all of the source's
 * @param dataQuality            the thresholds of the data-quality findings
 */
public record AssessmentOptions(
        @Nullable Integer year,
        ChallengeThresholds challengeThresholds,
        int maxPeers,
        BigDecimal supportNeedPercent,
        int supportNeedMinSites,
        BigDecimal approachMarginPercent,
        int approachMinSites,
        int transferMinSites,
        List<String> keyIndicators,
        List<PeriodType> developmentPeriodTypes,
        List<String> developmentIndicators,
        DataQualityThresholds dataQuality) {

    /** The key indicators of spec 03 §5. */
    public static final List<String> KEY_INDICATORS = List.of(
            "reach.organisations",
            "reach.organisations.new",
            "retention.share",
            "offers.multi-use.share",
            "grants.amount",
            "cooperations.active",
            "outcomes.organisations.share");

    /**
     * Checks and copies the components.
     *
     * @param year the evaluation year Y, or {@code null} for the latest complete calendar year
     * @param challengeThresholds the thresholds of the challenge rules
     * @param maxPeers the number of peer sites per challenge (2)
     * @param supportNeedPercent a rule is a programme-wide need when it fired at ≥ this percentage of the
     *                           sites at which it was evaluable (50) …
     * @param supportNeedMinSites … and at least at this many sites (2)
     * @param approachMarginPercent a strength or weakness differs from the overall median by more than this
     *                              percentage of it (20)
     * @param approachMinSites … in a group with at least this many defined values (3)
     * @param transferMinSites a recommended target uses the carrier type's median when it has at least this
     *                         many defined values (3)
     * @param keyIndicators the key indicators of the comparison and the transfer, in order
     * @param developmentPeriodTypes the period types of the development series (years and quarters)
     * @param developmentIndicators the indicators of the development series; empty for all of the source's
     * @param dataQuality the thresholds of the data-quality findings
     * @throws NullPointerException     if a component other than {@code year} is null
     * @throws IllegalArgumentException if {@code maxPeers} is negative
     */
    public AssessmentOptions {
        Objects.requireNonNull(challengeThresholds, "challengeThresholds");
        Objects.requireNonNull(supportNeedPercent, "supportNeedPercent");
        Objects.requireNonNull(approachMarginPercent, "approachMarginPercent");
        Objects.requireNonNull(dataQuality, "dataQuality");
        if (maxPeers < 0) {
            throw new IllegalArgumentException("maxPeers must not be negative: " + maxPeers);
        }
        keyIndicators = List.copyOf(keyIndicators);
        developmentPeriodTypes = List.copyOf(developmentPeriodTypes);
        developmentIndicators = List.copyOf(developmentIndicators);
    }

    /** {@return the spec's defaults: the latest complete year, years and quarters, all indicators} */
    public static AssessmentOptions defaults() {
        return new AssessmentOptions(
                null,
                ChallengeThresholds.DEFAULTS,
                2,
                BigDecimal.valueOf(50),
                2,
                BigDecimal.valueOf(20),
                3,
                3,
                KEY_INDICATORS,
                List.of(PeriodType.YEAR, PeriodType.QUARTER),
                List.of(),
                DataQualityThresholds.DEFAULTS);
    }

    /** {@return the evaluation year, when one is named} */
    public Optional<Integer> yearIfNamed() {
        return Optional.ofNullable(year);
    }

    /**
     * {@return a copy that evaluates the calendar year {@code year}}
     *
     * @param year the evaluation year Y, or {@code null} for the latest complete calendar year
     */
    public AssessmentOptions withYear(int year) {
        return new AssessmentOptions(
                year,
                challengeThresholds,
                maxPeers,
                supportNeedPercent,
                supportNeedMinSites,
                approachMarginPercent,
                approachMinSites,
                transferMinSites,
                keyIndicators,
                developmentPeriodTypes,
                developmentIndicators,
                dataQuality);
    }

    AssessmentOptions withYearUnset() {
        return new AssessmentOptions(
                null,
                challengeThresholds,
                maxPeers,
                supportNeedPercent,
                supportNeedMinSites,
                approachMarginPercent,
                approachMinSites,
                transferMinSites,
                keyIndicators,
                developmentPeriodTypes,
                developmentIndicators,
                dataQuality);
    }

    /**
     * {@return a copy with other challenge thresholds}
     *
     * @param thresholds the thresholds
     */
    public AssessmentOptions withChallengeThresholds(ChallengeThresholds thresholds) {
        return new AssessmentOptions(
                year,
                thresholds,
                maxPeers,
                supportNeedPercent,
                supportNeedMinSites,
                approachMarginPercent,
                approachMinSites,
                transferMinSites,
                keyIndicators,
                developmentPeriodTypes,
                developmentIndicators,
                dataQuality);
    }

    /**
     * {@return a copy whose development series cover only {@code indicators} ({@code List.of()} for all)}
     *
     * @param indicators the indicator ids of the development series; {@code List.of()} for all
     */
    public AssessmentOptions withDevelopmentIndicators(List<String> indicators) {
        return new AssessmentOptions(
                year,
                challengeThresholds,
                maxPeers,
                supportNeedPercent,
                supportNeedMinSites,
                approachMarginPercent,
                approachMinSites,
                transferMinSites,
                keyIndicators,
                developmentPeriodTypes,
                indicators,
                dataQuality);
    }

    /**
     * {@return a copy with other data-quality thresholds}
     *
     * @param thresholds the thresholds
     */
    public AssessmentOptions withDataQuality(DataQualityThresholds thresholds) {
        return new AssessmentOptions(
                year,
                challengeThresholds,
                maxPeers,
                supportNeedPercent,
                supportNeedMinSites,
                approachMarginPercent,
                approachMinSites,
                transferMinSites,
                keyIndicators,
                developmentPeriodTypes,
                developmentIndicators,
                thresholds);
    }
}
