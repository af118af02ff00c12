package org.hor.core.model;

import java.time.LocalDate;
import org.hor.core.validation.constraints.ChallengeRuleId;
import org.hor.core.validation.constraints.HorId;
import org.hor.core.validation.constraints.HorText;
import org.hor.core.validation.constraints.MeasureId;
import org.hor.core.validation.constraints.Required;
import org.jspecify.annotations.Nullable;

/**
 * Support that the evaluation team gave a site (spec 01, spec 03 §3).
 *
 * @param id      the action's id
 * @param siteId  the site supported
 * @param date    the day of the support
 * @param measure a measure id of the support catalogue (spec 03)
 * @param rule    the challenge rule id it answers, or {@code null}
 * @param note    a note, or {@code null}
 */
public record SupportAction(
        @Required @HorId String id,
        @Required @HorId String siteId,
        @Required LocalDate date,
        @Required @MeasureId String measure,
        @ChallengeRuleId @Nullable String rule,
        @HorText @Nullable String note) {}
