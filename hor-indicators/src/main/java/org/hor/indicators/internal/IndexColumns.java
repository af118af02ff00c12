package org.hor.indicators.internal;

import java.time.LocalDate;
import org.hor.core.model.Dataset;

/**
 * Read access to the columns of a {@link DatasetIndex} for evaluators outside this package (the
 * indicator files' evaluator): element accessors rather than the arrays, so the index may change its
 * memory layout behind them. Positions are index positions (deliveries sorted by site, then date);
 * days are epoch days. Immutable; as thread-safe as the index.
 */
public final class IndexColumns {
    private final DatasetIndex ix;

    /** Creates the accessors over {@code index}. */
    public IndexColumns(DatasetIndex index) {
        this.ix = index;
    }

    /** Returns the index. */
    public DatasetIndex index() {
        return ix;
    }

    /** Returns the dataset. */
    public Dataset dataset() {
        return ix.dataset;
    }

    /** Returns {@code date} as an epoch day. */
    public static int day(LocalDate date) {
        return DatasetIndex.day(date);
    }

    /** Returns {@code asOf} as an epoch day. */
    public int asOf() {
        return ix.asOf;
    }

    /** Returns the number of organisations (numbered in id order). */
    public int organisationCount() {
        return ix.orgIds.length;
    }

    /** Returns the id of organisation {@code o}. */
    public String organisationId(int o) {
        return ix.orgIds[o];
    }

    /** Returns the number of offers (numbered in dataset order). */
    public int offerCount() {
        return ix.offerType.length;
    }

    /** Returns the number of offer {@code id}, or -1. */
    public int offerNumber(String id) {
        Integer f = ix.offerIndex.get(id);
        return f == null ? -1 : f;
    }

    /** Returns the offer type ordinal of offer {@code f}. */
    public int offerType(int f) {
        return ix.offerType[f];
    }

    // ---------------------------------------------------------------- deliveries

    /** Returns the first delivery position of site {@code s} dated on or after {@code day}. */
    public int deliveryFrom(int s, int day) {
        return DatasetIndex.lowerBound(ix.dDay, ix.siteDeliveryStart[s], ix.siteDeliveryStart[s + 1], day);
    }

    /** Returns the end (exclusive) of site {@code s}'s deliveries dated up to {@code day}, from {@code from} on. */
    public int deliveryTo(int s, int from, int day) {
        return Math.max(from, DatasetIndex.lowerBound(ix.dDay, from, ix.siteDeliveryStart[s + 1], day + 1));
    }

    /** Returns the organisation of delivery position {@code i}. */
    public int deliveryOrganisation(int i) {
        return ix.dOrg[i];
    }

    /** Returns the offer of delivery position {@code i}. */
    public int deliveryOffer(int i) {
        return ix.dOffer[i];
    }

    /** Returns whether delivery position {@code i} is a micro-grant. */
    public boolean deliveryIsGrant(int i) {
        return ix.offerType[ix.dOffer[i]] == DatasetIndex.GRANT;
    }

    /** Returns a grant's amount in cents; 0 for any other delivery. */
    public long deliveryCents(int i) {
        return deliveryIsGrant(i) ? ix.dQuantity.get(i) : 0;
    }

    /** Returns a delivery's hours in millionths, 0 when absent; undefined for a grant (ask its record). */
    public long deliveryMicroHours(int i) {
        return ix.dQuantity.get(i);
    }

    /** Returns a delivery's participants, 0 when absent; undefined for a grant (ask its record). */
    public int deliveryParticipants(int i) {
        return ix.dAux[i];
    }

    /** Returns the dataset position of delivery position {@code i}. */
    public int deliveryRecord(int i) {
        return ix.dRecord[i];
    }

    // ---------------------------------------------------------------- outcomes

    /** Returns the first outcome position of site {@code s} dated on or after {@code day}. */
    public int outcomeFrom(int s, int day) {
        return DatasetIndex.lowerBound(ix.oDay, ix.siteOutcomeStart[s], ix.siteOutcomeStart[s + 1], day);
    }

    /** Returns the end (exclusive) of site {@code s}'s outcomes dated up to {@code day}, from {@code from} on. */
    public int outcomeTo(int s, int from, int day) {
        return Math.max(from, DatasetIndex.lowerBound(ix.oDay, from, ix.siteOutcomeStart[s + 1], day + 1));
    }

    /** Returns the organisation of outcome position {@code i}. */
    public int outcomeOrganisation(int i) {
        return ix.oOrg[i];
    }

    /** Returns the outcome type ordinal of outcome position {@code i}. */
    public int outcomeType(int i) {
        return ix.oType[i];
    }

    /** Returns the dataset position of outcome position {@code i}. */
    public int outcomeRecord(int i) {
        return ix.oRecord[i];
    }

    // ---------------------------------------------------------------- cooperations

    /** Returns the first cooperation position of site {@code s}. */
    public int cooperationFrom(int s) {
        return ix.siteCooperationStart[s];
    }

    /** Returns the end (exclusive) of site {@code s}'s cooperation positions. */
    public int cooperationTo(int s) {
        return ix.siteCooperationStart[s + 1];
    }

    /** Returns whether cooperation position {@code i} is active on {@code day} (start ≤ day ≤ effective end). */
    public boolean cooperationActive(int i, int day) {
        return ix.cStart[i] <= day && ix.cEffectiveEnd[i] >= day;
    }

    /** Returns the partner type ordinal of cooperation position {@code i}. */
    public int cooperationPartnerType(int i) {
        return ix.cType[i];
    }

    /** Returns whether cooperation position {@code i} is formal. */
    public boolean cooperationFormal(int i) {
        return ix.cFormal[i];
    }

    /** Returns the dataset position of cooperation position {@code i}. */
    public int cooperationRecord(int i) {
        return ix.cRecord[i];
    }

    // ---------------------------------------------------------------- measurements

    /** Returns the first measurement position of site {@code s} dated on or after {@code day}. */
    public int measurementFrom(int s, int day) {
        return DatasetIndex.lowerBound(ix.mDay, ix.siteMeasurementStart[s], ix.siteMeasurementStart[s + 1], day);
    }

    /** Returns the end (exclusive) of site {@code s}'s measurements dated up to {@code day}, from {@code from} on. */
    public int measurementTo(int s, int from, int day) {
        return Math.max(from, DatasetIndex.lowerBound(ix.mDay, from, ix.siteMeasurementStart[s + 1], day + 1));
    }

    /** Returns the dataset position of measurement position {@code i}. */
    public int measurementRecord(int i) {
        return ix.mRecord[i];
    }
}
