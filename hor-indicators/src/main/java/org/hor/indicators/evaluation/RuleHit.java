package org.hor.indicators.evaluation;

import java.util.List;
import java.util.Objects;
import org.hor.core.model.Period;
import org.hor.indicators.TargetStatus;

/**
 * One firing of a rule: the raw material of a {@link Challenge}.
 *
 * @param indicator    the linked indicator
 * @param period       the period it is about (Y, or the missed target's period)
 * @param evidence     the values that made it fire
 * @param targetStatus the missed target's status for {@link Rule#TARGET_MISSED}, else {@code null}
 */
record RuleHit(String indicator, Period period, List<Evidence> evidence, TargetStatus targetStatus) {

    /** Copies {@code evidence}. @throws NullPointerException if indicator or period is null */
    public RuleHit {
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(period, "period");
        evidence = List.copyOf(evidence);
    }
}
