package org.hor.core.model;

/**
 * The type of an offer in a site's service catalogue (spec 01); declaration order is the order the
 * spec lists. Each type belongs to exactly one {@link Pillar}.
 */
public enum OfferType {
    /** Consulting. */
    CONSULTING(Pillar.EMPOWERMENT),
    /** Training. */
    TRAINING(Pillar.EMPOWERMENT),
    /** Rooms lent. */
    ROOM(Pillar.INFRASTRUCTURE),
    /** Equipment lent. */
    EQUIPMENT(Pillar.INFRASTRUCTURE),
    /** A micro-grant. */
    MICRO_GRANT(Pillar.MICRO_GRANTS),
    /** A networking event. */
    NETWORKING_EVENT(Pillar.NETWORKING),
    /** Another offer. */
    OTHER(Pillar.OTHER);

    private final Pillar pillar;

    OfferType(Pillar pillar) {
        this.pillar = pillar;
    }

    /** {@return the programme pillar this offer type belongs to} */
    public Pillar pillar() {
        return pillar;
    }
}
