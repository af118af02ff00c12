package org.hor.core.model;

import java.time.LocalDate;

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
public record Cooperation(String id, String siteId, String partner, PartnerType partnerType,
        LocalDate start, LocalDate end, Boolean formal) {

    /** Returns whether a written agreement exists ({@code false} when {@code formal} is absent). */
    public boolean isFormal() {
        return Boolean.TRUE.equals(formal);
    }
}
