package org.hor.core.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.hor.core.model.Budget;
import org.hor.core.model.Cooperation;
import org.hor.core.model.Dataset;
import org.hor.core.model.Delivery;
import org.hor.core.model.Exchange;
import org.hor.core.model.GermanState;
import org.hor.core.model.Measurement;
import org.hor.core.model.Offer;
import org.hor.core.model.OfferType;
import org.hor.core.model.Organisation;
import org.hor.core.model.Outcome;
import org.hor.core.model.Period;
import org.hor.core.model.Site;
import org.hor.core.model.SupportAction;
import org.hor.core.model.Target;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The generated records satisfy every integrity and field rule of spec 01, checked here by hand
 * over the records (to be replaced by the real validator once it exists), for the default sample
 * and for other scales. Each check collects all violations, so a failure lists them all.
 */
@DisplayName("Generated samples satisfy the integrity rules of spec 01")
class SampleIntegrityTest {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");
    private static final Set<String> INDICATORS = Set.of(
            "reach.organisations",
            "reach.organisations.new",
            "reach.migrant-led.share",
            "deliveries.count",
            "consulting.hours",
            "training.participants",
            "rooms.hours",
            "grants.count",
            "grants.amount",
            "grants.amount.mean",
            "grants.first-time.share",
            "grants.top-recipient.share",
            "events.count",
            "events.participants",
            "retention.share",
            "offers.multi-use.share",
            "outcomes.count",
            "outcomes.organisations.share",
            "cooperations.active",
            "cooperations.new",
            "cooperations.formal.share",
            "exchange.participations",
            "exchange.peer-sites",
            "budget.amount",
            "cost.per-organisation");
    private static final Set<String> MEASURES = Set.of(
            "target-review",
            "outreach-mapping",
            "offer-portfolio-review",
            "follow-up-contacts",
            "grant-call-widening",
            "local-authority-dialogue",
            "network-invitation",
            "peer-visit",
            "professionalisation-track",
            "coaching");
    private static final Set<String> RULES = Set.of(
            "TARGET_MISSED",
            "DECLINING_REACH",
            "LOW_NEW_REACH",
            "LOW_RETENTION",
            "GRANT_CONCENTRATION",
            "NO_LOCAL_AUTHORITY_PARTNER",
            "ISOLATED_SITE",
            "LOW_OUTCOME_RATE");

