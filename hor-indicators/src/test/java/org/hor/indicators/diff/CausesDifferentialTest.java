package org.hor.indicators.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.hor.core.model.Budget;
import org.hor.core.model.Cooperation;
import org.hor.core.model.Dataset;
import org.hor.core.model.Delivery;
import org.hor.core.model.Exchange;
import org.hor.core.model.Offer;
import org.hor.core.model.OfferType;
import org.hor.core.model.Organisation;
import org.hor.core.model.OrganisationType;
import org.hor.core.model.Outcome;
import org.hor.core.model.OutcomeType;
import org.hor.core.model.PartnerType;
import org.hor.core.model.PeriodType;
import org.hor.core.model.Site;
import org.hor.core.model.Target;
import org.hor.core.sample.SampleGenerator;
import org.hor.core.sample.SampleParameters;
import org.hor.core.spi.ScopeKind;
import org.hor.indicators.Engine;
import org.hor.indicators.EvaluationOptions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The indexed matching of causes ({@link Causes}) gives exactly the causes of the matching it replaced
 * ({@link ReferenceCauses}: every changed record of the scope tested for every changed value), over
 * generated dataset pairs that differ in every array: deliveries corrected, moved in time, to another
 * offer or organisation, added and removed; organisations re-typed or re-flagged; offers moved to
 * another site or type; outcomes, cooperations, exchanges, budgets and targets changed, added and
 * removed; sites' dates and states changed; {@code asOf} moved. Every value of every scope kind, of
 * years, half-years, quarters and months, running periods included ({@code partial}).
 */
class CausesDifferentialTest {

    private static final EvaluationOptions OPTIONS = EvaluationOptions.defaults()
            .withScopeKinds(ScopeKind.values())
            .withPeriodTypes(PeriodType.YEAR, PeriodType.HALF_YEAR, PeriodType.QUARTER, PeriodType.MONTH);

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    @DisplayName("indexed cause matching equals the reference matching on a generated pair")
    void sameCausesAsTheReference(long seed) {
        Dataset a =
                SampleGenerator.generate(new SampleParameters(9, 120, 3_000, 2020, LocalDate.of(2024, 8, 20), seed));
        Random random = new Random(seed * 31 + 7);
        Dataset b = changed(a, random);
        Engine ea = Engine.create(a);
        Engine eb = Engine.create(b);
        List<ValueChange> values = ValueDiff.compare(ea.evaluate(OPTIONS), eb.evaluate(OPTIONS), true);
        RecordDiff records = RecordDiff.of(a, b);

        List<ValueChange> indexed = Causes.of(ea, eb, records).attach(values);
        List<ValueChange> reference = ReferenceCauses.of(ea, eb, records).attach(values);

        // the pair is worth comparing: many records of many arrays changed, many values with causes
        Map<String, Integer> arrays = new TreeMap<>();
        records.changes().forEach(rc -> arrays.merge(rc.array(), 1, Integer::sum));
        assertThat(arrays.keySet())
                .contains(
                        "deliveries",
                        "organisations",
                        "offers",
                        "outcomes",
                        "cooperations",
                        "exchanges",
                        "budgets",
                        "sites");
        assertThat(indexed.stream().filter(v -> v.causes().size() > 1).count()).isGreaterThan(100);
        for (int i = 0; i < values.size(); i++) {
            assertThat(indexed.get(i)).as(values.get(i).key().toString()).isEqualTo(reference.get(i));
        }
    }

