package org.hor.core.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.hor.core.model.CarrierType;
import org.hor.core.model.Coverage;
import org.hor.core.model.Dataset;
import org.hor.core.model.ExchangeFormat;
import org.hor.core.model.LegalForm;
import org.hor.core.model.Offer;
import org.hor.core.model.OfferType;
import org.hor.core.model.Organisation;
import org.hor.core.model.OrganisationType;
import org.hor.core.model.OutcomeType;
import org.hor.core.model.PartnerType;
import org.hor.core.model.Period;
import org.hor.core.model.Site;
import org.hor.core.model.SupportAction;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The story of the default sample for the evaluation year 2025, checked on raw facts computed from
 * the records (see {@link Facts}), so that the generator cannot silently lose it.
 */
@DisplayName("The default sample tells its story")
class SampleStoryTest {

    private static final int Y = 2025;
    private static Dataset dataset;
    private static Facts facts;

    @BeforeAll
    static void generate() {
        dataset = SampleGenerator.generate(SampleParameters.defaults());
        facts = new Facts(dataset);
    }

    @Test
    @DisplayName("the sites of 2025 are all sites but the closed S-03")
    void sitesOfTheYear() {
        assertThat(facts.sitesOfYear(Y))
                .containsExactly(
                        "S-01", "S-02", "S-04", "S-05", "S-06", "S-07", "S-08", "S-09", "S-10", "S-11", "S-12");
    }

