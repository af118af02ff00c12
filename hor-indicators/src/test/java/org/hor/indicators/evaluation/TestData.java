package org.hor.indicators.evaluation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hor.core.model.CarrierType;
import org.hor.core.model.Coverage;
import org.hor.core.model.Dataset;
import org.hor.core.model.Delivery;
import org.hor.core.model.Exchange;
import org.hor.core.model.ExchangeFormat;
import org.hor.core.model.Offer;
import org.hor.core.model.OfferType;
import org.hor.core.model.Programme;
import org.hor.core.model.Site;
import org.hor.core.model.SupportAction;

/** A small builder of datasets for tests. */
final class TestData {

    final LocalDate asOf;
    final List<Site> sites = new ArrayList<>();
    final List<Offer> offers = new ArrayList<>();
    final List<Delivery> deliveries = new ArrayList<>();
    final List<Exchange> exchanges = new ArrayList<>();
    final List<SupportAction> actions = new ArrayList<>();

    TestData(String asOf) {
        this.asOf = LocalDate.parse(asOf);
    }

    static Site newSite(String id, CarrierType type, Coverage coverage, String start, String end) {
        return new Site(
                id,
                "House " + id,
                "Dresden",
                "DE-SN",
                "Carrier e.V.",
                type,
                coverage,
                LocalDate.parse(start),
                end == null ? null : LocalDate.parse(end));
    }

    TestData site(String id, String start) {
        return add(id, CarrierType.MIGRANT_UMBRELLA, Coverage.CITY, start, null);
    }

    TestData add(String id, CarrierType type, Coverage coverage, String start, String end) {
        sites.add(newSite(id, type, coverage, start, end));
        return this;
    }

    /** Adds {@code count} deliveries of the site's one consulting offer on {@code date}. */
    TestData deliveries(String siteId, String date, int count) {
        String offer = "F-" + siteId;
        if (offers.stream().noneMatch(o -> o.id().equals(offer))) {
            offers.add(new Offer(offer, siteId, OfferType.CONSULTING, "Beratung"));
        }
        for (int i = 0; i < count; i++) {
            deliveries.add(new Delivery(
                    "D-" + deliveries.size(), offer, "O-1", LocalDate.parse(date), BigDecimal.ONE, null, null));
        }
        return this;
    }

    TestData exchange(String date, String... siteIds) {
        exchanges.add(new Exchange(
                "X-" + exchanges.size(),
                LocalDate.parse(date),
                ExchangeFormat.NETWORK_MEETING,
                null,
                List.of(siteIds),
                "Treffen"));
        return this;
    }

    TestData action(String id, String siteId, String date, String measure, String rule) {
        actions.add(new SupportAction(id, siteId, LocalDate.parse(date), measure, rule, null));
        return this;
    }

    Dataset build() {
        return new Dataset(
                "1",
                asOf,
                new Programme("hor", "House of Resources", null),
                sites,
                List.of(),
                offers,
                deliveries,
                List.of(),
                List.of(),
                exchanges,
                List.of(),
                List.of(),
                List.of(),
                actions);
    }
}
