package org.hor.indicators;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hor.core.model.Budget;
import org.hor.core.model.CarrierType;
import org.hor.core.model.Cooperation;
import org.hor.core.model.Coverage;
import org.hor.core.model.Dataset;
import org.hor.core.model.Delivery;
import org.hor.core.model.Exchange;
import org.hor.core.model.ExchangeFormat;
import org.hor.core.model.LegalForm;
import org.hor.core.model.Measurement;
import org.hor.core.model.Offer;
import org.hor.core.model.OfferType;
import org.hor.core.model.Organisation;
import org.hor.core.model.OrganisationType;
import org.hor.core.model.Outcome;
import org.hor.core.model.OutcomeType;
import org.hor.core.model.PartnerType;
import org.hor.core.model.Period;
import org.hor.core.model.Programme;
import org.hor.core.model.Site;
import org.hor.core.model.Target;
import org.hor.core.spi.Scope;
import org.hor.core.spi.Value;

/** A small builder of datasets for tests: records written directly in Java. */
final class TestData {
    private final LocalDate asOf;
    final List<Site> sites = new ArrayList<>();
    final List<Organisation> orgs = new ArrayList<>();
    final List<Offer> offers = new ArrayList<>();
    final List<Delivery> deliveries = new ArrayList<>();
    final List<Cooperation> cooperations = new ArrayList<>();
    final List<Outcome> outcomes = new ArrayList<>();
    final List<Exchange> exchanges = new ArrayList<>();
    final List<Target> targets = new ArrayList<>();
    final List<Budget> budgets = new ArrayList<>();
    final List<Measurement> measurements = new ArrayList<>();

    private TestData(LocalDate asOf) {
        this.asOf = asOf;
    }

    static TestData asOf(String date) {
        return new TestData(LocalDate.parse(date));
    }

    static LocalDate d(String date) {
        return date == null ? null : LocalDate.parse(date);
    }

    static BigDecimal n(String number) {
        return number == null ? null : new BigDecimal(number);
    }

    TestData site(String id, CarrierType carrierType, Coverage coverage, String state, String start, String end) {
        sites.add(new Site(id, "House " + id, "City", state, "Carrier e.V.", carrierType, coverage, d(start), d(end)));
        return this;
    }

    /** A site run by a migrant umbrella body in a city in Saxony. */
    TestData site(String id, String start) {
        return site(id, CarrierType.MIGRANT_UMBRELLA, Coverage.CITY, "DE-SN", start, null);
    }

    TestData org(String id, OrganisationType type, Boolean migrantLed) {
        orgs.add(new Organisation(id, "Org " + id, type, LegalForm.REGISTERED_ASSOCIATION, migrantLed, null, Map.of()));
        return this;
    }

    TestData org(String id, OrganisationType type) {
        return org(id, type, null);
    }

    TestData offer(String id, String siteId, OfferType type) {
        offers.add(new Offer(id, siteId, type, "Offer " + id));
        return this;
    }

    TestData delivery(
            String id, String offerId, String orgId, String date, String hours, String amount, Integer participants) {
        deliveries.add(new Delivery(id, offerId, orgId, d(date), n(hours), n(amount), participants));
        return this;
    }

    TestData delivery(String id, String offerId, String orgId, String date) {
        return delivery(id, offerId, orgId, date, null, null, null);
    }

    TestData hours(String id, String offerId, String orgId, String date, String hours) {
        return delivery(id, offerId, orgId, date, hours, null, null);
    }

    TestData grant(String id, String offerId, String orgId, String date, String amount) {
        return delivery(id, offerId, orgId, date, null, amount, null);
    }

    TestData participants(String id, String offerId, String orgId, String date, Integer participants) {
        return delivery(id, offerId, orgId, date, null, null, participants);
    }

    TestData cooperation(String id, String siteId, PartnerType type, String start, String end, boolean formal) {
        cooperations.add(new Cooperation(id, siteId, "Partner " + id, type, d(start), d(end), formal));
        return this;
    }

    TestData outcome(String id, String siteId, String orgId, String date, OutcomeType type) {
        outcomes.add(new Outcome(id, siteId, orgId, d(date), type, null));
        return this;
    }

    TestData exchange(String id, String date, ExchangeFormat format, String... siteIds) {
        exchanges.add(new Exchange(id, d(date), format, null, List.of(siteIds), "Topic " + id));
        return this;
    }

    TestData target(String siteId, String indicator, String period, String value) {
        targets.add(new Target(siteId, indicator, period, n(value)));
        return this;
    }

    TestData budget(String siteId, int year, String amount) {
        budgets.add(new Budget(siteId, year, n(amount)));
        return this;
    }

    TestData measurement(String siteId, String metric, String date, String value) {
        measurements.add(new Measurement(siteId, metric, d(date), n(value), null));
        return this;
    }

    Dataset build() {
        return new Dataset(
                "1",
                asOf,
                new Programme("hor", "House of Resources", null),
                sites,
                orgs,
                offers,
                deliveries,
                cooperations,
                outcomes,
                exchanges,
                targets,
                budgets,
                measurements,
                List.of());
    }

    Engine engine() {
        return Engine.create(build());
    }

    // ------------------------------------------------------------------ assertions helpers

    /** Returns the defined number of an indicator (fails when undefined). */
    static BigDecimal num(Engine engine, String scope, String period, String indicator) {
        Value v = engine.value(Scope.parse(scope), Period.parse(period), indicator);
        if (v instanceof Value.Defined d) {
            return d.number();
        }
        throw new AssertionError(indicator + " for " + scope + " " + period + " is undefined: " + v);
    }

    /** Returns the value of an indicator. */
    static Value val(Engine engine, String scope, String period, String indicator) {
        return engine.value(Scope.parse(scope), Period.parse(period), indicator);
    }

    /** Returns the parts as category → plain number string (undefined parts as their reason). */
    static Map<String, String> parts(Engine engine, String scope, String period, String indicator) {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        engine.parts(Scope.parse(scope), Period.parse(period), indicator)
                .forEach((k, v) -> out.put(
                        k,
                        v instanceof Value.Defined d
                                ? d.number().toPlainString()
                                : ((Value.Undefined) v).reason().name()));
        return out;
    }
}
