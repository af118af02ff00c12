package org.hor.indicators.internal;

import java.math.BigDecimal;
import org.hor.core.model.OfferType;

/**
 * The aggregates of one pass over the deliveries D(S,p) of a scope and period: everything the
 * delivery-based standard indicators read. The kernels compute every field once per pass (or merge
 * them from the passes of the quarters or sites); the standard indicators only read them. Not to be
 * changed after the kernels hand it out.
 */
public final class Pass {
    int[] orgs;
    /** The offer types (a bit per {@link OfferType} ordinal) each organisation of {@link #orgs} used. */
    int[] orgMask;
    /** The grant cents each organisation of {@link #orgs} received; null when all are 0. */
    long[] orgCents;

    final long[] orgsByType = new long[4];
    long migrantLed;
    long newOrgs;
    final long[] newByType = new long[4];
    long deliveries;
    final long[] byOfferType = new long[OfferType.values().length];
    /**
     * Whether the three sums fit a long each, in {@link #consultingMicros}, {@link #roomMicros} and
     * {@link #grantCents} (so a merge adds longs); else they are only in the decimals.
     */
    boolean sumsFit;

    long consultingMicros;
    long roomMicros;
    long grantCents;
    private BigDecimal consultingHours;
    private BigDecimal roomHours;
    long trainingParticipants;
    long eventParticipants;
    long events;
    long grants;
    private BigDecimal grantAmount;
    long firstTimeGrants;
    BigDecimal topRecipient;
    long multiUse;

    /** Sets the sums of the consulting and room hours (in millionths) and of the grants (in cents). */
    void setSums(long consultingMicros, long roomMicros, long grantCents) {
        this.sumsFit = true;
        this.consultingMicros = consultingMicros;
        this.roomMicros = roomMicros;
        this.grantCents = grantCents;
        this.consultingHours = BigDecimal.valueOf(consultingMicros, 6);
        this.roomHours = BigDecimal.valueOf(roomMicros, 6);
        this.grantAmount = BigDecimal.valueOf(grantCents, 2);
    }

    /** Sets the sums as decimals (scale 6, 6 and 2), when one does not fit a long. */
    void setSums(BigDecimal consultingHours, BigDecimal roomHours, BigDecimal grantAmount) {
        this.sumsFit = false;
        this.consultingHours = consultingHours;
        this.roomHours = roomHours;
        this.grantAmount = grantAmount;
    }

    /** Returns the organisations of D(S,p), ascending by number. */
    public int[] orgs() {
        return orgs;
    }

    /** Returns |Orgs(S,p)| by organisation type (in the breakdown's order). */
    public long[] orgsByType() {
        return orgsByType;
    }

    /** Returns the number of migrant-led organisations of Orgs(S,p). */
    public long migrantLed() {
        return migrantLed;
    }

    /** Returns the number of organisations of Orgs(S,p) whose earliest delivery in S lies in p. */
    public long newOrgs() {
        return newOrgs;
    }

    /** Returns {@link #newOrgs()} by organisation type. */
    public long[] newByType() {
        return newByType;
    }

    /** Returns |D(S,p)|. */
    public long deliveries() {
        return deliveries;
    }

    /** Returns the deliveries by offer type (ordinal). */
    public long[] byOfferType() {
        return byOfferType;
    }

    /** Returns the number of deliveries of {@code type}. */
    public long deliveries(OfferType type) {
        return byOfferType[type.ordinal()];
    }

    /** Returns the sum of the hours of the consulting deliveries (scale 6). */
    public BigDecimal consultingHours() {
        return consultingHours;
    }

    /** Returns the sum of the hours of the room deliveries (scale 6). */
    public BigDecimal roomHours() {
        return roomHours;
    }

    /** Returns the sum of the participants of the training deliveries. */
    public long trainingParticipants() {
        return trainingParticipants;
    }

    /** Returns the sum of the participants of the networking-event deliveries. */
    public long eventParticipants() {
        return eventParticipants;
    }

    /** Returns the distinct (offer, date) pairs of the networking-event deliveries. */
    public long events() {
        return events;
    }

    /** Returns the number of micro-grant deliveries. */
    public long grants() {
        return grants;
    }

    /** Returns the sum of the grants' amounts (scale 2). */
    public BigDecimal grantAmount() {
        return grantAmount;
    }

    /** Returns the number of first-time grants. */
    public long firstTimeGrants() {
        return firstTimeGrants;
    }

    /** Returns the largest sum of amounts one organisation received (scale 2). */
    public BigDecimal topRecipient() {
        return topRecipient;
    }

    /** Returns the number of organisations whose deliveries span at least two offer types. */
    public long multiUse() {
        return multiUse;
    }
}
