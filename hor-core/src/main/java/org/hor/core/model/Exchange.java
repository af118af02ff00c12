package org.hor.core.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.hor.core.validation.constraints.DistinctSiteIds;
import org.hor.core.validation.constraints.HorId;
import org.hor.core.validation.constraints.HorText;
import org.hor.core.validation.constraints.HostAmongSites;
import org.hor.core.validation.constraints.Required;
import org.jspecify.annotations.Nullable;

/**
 * A cross-site exchange: network meeting, peer visit, joint workshop (spec 01).
 *
 * @param id         the exchange's id
 * @param date       the day it took place
 * @param format     its format
 * @param hostSiteId the hosting site (one of {@code siteIds}), or {@code null}
 * @param siteIds    the participating sites (never {@code null}; unmodifiable)
 * @param topic      its topic
 */
@HostAmongSites
public record Exchange(
        @Required @HorId String id,
        @Required LocalDate date,
        @Required ExchangeFormat format,
        @HorId @Nullable String hostSiteId,
        @DistinctSiteIds List<@Required @HorId String> siteIds,
        @Required @HorText String topic) {

    /**
     * Copies {@code siteIds} into an unmodifiable list.
     *
     * @param id the exchange's id
     * @param date the day it took place
     * @param format its format
     * @param hostSiteId the hosting site (one of {@code siteIds}), or {@code null}
     * @param siteIds the participating sites (never {@code null}; unmodifiable)
     * @param topic its topic
     */
    public Exchange {
        siteIds = siteIds == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(siteIds));
    }
}
