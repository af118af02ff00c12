package org.hor.core.model;

/**
 * The type of an offer in a site's service catalogue (spec 01); declaration order is the order the
 * spec lists. Each type belongs to exactly one {@link Pillar}.
 */
public enum OfferType {
    CONSULTING(Pillar.EMPOWERMENT),
    TRAINING(Pillar.EMPOWERMENT),
    ROOM(Pillar.INFRASTRUCTURE),
    EQUIPMENT(Pillar.INFRASTRUCTURE),
    MICRO_GRANT(Pillar.MICRO_GRANTS),
    NETWORKING_EVENT(Pillar.NETWORKING),
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
