package org.hor.core.model;

import java.time.LocalDate;
import org.hor.core.validation.constraints.HorId;
import org.hor.core.validation.constraints.HorText;
import org.hor.core.validation.constraints.Required;
import org.jspecify.annotations.Nullable;

/**
 * An observed change at an organisation that a site's support contributed to (spec 01).
 *
 * @param id             the outcome's id
 * @param siteId         the site whose support contributed
 * @param organisationId the organisation that changed
 * @param date           when it was observed
 * @param type           what changed
 * @param note           a note, or {@code null}
 */
public record Outcome(
        @Required @HorId String id,
        @Required @HorId String siteId,
        @Required @HorId String organisationId,
        @Required LocalDate date,
        @Required OutcomeType type,
        @HorText @Nullable String note) {}