    @Test
    @DisplayName(
            "sites have every carrier type and coverage, start in 2016, 2017 and 2021, and exactly one closed at the end of 2019")
    void sites() {
        List<Site> sites = dataset.sites();
        assertThat(sites)
                .extracting(Site::id)
                .containsExactly(
                        "S-01", "S-02", "S-03", "S-04", "S-05", "S-06", "S-07", "S-08", "S-09", "S-10", "S-11", "S-12");
        assertThat(sites.stream().map(Site::carrierType).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(CarrierType.values());
        assertThat(sites.stream().map(Site::coverage).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(Coverage.values());
        Set<Integer> startYears =
                sites.stream().map(s -> s.start().getYear()).collect(Collectors.toCollection(TreeSet::new));
        assertThat(startYears).containsExactly(2016, 2017, 2021);
        assertThat(sites.stream().filter(s -> s.end() != null)).singleElement().satisfies(s -> {
            assertThat(s.id()).isEqualTo("S-03");
            assertThat(s.end()).isEqualTo(LocalDate.of(2019, 12, 31));
        });
        assertThat(sites)
                .extracting(Site::city, Site::state)
                .contains(
                        org.assertj.core.groups.Tuple.tuple("Dresden", "DE-SN"),
                        org.assertj.core.groups.Tuple.tuple("Leipzig", "DE-SN"),
                        org.assertj.core.groups.Tuple.tuple("Erfurt", "DE-TH"),
                        org.assertj.core.groups.Tuple.tuple("Köln", "DE-NW"));
    }

    @Test
    @DisplayName("ISOLATED_SITE fires at S-07 alone in 2025 (and at S-12 alone in 2024)")
    void isolatedSite() {
        assertThat(facts.anyExchange(Y)).isTrue();
        assertThat(facts.isolated(Y)).containsExactly("S-07");
        assertThat(facts.isolated(Y - 1)).containsExactly("S-12");
        assertThat(facts.exchangesIn(Y))
                .extracting(x -> x.format())
                .contains(ExchangeFormat.NETWORK_MEETING, ExchangeFormat.PEER_VISIT);
    }

    @Test
    @DisplayName(
            "NO_LOCAL_AUTHORITY_PARTNER fires at about half of the sites of 2025, and the 2024 dialogues resolved it at two sites")
    void noLocalAuthority() {
        Set<String> fired = facts.noLocalAuthority(Y);
        assertThat(fired).containsExactly("S-02", "S-05", "S-06", "S-08", "S-11", "S-12");
        // 6 of 11 sites: at least half, so a programme-wide support need (spec 03 §4)
        assertThat(fired.size() * 2).isGreaterThanOrEqualTo(facts.sitesOfYear(Y).size());
        assertThat(facts.noLocalAuthority(Y - 1)).contains("S-04", "S-05", "S-06", "S-10", "S-11");
        assertThat(fired).doesNotContain("S-04", "S-10").contains("S-05", "S-11");
        assertThat(dialogues(Y - 1)).containsExactly("S-04", "S-05", "S-10", "S-11");
    }

    private static Set<String> dialogues(int year) {
        return dataset.supportActions().stream()
                .filter(a -> a.measure().equals("local-authority-dialogue")
                        && a.date().getYear() == year
                        && "NO_LOCAL_AUTHORITY_PARTNER".equals(a.rule()))
                .map(SupportAction::siteId)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    @DisplayName("GRANT_CONCENTRATION fires at S-09 alone in 2025")
    void grantConcentration() {
        assertThat(facts.grantConcentration(Y)).containsExactly("S-09");
        assertThat(facts.grantConcentration(Y - 1)).contains("S-09");
    }

    @Test
    @DisplayName(
            "LOW_RETENTION fires at S-11 alone in 2025 and LOW_NEW_REACH nowhere; LOW_NEW_REACH fired at S-01 in 2024")
    void retentionAndNewReach() {
        assertThat(facts.lowRetention(Y)).containsExactly("S-11");
        assertThat(facts.lowNewReach(Y)).isEmpty();
        assertThat(facts.lowNewReach(Y - 1)).containsExactly("S-01");
    }

    @Test
    @DisplayName("TARGET_MISSED fires at S-05 and S-10 in 2025 and at S-05 in 2024")
    void targetMissed() {
        assertThat(facts.targetMissed(Y)).containsExactly("S-05", "S-10");
        assertThat(facts.targetMissed(Y - 1)).containsExactly("S-05");
        assertThat(dataset.targets())
                .anyMatch(t -> t.period().equals("2025-Q2"))
                .anyMatch(t -> t.period().equals("2026"));
        Set<String> standard = Set.of(
                "reach.organisations", "deliveries.count", "grants.count", "consulting.hours", "cooperations.active");
        assertThat(dataset.targets()).allMatch(t -> standard.contains(t.indicator()));
    }

    @Test
    @DisplayName("DECLINING_REACH fires at S-02 and S-07, LOW_OUTCOME_RATE at S-12 in 2025")
    void moreRules() {
        assertThat(facts.decliningReach(Y)).containsExactly("S-02", "S-07");
        assertThat(facts.lowOutcomeRate(Y)).containsExactly("S-12");
    }

    @Test
    @DisplayName("at least three different rules fire in 2025")
    void threeRules() {
        List<Set<String>> rules = List.of(
                facts.targetMissed(Y),
                facts.lowRetention(Y),
                facts.grantConcentration(Y),
                facts.noLocalAuthority(Y),
                facts.isolated(Y));
        assertThat(rules.stream().filter(r -> !r.isEmpty()).count()).isGreaterThanOrEqualTo(3);
    }

    @Test
    @DisplayName("the closed site's deliveries lie in 2016 to 2019 and one of its cooperations outlives it")
    void closedSite() {
        Site closed = dataset.sites().get(2);
        assertThat(dataset.deliveries())
                .filteredOn(d -> facts.siteOf(d).equals("S-03"))
                .isNotEmpty()
                .allMatch(d -> !d.date().isAfter(closed.end()));
        assertThat(dataset.cooperations())
                .filteredOn(c -> c.siteId().equals("S-03"))
                .anyMatch(c -> c.end() == null || c.end().isAfter(closed.end()));
    }

    @Test
    @DisplayName(
            "every enum value of the format occurs: organisation types, legal forms, partner types, outcome types, offer types at every site, exchange formats")
    void everyKind() {
        assertThat(dataset.organisations().stream().map(Organisation::type).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(OrganisationType.values());
        assertThat(dataset.organisations().stream().map(Organisation::legalForm).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(LegalForm.values());
        assertThat(dataset.cooperations().stream().map(c -> c.partnerType()).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(PartnerType.values());
        assertThat(dataset.outcomes().stream().map(o -> o.type()).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(OutcomeType.values());
        assertThat(dataset.exchanges().stream().map(x -> x.format()).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(ExchangeFormat.values());
        for (Site s : dataset.sites()) {
            assertThat(dataset.offers().stream()
                            .filter(o -> o.siteId().equals(s.id()))
                            .map(Offer::type)
                            .collect(Collectors.toSet()))
                    .as(s.id())
                    .containsExactlyInAnyOrder(OfferType.values());
            assertThat(dataset.deliveries().stream()
                            .filter(d -> facts.siteOf(d).equals(s.id()))
                            .map(facts::typeOf)
                            .collect(Collectors.toSet()))
                    .as(s.id())
                    .containsExactlyInAnyOrder(OfferType.values());
        }
        assertThat(EnumSet.copyOf(dataset.supportActions().stream()
                        .map(SupportAction::measure)
                        .map(m -> m.toUpperCase().replace('-', '_'))
                        .map(Measure::valueOf)
                        .toList()))
                .containsExactlyInAnyOrder(Measure.values());
    }

    /** The measure ids of spec 03 §3, as constants. */
    private enum Measure {
        TARGET_REVIEW,
        OUTREACH_MAPPING,
        OFFER_PORTFOLIO_REVIEW,
        FOLLOW_UP_CONTACTS,
        GRANT_CALL_WIDENING,
        LOCAL_AUTHORITY_DIALOGUE,
        NETWORK_INVITATION,
        PEER_VISIT,
        PROFESSIONALISATION_TRACK,
        COACHING
    }

    @Test
    @DisplayName(
            "organisations: some served by two sites, some founded recently, some migrant-led stated, some with attributes")
    void organisations() {
        assertThat(dataset.organisations().stream()
                        .filter(o -> sitesOf(o.id()).size() == 2)
                        .count())
                .isGreaterThanOrEqualTo(20);
        assertThat(dataset.organisations())
                .anyMatch(o -> o.founded() != null && o.founded() >= 2023)
                .anyMatch(o -> o.founded() == null)
                .anyMatch(o -> Boolean.TRUE.equals(o.migrantLed()) && o.type() == OrganisationType.INITIATIVE)
                .anyMatch(o -> Boolean.FALSE.equals(o.migrantLed()))
                .anyMatch(o -> o.attributes().containsKey("contactLanguage"));
        assertThat(dataset.organisations())
                .extracting(Organisation::name)
                .anyMatch(n -> n.endsWith(" e.V."))
                .anyMatch(n -> n.startsWith("Initiative "));
    }

    private Set<String> sitesOf(String organisationId) {
        return dataset.deliveries().stream()
                .filter(d -> d.organisationId().equals(organisationId))
                .map(facts::siteOf)
                .collect(Collectors.toSet());
    }

    @Test
    @DisplayName("deliveries grow over the years and networking events gather several organisations")
    void growthAndEvents() {
        long first = dataset.deliveries().stream()
                .filter(d -> d.date().getYear() == 2017)
                .count();
        long last = dataset.deliveries().stream()
                .filter(d -> d.date().getYear() == Y)
                .count();
        assertThat(last).isGreaterThan(first * 3 / 2);
        long events = dataset.deliveries().stream()
                .filter(d -> facts.typeOf(d) == OfferType.NETWORKING_EVENT)
                .map(d -> d.offerId() + "@" + d.date())
                .distinct()
                .count();
        long eventDeliveries = dataset.deliveries().stream()
                .filter(d -> facts.typeOf(d) == OfferType.NETWORKING_EVENT)
                .count();
        assertThat(eventDeliveries).isGreaterThan(3 * events);
    }

    @Test
    @DisplayName(
            "every site of 2025 reaches at least 5 organisations in 2024 and 2025, so the reach rules are evaluable")
    void reachIsEvaluable() {
        for (String s : facts.sitesOfYear(Y)) {
            assertThat(facts.organisations(s, Period.year(Y)).size()).as(s).isGreaterThanOrEqualTo(5);
            assertThat(facts.organisations(s, Period.year(Y - 1)).size()).as(s).isGreaterThanOrEqualTo(5);
        }
    }

    @Test
    @DisplayName(
            "every site has a budget for every year it was active, up to 150000, except S-02 in 2016 (a NO_DATA case)")
    void budgets() {
        Set<String> expected = new TreeSet<>();
        for (Site s : dataset.sites()) {
            for (int year = s.start().getYear();
                    year <= s.lastActiveDay(dataset.asOf()).getYear();
                    year++) {
                expected.add(s.id() + "/" + year);
            }
        }
        Set<String> actual = dataset.budgets().stream()
                .map(b -> b.siteId() + "/" + b.year())
                .collect(Collectors.toCollection(TreeSet::new));
        expected.removeAll(actual);
        assertThat(expected).containsExactly("S-02/2016");
        assertThat(dataset.budgets())
                .allMatch(b ->
                        b.amount().signum() > 0 && b.amount().compareTo(java.math.BigDecimal.valueOf(150_000)) <= 0);
    }

    @Test
    @DisplayName(
            "measurements: rooms.available-hours monthly at every site (120 to 200), language-cafe.visits at three sites in whole numbers")
    void measurements() {
        assertThat(dataset.measurements().stream()
                        .filter(m -> m.metric().equals("language-cafe.visits"))
                        .map(m -> m.siteId())
                        .distinct())
                .containsExactly("S-01", "S-04", "S-09");
        assertThat(dataset.measurements())
                .filteredOn(m -> m.metric().equals("language-cafe.visits"))
                .allMatch(m -> m.value().stripTrailingZeros().scale() <= 0);
        // S-01 is active from 2016-01 to 2025-12: 120 months, one value each
        assertThat(dataset.measurements())
                .filteredOn(m ->
                        m.metric().equals("rooms.available-hours") && m.siteId().equals("S-01"))
                .hasSize(120);
        assertThat(dataset.measurements())
                .filteredOn(m -> m.metric().equals("rooms.available-hours"))
                .allMatch(m -> m.value().intValue() >= 120 && m.value().intValue() <= 200);
    }

    @Test
    @DisplayName("cooperations: formal and informal, ended, planned to end after asOf, and open-ended")
    void cooperations() {
        assertThat(dataset.cooperations())
                .anyMatch(c -> c.isFormal())
                .anyMatch(c -> !c.isFormal())
                .anyMatch(c -> c.end() == null)
                .anyMatch(c -> c.end() != null && !c.end().isAfter(dataset.asOf()))
                .anyMatch(c -> c.end() != null && c.end().isAfter(dataset.asOf()));
    }

    @Test
    @DisplayName("support actions are dated in 2024 and 2025 and name rules that the measures answer")
    void supportActions() {
        assertThat(dataset.supportActions())
                .allMatch(a -> a.date().getYear() == Y - 1 || a.date().getYear() == Y);
        assertThat(dataset.supportActions()).filteredOn(a -> a.rule() != null).allMatch(a -> switch (a.measure()) {
            case "target-review" -> a.rule().equals("TARGET_MISSED");
            case "outreach-mapping" ->
                Set.of("DECLINING_REACH", "LOW_NEW_REACH").contains(a.rule());
            case "offer-portfolio-review" ->
                Set.of("DECLINING_REACH", "LOW_RETENTION").contains(a.rule());
            case "follow-up-contacts" -> a.rule().equals("LOW_RETENTION");
            case "grant-call-widening" -> a.rule().equals("GRANT_CONCENTRATION");
            case "local-authority-dialogue" -> a.rule().equals("NO_LOCAL_AUTHORITY_PARTNER");
            case "network-invitation" -> a.rule().equals("ISOLATED_SITE");
            case "professionalisation-track" -> a.rule().equals("LOW_OUTCOME_RATE");
            case "peer-visit", "coaching" -> true;
            default -> false;
        });
    }
}