    static Stream<SampleParameters> samples() {
        SampleParameters d = SampleParameters.defaults();
        return Stream.of(
                d,
                d.withSeed(7),
                d.withSites(1).withOrganisations(1).withDeliveries(0),
                d.withSites(3).withOrganisations(2).withDeliveries(500),
                d.withSites(61).withOrganisations(3_000).withDeliveries(60_000),
                d.withFirstYear(2020).withAsOf(LocalDate.of(2023, 6, 30)),
                d.withFirstYear(2025).withAsOf(LocalDate.of(2025, 2, 14)).withDeliveries(300));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    @DisplayName("no violation of spec 01")
    void noViolations(SampleParameters parameters) {
        Dataset dataset = SampleGenerator.generate(parameters);
        assertThat(violations(dataset)).isEmpty();
    }

    @Test
    @DisplayName(
            "the check itself reports broken records: an amount on a consultation, a delivery after asOf, a budget above the cap")
    void checkFindsViolations() {
        Dataset d = SampleGenerator.generate(
                SampleParameters.defaults().withSites(2).withDeliveries(200));
        Offer consulting = d.offers().stream()
                .filter(o -> o.type() == OfferType.CONSULTING)
                .findFirst()
                .orElseThrow();
        List<Delivery> deliveries = new ArrayList<>(d.deliveries());
        deliveries.add(new Delivery(
                "D-X1",
                consulting.id(),
                d.organisations().get(0).id(),
                d.asOf().plusDays(1),
                BigDecimal.ONE,
                new BigDecimal("500"),
                null));
        List<Budget> budgets = new ArrayList<>(d.budgets());
        budgets.add(new Budget(d.sites().get(0).id(), 1999, new BigDecimal("150000.01")));
        Dataset broken = new Dataset(
                d.formatVersion(),
                d.asOf(),
                d.programme(),
                d.sites(),
                d.organisations(),
                d.offers(),
                deliveries,
                d.cooperations(),
                d.outcomes(),
                d.exchanges(),
                d.targets(),
                budgets,
                d.measurements(),
                d.supportActions());
        assertThat(violations(d)).isEmpty();
        // the consultation itself (1 hour, 500 whole euros) is fine but for its date and its amount
        assertThat(violations(broken))
                .containsExactlyInAnyOrder(
                        "delivery D-X1.date within the site's active days: "
                                + d.asOf().plusDays(1),
                        "delivery D-X1.amount only and always on MICRO_GRANT: 500",
                        "budget S-01/1999.amount in (0, 150000]: 150000.01");
    }

    /** Every violation of spec 01 this check knows, as readable lines. */
    static List<String> violations(Dataset d) {
        List<String> v = new ArrayList<>();
        LocalDate asOf = d.asOf();
        check(v, Dataset.FORMAT_VERSION.equals(d.formatVersion()), "formatVersion", d.formatVersion());
        check(v, !d.sites().isEmpty(), "sites", "empty");
        check(
                v,
                ID.matcher(d.programme().id()).matches(),
                "programme.id",
                d.programme().id());
        text(v, "programme.name", d.programme().name());

        Map<String, Site> sites = unique(v, "sites", d.sites(), Site::id);
        Map<String, Organisation> organisations = unique(v, "organisations", d.organisations(), Organisation::id);
        Map<String, Offer> offers = unique(v, "offers", d.offers(), Offer::id);
        unique(v, "deliveries", d.deliveries(), Delivery::id);
        unique(v, "cooperations", d.cooperations(), Cooperation::id);
        unique(v, "outcomes", d.outcomes(), Outcome::id);
        unique(v, "exchanges", d.exchanges(), Exchange::id);
        unique(v, "supportActions", d.supportActions(), SupportAction::id);

        for (Site s : d.sites()) {
            String at = "site " + s.id();
            text(v, at + ".name", s.name());
            text(v, at + ".city", s.city());
            text(v, at + ".carrier", s.carrier());
            check(v, GermanState.ofCode(s.state()).isPresent(), at + ".state", s.state());
            check(v, s.carrierType() != null && s.coverage() != null, at + ".carrierType/coverage", s);
            check(v, !s.start().isAfter(asOf), at + ".start <= asOf", s.start());
            check(v, s.end() == null || !s.end().isBefore(s.start()), at + ".start <= end", s.end());
        }
        for (Organisation o : d.organisations()) {
            String at = "organisation " + o.id();
            text(v, at + ".name", o.name());
            check(v, o.type() != null && o.legalForm() != null, at + ".type/legalForm", o);
            check(
                    v,
                    o.founded() == null || (o.founded() >= 1800 && o.founded() <= asOf.getYear()),
                    at + ".founded",
                    o.founded());
            o.attributes().forEach((k, value) -> {
                check(v, ID.matcher(k).matches(), at + ".attributes key", k);
                text(v, at + ".attributes." + k, value);
            });
        }
        for (Offer o : d.offers()) {
            check(v, sites.containsKey(o.siteId()), "offer " + o.id() + ".siteId", o.siteId());
            check(v, o.type() != null, "offer " + o.id() + ".type", null);
            text(v, "offer " + o.id() + ".title", o.title());
        }

        Map<String, LocalDate> firstDelivery = new HashMap<>();
        LocalDate previous = LocalDate.MIN;
        for (Delivery x : d.deliveries()) {
            String at = "delivery " + x.id();
            Offer offer = offers.get(x.offerId());
            check(v, offer != null, at + ".offerId", x.offerId());
            check(v, organisations.containsKey(x.organisationId()), at + ".organisationId", x.organisationId());
            if (offer == null) {
                continue;
            }
            active(v, at + ".date", sites.get(offer.siteId()), x.date(), asOf);
            check(v, !x.date().isBefore(previous), at + " in date order", x.date());
            previous = x.date();
            firstDelivery.merge(offer.siteId() + "/" + x.organisationId(), x.date(), (a, b) -> a.isBefore(b) ? a : b);
            boolean grant = offer.type() == OfferType.MICRO_GRANT;
            check(v, grant == (x.amount() != null), at + ".amount only and always on MICRO_GRANT", x.amount());
            if (x.amount() != null) {
                amount(v, at + ".amount", x.amount());
                check(
                        v,
                        x.amount().compareTo(BigDecimal.valueOf(300)) >= 0
                                && x.amount().compareTo(BigDecimal.valueOf(2000)) <= 0,
                        at + ".amount in 300..2000",
                        x.amount());
                check(
                        v,
                        x.amount()
                                        .multiply(BigDecimal.valueOf(2))
                                        .stripTrailingZeros()
                                        .scale()
                                <= 0,
                        at + ".amount whole euros or .50",
                        x.amount());
            }
            if (x.hours() != null) {
                number(v, at + ".hours", x.hours());
                check(v, x.hours().signum() >= 0, at + ".hours >= 0", x.hours());
            }
            check(v, x.participants() == null || x.participants() >= 0, at + ".participants", x.participants());
            switch (offer.type()) {
                case CONSULTING ->
                    check(
                            v,
                            x.hours() != null
                                    && x.hours().compareTo(new BigDecimal("0.5")) >= 0
                                    && x.hours().compareTo(BigDecimal.valueOf(4)) <= 0
                                    && x.hours()
                                                    .multiply(BigDecimal.valueOf(2))
                                                    .stripTrailingZeros()
                                                    .scale()
                                            <= 0,
                            at + ".hours of a consultation 0.5..4 in halves",
                            x.hours());
                case ROOM -> check(v, x.hours() != null && x.hours().signum() > 0, at + ".hours of a room", x.hours());
                case EQUIPMENT -> check(v, x.hours() == null, at + ".hours of an equipment loan", x.hours());
                case TRAINING, NETWORKING_EVENT ->
                    check(
                            v,
                            x.participants() != null && x.participants() > 0,
                            at + ".participants of a training or event",
                            x.participants());
                default -> {
                    // no further rule
                }
            }
        }
        for (Cooperation c : d.cooperations()) {
            String at = "cooperation " + c.id();
            text(v, at + ".partner", c.partner());
            check(v, c.partnerType() != null && c.formal() != null, at + ".partnerType/formal", c);
            Site site = sites.get(c.siteId());
            check(v, site != null, at + ".siteId", c.siteId());
            active(v, at + ".start", site, c.start(), asOf);
            check(v, c.end() == null || !c.end().isBefore(c.start()), at + ".start <= end", c.end());
        }
        for (Outcome o : d.outcomes()) {
            String at = "outcome " + o.id();
            check(v, organisations.containsKey(o.organisationId()), at + ".organisationId", o.organisationId());
            check(v, sites.containsKey(o.siteId()), at + ".siteId", o.siteId());
            active(v, at + ".date", sites.get(o.siteId()), o.date(), asOf);
            check(v, o.type() != null, at + ".type", null);
            if (o.note() != null) {
                text(v, at + ".note", o.note());
            }
            LocalDate first = firstDelivery.get(o.siteId() + "/" + o.organisationId());
            check(v, first != null && o.date().isAfter(first), at + " after the first delivery at its site", first);
        }
        for (Exchange x : d.exchanges()) {
            String at = "exchange " + x.id();
            text(v, at + ".topic", x.topic());
            check(v, x.format() != null, at + ".format", null);
            check(
                    v,
                    new HashSet<>(x.siteIds()).size() == x.siteIds().size()
                            && x.siteIds().size() >= 2,
                    at + ".siteIds >= 2 distinct",
                    x.siteIds());
            check(
                    v,
                    x.hostSiteId() == null || x.siteIds().contains(x.hostSiteId()),
                    at + ".hostSiteId",
                    x.hostSiteId());
            for (String s : x.siteIds()) {
                check(v, sites.containsKey(s), at + ".siteIds", s);
                active(v, at + ".date at " + s, sites.get(s), x.date(), asOf);
            }
        }
        Set<String> targetKeys = new HashSet<>();
        for (Target t : d.targets()) {
            String at = "target " + t.siteId() + "/" + t.indicator() + "/" + t.period();
            Site site = sites.get(t.siteId());
            check(v, site != null, at + ".siteId", t.siteId());
            check(v, INDICATORS.contains(t.indicator()), at + ".indicator", t.indicator());
            check(v, targetKeys.add(t.siteId() + "|" + t.indicator() + "|" + t.period()), at + " unique", null);
            number(v, at + ".value", t.value());
            check(v, t.value().signum() > 0, at + ".value > 0", t.value());
            Period p = Period.parse(t.period());
            if (site != null) {
                check(
                        v,
                        p.overlaps(site.start(), site.end() == null ? LocalDate.MAX : site.end()),
                        at + ".period overlaps the site's days",
                        t.period());
            }
        }
        Set<String> budgetKeys = new HashSet<>();
        for (Budget b : d.budgets()) {
            String at = "budget " + b.siteId() + "/" + b.year();
            check(v, sites.containsKey(b.siteId()), at + ".siteId", b.siteId());
            check(v, budgetKeys.add(b.siteId() + "|" + b.year()), at + " unique", null);
            amount(v, at + ".amount", b.amount());
            check(
                    v,
                    b.amount().signum() > 0 && b.amount().compareTo(BigDecimal.valueOf(150_000)) <= 0,
                    at + ".amount in (0, 150000]",
                    b.amount());
        }
        for (Measurement m : d.measurements()) {
            String at = "measurement " + m.siteId() + "/" + m.metric() + "/" + m.date();
            check(v, sites.containsKey(m.siteId()), at + ".siteId", m.siteId());
            check(v, ID.matcher(m.metric()).matches(), at + ".metric", m.metric());
            active(v, at + ".date", sites.get(m.siteId()), m.date(), asOf);
            number(v, at + ".value", m.value());
            if (m.unit() != null) {
                text(v, at + ".unit", m.unit());
            }
        }
        for (SupportAction a : d.supportActions()) {
            String at = "supportAction " + a.id();
            check(v, sites.containsKey(a.siteId()), at + ".siteId", a.siteId());
            active(v, at + ".date", sites.get(a.siteId()), a.date(), asOf);
            check(v, MEASURES.contains(a.measure()), at + ".measure", a.measure());
            check(v, a.rule() == null || RULES.contains(a.rule()), at + ".rule", a.rule());
            if (a.note() != null) {
                text(v, at + ".note", a.note());
            }
        }
        return v;
    }

    private static <T> Map<String, T> unique(List<String> v, String array, List<T> records, Function<T, String> id) {
        Map<String, T> result = new HashMap<>();
        for (T r : records) {
            String key = id.apply(r);
            check(v, key != null && ID.matcher(key).matches(), array + " id", key);
            check(v, result.put(key, r) == null, array + " id unique", key);
        }
        return result;
    }

    /** Within the site's active days: from start to the earlier of end and asOf. */
    private static void active(List<String> v, String at, Site site, LocalDate day, LocalDate asOf) {
        check(v, site != null && site.isActiveOn(day, asOf), at + " within the site's active days", day);
    }

    private static void text(List<String> v, String at, String text) {
        boolean ok = text != null
                && !text.isBlank()
                && text.codePointCount(0, text.length()) <= 500
                && text.codePoints().noneMatch(c -> c <= 0x1F || (c >= 0x7F && c <= 0x9F));
        check(v, ok, at + " is text", text);
    }

    private static void amount(List<String> v, String at, BigDecimal value) {
        check(
                v,
                value.stripTrailingZeros().scale() <= 2
                        && value.signum() >= 0
                        && value.compareTo(new BigDecimal("999999999.99")) <= 0,
                at + " is an amount",
                value);
    }

    private static void number(List<String> v, String at, BigDecimal value) {
        check(
                v,
                value.stripTrailingZeros().scale() <= 6
                        && value.abs().compareTo(BigDecimal.valueOf(1_000_000_000)) <= 0,
                at + " is a number",
                value);
    }

    private static void check(List<String> v, boolean ok, String rule, Object value) {
        if (!ok) {
            v.add(rule + ": " + value);
        }
    }
}
