package org.hor.core.model;

import org.hor.core.validation.constraints.HorId;
import org.hor.core.validation.constraints.HorText;
import org.hor.core.validation.constraints.Required;

/**
 * An entry of a site's service catalogue (spec 01).
 *
 * @param id     the offer's id
 * @param siteId the site that offers it
 * @param type   its type, which determines its {@link Pillar}
 * @param title  its title
 */
public record Offer(
        @Required @HorId String id,
        @Required @HorId String siteId,
        @Required OfferType type,
        @Required @HorText String title) {}
