package org.hor.indicators.evaluation;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.hor.core.model.Period;
import org.hor.indicators.TargetStatus;
import org.jspecify.annotations.Nullable;

/**
 * A site-specific challenge (spec 03 §2) with the support it suggests (§3).
 *
 * @param siteId       the site
 * @param rule         the rule that fired
 * @param year         the evaluation year Y
 * @param indicator    the linked indicator
 * @param period       the period it is about: Y, or the missed target's period
 * @param evidence     the values that made it fire
 * @param targetStatus for {@link Rule#TARGET_MISSED}, the target's status; else {@code null}
 * @param measures     the support measures that answer the rule, in catalogue order
 * @param peers        up to two peer sites, best first
 */
public record Challenge(
        String siteId,
        Rule rule,
        Period year,
        String indicator,
        Period period,
        List<Evidence> evidence,
        @Nullable TargetStatus targetStatus,
        List<SupportMeasure> measures,
        List<Peer> peers) {

    /**
     * Copies the lists. @throws NullPointerException if an id, the rule or a period is null
     *
     * @param siteId the site
     * @param rule the rule that fired
     * @param year the evaluation year Y
     * @param indicator the linked indicator
     * @param period the period it is about: Y, or the missed target's period
     * @param evidence the values that made it fire
     * @param targetStatus for {@link Rule#TARGET_MISSED}, the target's status; else {@code null}
     * @param measures the support measures that answer the rule, in catalogue order
     * @param peers up to two peer sites, best first
     */
    public Challenge {
        Objects.requireNonNull(siteId, "siteId");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(year, "year");
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(period, "period");
        evidence = List.copyOf(evidence);
        measures = List.copyOf(measures);
        peers = List.copyOf(peers);
    }

    /** {@return the target's status for {@link Rule#TARGET_MISSED}} */
    public Optional<TargetStatus> targetStatusIfAny() {
        return Optional.ofNullable(targetStatus);
    }
}