    /** Returns {@code a} with about 60 records of every array changed, added or removed by {@code random}. */
    static Dataset changed(Dataset a, Random random) {
        List<Site> sites = new ArrayList<>(a.sites());
        List<Organisation> orgs = new ArrayList<>(a.organisations());
        List<Offer> offers = new ArrayList<>(a.offers());
        List<Delivery> deliveries = new ArrayList<>(a.deliveries());
        List<Outcome> outcomes = new ArrayList<>(a.outcomes());
        List<Cooperation> cooperations = new ArrayList<>(a.cooperations());
        List<Exchange> exchanges = new ArrayList<>(a.exchanges());
        List<Budget> budgets = new ArrayList<>(a.budgets());
        List<Target> targets = new ArrayList<>(a.targets());
        int n = 20;
        for (int k = 0; k < n * 3; k++) {
            int i = random.nextInt(deliveries.size());
            Delivery d = deliveries.get(i);
            Delivery other = deliveries.get(random.nextInt(deliveries.size()));
            switch (k % 6) {
                case 0 ->
                    deliveries.set(
                            i,
                            new Delivery(
                                    d.id(),
                                    d.offerId(),
                                    d.organisationId(),
                                    d.date(),
                                    d.hours() == null ? null : d.hours().add(BigDecimal.ONE),
                                    d.amount() == null ? null : d.amount().add(BigDecimal.TEN),
                                    d.participants() == null ? null : d.participants() + 1));
                case 1 -> deliveries.set(i, withDate(d, other.date()));
                case 2 -> deliveries.set(i, withDate(d, d.date().minusYears(1 + random.nextInt(3))));
                case 3 ->
                    deliveries.set(
                            i,
                            new Delivery(
                                    d.id(),
                                    other.offerId(),
                                    other.organisationId(),
                                    d.date(),
                                    other.hours(),
                                    other.amount(),
                                    other.participants()));
                case 4 -> deliveries.remove(i);
                default ->
                    deliveries.add(new Delivery(
                            "DX-" + k,
                            other.offerId(),
                            d.organisationId(),
                            other.date(),
                            other.hours(),
                            other.amount(),
                            other.participants()));
            }
        }
        OrganisationType[] types = OrganisationType.values();
        for (int k = 0; k < n; k++) {
            int i = random.nextInt(orgs.size());
            Organisation o = orgs.get(i);
            orgs.set(
                    i,
                    switch (k % 3) {
                        case 0 ->
                            new Organisation(
                                    o.id(),
                                    o.name(),
                                    types[(o.type().ordinal() + 1) % types.length],
                                    o.legalForm(),
                                    o.migrantLed(),
                                    o.founded(),
                                    o.attributes());
                        case 1 ->
                            new Organisation(
                                    o.id(),
                                    o.name(),
                                    o.type(),
                                    o.legalForm(),
                                    o.migrantLed() == null ? Boolean.TRUE : !o.migrantLed(),
                                    o.founded(),
                                    o.attributes());
                        default ->
                            new Organisation(
                                    o.id(),
                                    o.name() + " (renamed)",
                                    o.type(),
                                    o.legalForm(),
                                    o.migrantLed(),
                                    o.founded(),
                                    o.attributes());
                    });
        }
        OfferType[] offerTypes = OfferType.values();
        for (int k = 0; k < n / 2; k++) {
            int i = random.nextInt(offers.size());
            Offer f = offers.get(i);
            String site = sites.get(random.nextInt(sites.size())).id();
            offers.set(
                    i,
                    switch (k % 3) {
                        case 0 -> new Offer(f.id(), site, f.type(), f.title());
                        case 1 ->
                            new Offer(
                                    f.id(),
                                    f.siteId(),
                                    offerTypes[(f.type().ordinal() + 1) % offerTypes.length],
                                    f.title());
                        default -> new Offer(f.id(), f.siteId(), f.type(), f.title() + " (new title)");
                    });
        }
        change(outcomes, random, n, (o, k, other) -> switch (k % 4) {
            case 0 -> new Outcome(o.id(), o.siteId(), o.organisationId(), other.date(), o.type(), o.note());
            case 1 ->
                new Outcome(
                        o.id(),
                        o.siteId(),
                        o.organisationId(),
                        o.date(),
                        OutcomeType.values()[(o.type().ordinal() + 1) % OutcomeType.values().length],
                        o.note());
            case 2 -> null;
            default -> new Outcome("EX-" + k, other.siteId(), o.organisationId(), o.date(), o.type(), o.note());
        });
        change(cooperations, random, n, (c, k, other) -> switch (k % 5) {
            case 0 ->
                new Cooperation(c.id(), c.siteId(), c.partner(), c.partnerType(), other.start(), c.end(), c.formal());
            case 1 ->
                new Cooperation(
                        c.id(),
                        c.siteId(),
                        c.partner(),
                        c.partnerType(),
                        c.start(),
                        c.start().plusMonths(7),
                        c.formal());
            case 2 ->
                new Cooperation(
                        c.id(),
                        c.siteId(),
                        c.partner(),
                        PartnerType.values()[(c.partnerType().ordinal() + 1) % PartnerType.values().length],
                        c.start(),
                        c.end(),
                        !c.formal());
            case 3 -> null;
            default ->
                new Cooperation(
                        "CX-" + k, other.siteId(), c.partner(), c.partnerType(), c.start(), c.end(), c.formal());
        });
        change(exchanges, random, n, (e, k, other) -> switch (k % 4) {
            case 0 -> new Exchange(e.id(), other.date(), e.format(), e.hostSiteId(), e.siteIds(), e.topic());
            case 1 -> new Exchange(e.id(), e.date(), other.format(), other.hostSiteId(), other.siteIds(), e.topic());
            case 2 -> null;
            default -> new Exchange("XX-" + k, other.date(), e.format(), e.hostSiteId(), e.siteIds(), e.topic());
        });
        change(budgets, random, n / 2, (b, k, other) -> switch (k % 3) {
            case 0 -> new Budget(b.siteId(), b.year(), b.amount().add(BigDecimal.valueOf(500)));
            case 1 -> null;
            default -> b;
        });
        change(targets, random, n / 2, (t, k, other) -> switch (k % 3) {
            case 0 ->
                new Target(t.siteId(), t.indicator(), t.period(), t.value().add(BigDecimal.ONE));
            case 1 -> null;
            default -> t;
        });
        for (int k = 0; k < 3; k++) {
            int i = random.nextInt(sites.size());
            Site s = sites.get(i);
            sites.set(
                    i,
                    k == 1
                            ? new Site(
                                    s.id(),
                                    s.name(),
                                    s.city(),
                                    "DE-BY",
                                    s.carrier(),
                                    s.carrierType(),
                                    s.coverage(),
                                    s.start(),
                                    s.end())
                            : new Site(
                                    s.id(),
                                    s.name(),
                                    s.city(),
                                    s.state(),
                                    s.carrier(),
                                    s.carrierType(),
                                    s.coverage(),
                                    s.start(),
                                    LocalDate.of(2023, 6, 30)));
        }
        LocalDate asOf = random.nextBoolean() ? a.asOf() : a.asOf().plusDays(20);
        return new Dataset(
                a.formatVersion(),
                asOf,
                a.programme(),
                sites,
                orgs,
                offers,
                deliveries,
                cooperations,
                outcomes,
                exchanges,
                targets,
                budgets,
                a.measurements(),
                a.supportActions());
    }

