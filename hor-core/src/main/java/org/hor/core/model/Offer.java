package org.hor.core.model;

/**
 * An entry of a site's service catalogue (spec 01).
 *
 * @param id     the offer's id
 * @param siteId the site that offers it
 * @param type   its type, which determines its {@link Pillar}
 * @param title  its title
 */
public record Offer(String id, String siteId, OfferType type, String title) {
}
