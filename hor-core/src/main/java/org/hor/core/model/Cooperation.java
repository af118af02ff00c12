package org.hor.core.model;

import java.time.LocalDate;
import org.hor.core.validation.constraints.HorId;
import org.hor.core.validation.constraints.HorText;
import org.hor.core.validation.constraints.Required;
import org.jspecify.annotations.Nullable;

/**
 * A site's working relationship with an institution (spec 01). It counts as ended, at the latest,
 * when its site ends.
 *
 * @param id          the cooperation's id
 * @param siteId      the site
 * @param partner     the partner institution's name
 * @param partnerType the kind of partner
 * @param start       its first day
 * @param end         its last day, or {@code null}
 * @param formal      whether a written agreement exists
 */
public record Cooperation(
        @Required @HorId String id,
        @Required @HorId String siteId,
        @Required @HorText String partner,
        @Required PartnerType partnerType,
        @Required LocalDate start,
        @Nullable LocalDate end,
        @Required Boolean formal) {

    /** {@return whether a written agreement exists ({@code false} when {@code formal} is absent)} */
    public boolean isFormal() {
        return Boolean.TRUE.equals(formal);
    }
}
