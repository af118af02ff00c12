package org.hor.examples;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Set;
import org.hor.core.model.Delivery;
import org.hor.core.model.Measurement;
import org.hor.core.model.Offer;
import org.hor.core.model.OfferType;
import org.hor.core.model.Period;
import org.hor.core.model.Site;
import org.hor.core.spi.Accrual;
import org.hor.core.spi.EvaluationContext;
import org.hor.core.spi.Indicator;
import org.hor.core.spi.IndicatorDefinition;
import org.hor.core.spi.Level;
import org.hor.core.spi.NumberStyle;
import org.hor.core.spi.Reason;
import org.hor.core.spi.Result;
import org.hor.core.spi.Scope;
import org.hor.core.spi.Value;

/**
 * {@code example.rooms.utilisation.share}: 100 × the room hours booked (the sum of {@code hours} of
 * the {@code ROOM} deliveries in D(S,p); a missing {@code hours} counts as 0) over the hours
 * available (the sum of the measurements {@value #METRIC} of the scope's sites dated in p, recorded
 * per month). {@link Reason#NO_DATA} when the scope has no such measurement in p,
 * {@link Reason#NO_DENOMINATOR} when they add up to 0. Computed with {@link Value#share}.
 */
public final class RoomUtilisationShare implements Indicator {

    /** The measurement of available room hours. */
    public static final String METRIC = "rooms.available-hours";

    /** The definition. */
    public static final IndicatorDefinition DEFINITION = IndicatorDefinition.builder("example.rooms.utilisation.share")
            .label("Auslastung der Räume", "Room utilisation")
            .definition(
                    "Anteil der gebuchten Raumstunden an den verfügbaren Raumstunden im Zeitraum.",
                    "Share of the available room hours that were booked in the period.")
            .unit("percent")
            .level(Level.OUTPUT)
            .accrual(Accrual.LEVEL)
            .numberStyle(NumberStyle.DECIMAL)
            .build();

    /** Creates the indicator. */
    public RoomUtilisationShare() {}

    @Override
    public IndicatorDefinition definition() {
        return DEFINITION;
    }

    @Override
    public Result compute(EvaluationContext ctx, Scope scope, Period period) {
        Set<String> siteIds = new HashSet<>();
        for (Site site : ctx.sites(scope)) {
            siteIds.add(site.id());
        }
        Set<String> roomOffers = new HashSet<>();
        for (Offer offer : ctx.dataset().offers()) {
            if (offer.type() == OfferType.ROOM && siteIds.contains(offer.siteId())) {
                roomOffers.add(offer.id());
            }
        }
        BigDecimal booked = BigDecimal.ZERO;
        BigDecimal available = BigDecimal.ZERO;
        boolean measured = false;
        for (Site site : ctx.sites(scope)) {
            for (Delivery d : ctx.deliveries(site.id(), period.first(), period.last())) {
                if (roomOffers.contains(d.offerId()) && d.hours() != null) {
                    booked = booked.add(d.hours());
                }
            }
            for (Measurement m : ctx.measurements(site.id(), period.first(), period.last())) {
                if (m.metric().equals(METRIC)) {
                    measured = true;
                    available = available.add(m.value());
                }
            }
        }
        if (!measured) {
            return Result.of(Value.undefined(Reason.NO_DATA));
        }
        // 100 × booked / available, NO_DENOMINATOR when nothing was available (the host rounds to 6 digits)
        return Result.of(Value.share(booked, available));
    }
}