    private static Delivery withDate(Delivery d, LocalDate date) {
        return new Delivery(d.id(), d.offerId(), d.organisationId(), date, d.hours(), d.amount(), d.participants());
    }

    /** How one record is changed: its replacement (a new id adds it, the same record leaves it), or null to remove it. */
    private interface Change<T> {
        T apply(T record, int k, T other);
    }

    /** Applies {@code change} {@code n} times to random records of {@code list} (another random record at hand). */
    private static <T> void change(List<T> list, Random random, int n, Change<T> change) {
        for (int k = 0; k < n && !list.isEmpty(); k++) {
            int i = random.nextInt(list.size());
            T x = change.apply(list.get(i), k, list.get(random.nextInt(list.size())));
            if (x == null) {
                list.remove(i);
            } else if (x != list.get(i)) {
                if (idOf(x).equals(idOf(list.get(i)))) {
                    list.set(i, x);
                } else {
                    list.add(x);
                }
            }
        }
    }

    private static String idOf(Object record) {
        if (record instanceof Outcome o) {
            return o.id();
        } else if (record instanceof Cooperation c) {
            return c.id();
        } else if (record instanceof Exchange e) {
            return e.id();
        } else if (record instanceof Budget b) {
            return b.siteId() + "/" + b.year();
        } else if (record instanceof Target t) {
            return t.siteId() + "/" + t.indicator() + "/" + t.period();
        }
        throw new IllegalArgumentException(String.valueOf(record));
    }
}
