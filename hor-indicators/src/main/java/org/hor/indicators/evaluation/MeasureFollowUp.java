package org.hor.indicators.evaluation;

import java.util.Objects;
import org.hor.core.spi.Value;

/**
 * Which support works: the follow-ups whose actions used one measure (spec 03 §3).
 *
 * @param measure       the measure id
 * @param followUps     the number of follow-ups whose actions used it, every state counted
 * @param resolved      how many of them are {@code RESOLVED}
 * @param persists      how many {@code PERSISTS}
 * @param open          how many {@code OPEN}
 * @param resolvedShare 100 × resolved / (resolved + persists); undefined ({@code NO_DENOMINATOR}) when that
 *                      is 0
 */
public record MeasureFollowUp(
        String measure, int followUps, int resolved, int persists, int open, Value resolvedShare) {

    /**
     * @throws NullPointerException if measure or resolvedShare is null
     *
     * @param measure the measure id
     * @param followUps the number of follow-ups whose actions used it, every state counted
     * @param resolved how many of them are {@code RESOLVED}
     * @param persists how many {@code PERSISTS}
     * @param open how many {@code OPEN}
     * @param resolvedShare 100 × resolved / (resolved + persists); undefined ({@code NO_DENOMINATOR}) when
     *                      that is 0
     */
    public MeasureFollowUp {
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(resolvedShare, "resolvedShare");
    }
}
