package org.hor.indicators.evaluation;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The thresholds of the challenge rules (spec 03 §2); {@link #DEFAULTS} holds the spec's values.
 *
 * @param newReachMinReach          {@code LOW_NEW_REACH} is evaluable when {@code reach.organisations} (Y) ≥
 *                         this (5)
 * @param newReachShareBelow        it fires when 100 × new / reach &lt; this percentage (20)
 * @param retentionMinPreviousReach {@code LOW_RETENTION} is evaluable when {@code reach.organisations} (Y−1)
 *                                  ≥ this (5)
 * @param retentionBelow            it fires when {@code retention.share} (Y) &lt; this (30)
 * @param grantsMinCount            {@code GRANT_CONCENTRATION} is evaluable when {@code grants.count} (Y) ≥
 *                       this (4)
 * @param topRecipientShareAbove    it fires when {@code grants.top-recipient.share} (Y) &gt; this (40)
 * @param outcomeRateBelow          {@code LOW_OUTCOME_RATE} fires when {@code outcomes.organisations.share}
 *                         (Y) &lt; this (10)
 */
public record ChallengeThresholds(
        BigDecimal newReachMinReach,
        BigDecimal newReachShareBelow,
        BigDecimal retentionMinPreviousReach,
        BigDecimal retentionBelow,
        BigDecimal grantsMinCount,
        BigDecimal topRecipientShareAbove,
        BigDecimal outcomeRateBelow) {

    /** The spec's thresholds. */
    public static final ChallengeThresholds DEFAULTS = new ChallengeThresholds(
            BigDecimal.valueOf(5),
            BigDecimal.valueOf(20),
            BigDecimal.valueOf(5),
            BigDecimal.valueOf(30),
            BigDecimal.valueOf(4),
            BigDecimal.valueOf(40),
            BigDecimal.valueOf(10));

    /**
     * @throws NullPointerException if a threshold is null
     *
     * @param newReachMinReach {@code LOW_NEW_REACH} is evaluable when {@code reach.organisations} (Y) ≥ this
     *                         (5)
     * @param newReachShareBelow it fires when 100 × new / reach &lt; this percentage (20)
     * @param retentionMinPreviousReach {@code LOW_RETENTION} is evaluable when {@code reach.organisations}
     *                                  (Y−1) ≥ this (5)
     * @param retentionBelow it fires when {@code retention.share} (Y) &lt; this (30)
     * @param grantsMinCount {@code GRANT_CONCENTRATION} is evaluable when {@code grants.count} (Y) ≥ this (4)
     * @param topRecipientShareAbove it fires when {@code grants.top-recipient.share} (Y) &gt; this (40)
     * @param outcomeRateBelow {@code LOW_OUTCOME_RATE} fires when {@code outcomes.organisations.share} (Y)
     *                         &lt; this (10)
     */
    public ChallengeThresholds {
        Objects.requireNonNull(newReachMinReach, "newReachMinReach");
        Objects.requireNonNull(newReachShareBelow, "newReachShareBelow");
        Objects.requireNonNull(retentionMinPreviousReach, "retentionMinPreviousReach");
        Objects.requireNonNull(retentionBelow, "retentionBelow");
        Objects.requireNonNull(grantsMinCount, "grantsMinCount");
        Objects.requireNonNull(topRecipientShareAbove, "topRecipientShareAbove");
        Objects.requireNonNull(outcomeRateBelow, "outcomeRateBelow");
    }
}
