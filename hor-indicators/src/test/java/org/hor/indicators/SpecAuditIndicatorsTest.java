package org.hor.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hor.indicators.TestData.num;
import static org.hor.indicators.TestData.parts;
import static org.hor.indicators.TestData.val;

import java.math.RoundingMode;
import org.hor.core.model.CarrierType;
import org.hor.core.model.Coverage;
import org.hor.core.model.ExchangeFormat;
import org.hor.core.model.OfferType;
import org.hor.core.model.OrganisationType;
import org.hor.core.model.OutcomeType;
import org.hor.core.model.PartnerType;
import org.hor.core.spi.Reason;
import org.hor.core.spi.Value;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Independent acceptance audit of spec 02's catalogue, sentence by sentence, on small hand-made
 * datasets; every expected value is worked out by hand in the comments.
 */
@DisplayName("Spec audit: the standard indicators (spec 02)")
class SpecAuditIndicatorsTest {

    private static final OrganisationType MO = OrganisationType.MIGRANT_ORGANISATION;

    @Test
    @DisplayName(
            "an organisation first served at site A in 2020 and at site B in 2022 is new for site:B in 2022 but not for the programme or a group")
    void newIsEarliestOverAllSitesOfTheScope() {
        // S-A, S-B both MIGRANT_UMBRELLA/CITY/DE-SN. O-1: S-A 2020-03-01, S-B 2022-05-01. O-2: S-B 2022-06-01.
        Engine e = TestData.asOf("2024-12-31")
                .site("S-A", "2019-01-01")
                .site("S-B", "2019-01-01")
                .org("O-1", MO)
                .org("O-2", OrganisationType.INITIATIVE)
                .offer("A", "S-A", OfferType.CONSULTING)
                .offer("B", "S-B", OfferType.CONSULTING)
                .delivery("D1", "A", "O-1", "2020-03-01")
                .delivery("D2", "B", "O-1", "2022-05-01")
                .delivery("D3", "B", "O-2", "2022-06-01")
                .engine();
        // site:S-B 2022: Orgs = {O-1, O-2}; earliest at S-B: O-1 2022-05-01, O-2 2022-06-01 -> both new = 2
        assertThat(num(e, "site:S-B", "2022", "reach.organisations.new")).isEqualByComparingTo("2");
        // programme 2022: O-1's earliest in the programme is 2020-03-01 -> only O-2 is new = 1 (an INITIATIVE)
        assertThat(num(e, "programme", "2022", "reach.organisations.new")).isEqualByComparingTo("1");
        assertThat(parts(e, "programme", "2022", "reach.organisations.new"))
                .containsExactly(
                        java.util.Map.entry("MIGRANT_ORGANISATION", "0"),
                                java.util.Map.entry("INTEGRATIVE_ASSOCIATION", "0"),
                        java.util.Map.entry("INITIATIVE", "1"), java.util.Map.entry("OTHER", "0"));
        // a group containing both sites behaves like the programme: 1
        assertThat(num(e, "carrierType:MIGRANT_UMBRELLA", "2022", "reach.organisations.new"))
                .isEqualByComparingTo("1");
        assertThat(num(e, "state:DE-SN", "2022", "reach.organisations.new")).isEqualByComparingTo("1");
        // programme 2020: O-1 new = 1; reach 2022 programme = 2 (distinct, not summed)
        assertThat(num(e, "programme", "2020", "reach.organisations.new")).isEqualByComparingTo("1");
        assertThat(num(e, "programme", "2022", "reach.organisations")).isEqualByComparingTo("2");
    }

    /*
     * Grants: S-A offer G (MICRO_GRANT), S-B offer H (MICRO_GRANT).
     *   O-1: G-9 2024-03-01 100.00, G-10 2024-03-01 300.50  (same date: "G-10" < "G-9" ordinally -> G-10 first)
     *   O-2: G-5 2023-12-31 10.00, G-6 2024-02-01 50.00      (G-6 not first-time)
     *   O-3: G-7 2024-05-01 49.50 at S-A; H-1 2023-06-01 20.00 at S-B
     */
    private static Engine grants() {
        return TestData.asOf("2024-12-31")
                .site("S-A", "2019-01-01")
                .site("S-B", "2019-01-01")
                .org("O-1", MO)
                .org("O-2", MO)
                .org("O-3", MO)
                .offer("G", "S-A", OfferType.MICRO_GRANT)
                .offer("H", "S-B", OfferType.MICRO_GRANT)
                .grant("G-9", "G", "O-1", "2024-03-01", "100.00")
                .grant("G-10", "G", "O-1", "2024-03-01", "300.50")
                .grant("G-5", "G", "O-2", "2023-12-31", "10.00")
                .grant("G-6", "G", "O-2", "2024-02-01", "50")
                .grant("G-7", "G", "O-3", "2024-05-01", "49.5")
                .grant("H-1", "H", "O-3", "2023-06-01", "20")
                .engine();
    }

    @Test
    @DisplayName(
            "first-time grants: earlier date, or same date and smaller id in ordinal order (G-10 before G-9), within S")
    void firstTimeGrants() {
        Engine e = grants();
        // site:S-A 2024: grants G-9, G-10, G-6, G-7 = 4; first-time: G-10 (beats G-9 on the id), G-7 (O-3's
        // first at S-A; H-1 is at S-B, outside S) -> 100 * 2 / 4 = 50
        assertThat(num(e, "site:S-A", "2024", "grants.count")).isEqualByComparingTo("4");
        assertThat(num(e, "site:S-A", "2024", "grants.first-time.share")).isEqualByComparingTo("50");
        // programme 2024: the same 4 grants; G-7 is no longer first-time (H-1 2023-06-01 is in S) -> 100 * 1 / 4 = 25
        assertThat(num(e, "programme", "2024", "grants.first-time.share")).isEqualByComparingTo("25");
        // site:S-A 2024-Q1: G-9, G-10, G-6 -> only G-10 -> 100 / 3 = 33.333333
        assertThat(num(e, "site:S-A", "2024-Q1", "grants.first-time.share").setScale(6, RoundingMode.HALF_EVEN))
                .isEqualByComparingTo("33.333333");
    }

    @Test
    @DisplayName("grants.amount, its mean and the top recipient's share")
    void grantAmounts() {
        Engine e = grants();
        // site:S-A 2024: 100.00 + 300.50 + 50 + 49.5 = 500.00; mean 500 / 4 = 125
        assertThat(num(e, "site:S-A", "2024", "grants.amount")).isEqualByComparingTo("500.00");
        assertThat(num(e, "site:S-A", "2024", "grants.amount.mean")).isEqualByComparingTo("125");
        // by organisation in 2024: O-1 400.50, O-2 50, O-3 49.50 -> 100 * 400.50 / 500 = 80.1
        assertThat(num(e, "site:S-A", "2024", "grants.top-recipient.share")).isEqualByComparingTo("80.1");
        // no grants in 2022: mean and both shares have no denominator
        assertThat(val(e, "site:S-A", "2022", "grants.amount.mean")).isEqualTo(Value.undefined(Reason.NO_DENOMINATOR));
        assertThat(val(e, "site:S-A", "2022", "grants.top-recipient.share"))
                .isEqualTo(Value.undefined(Reason.NO_DENOMINATOR));
        assertThat(val(e, "site:S-A", "2022", "grants.first-time.share"))
                .isEqualTo(Value.undefined(Reason.NO_DENOMINATOR));
    }

    @Test
    @DisplayName(
            "events.count counts distinct (offerId, date) pairs, also when deliveries of two offers interleave on a day")
    void events() {
        // E and F are NETWORKING_EVENT offers of S-A. Deliveries in dataset order:
        //   E O-1 04-01 (3), F O-1 04-01 (1), E O-2 04-01 (2), E O-1 04-02 (-), F O-2 04-01 (4)
        // pairs: (E,04-01), (F,04-01), (E,04-02) = 3; participants 3 + 1 + 2 + 0 + 4 = 10
        Engine e = TestData.asOf("2024-12-31")
                .site("S-A", "2019-01-01")
                .org("O-1", MO)
                .org("O-2", MO)
                .offer("E", "S-A", OfferType.NETWORKING_EVENT)
                .offer("F", "S-A", OfferType.NETWORKING_EVENT)
                .participants("D1", "E", "O-1", "2024-04-01", 3)
                .participants("D2", "F", "O-1", "2024-04-01", 1)
                .participants("D3", "E", "O-2", "2024-04-01", 2)
                .participants("D4", "E", "O-1", "2024-04-02", null)
                .participants("D5", "F", "O-2", "2024-04-01", 4)
                .engine();
        assertThat(num(e, "site:S-A", "2024", "events.count")).isEqualByComparingTo("3");
        assertThat(num(e, "site:S-A", "2024", "events.participants")).isEqualByComparingTo("10");
        // deliveries.count 5, all of type NETWORKING_EVENT
        assertThat(parts(e, "site:S-A", "2024", "deliveries.count"))
                .containsEntry("NETWORKING_EVENT", "5")
                .containsEntry("CONSULTING", "0");
    }

    @Test
    @DisplayName(
            "retention is applicable as soon as one site of S was active on any day of prev(p), even only its last day")
    void retentionApplicability() {
        // S-C starts on 2023-12-31 (the last day of 2023) and serves O-1 that day and on 2024-02-01.
        // S-D starts on 2024-01-01.
        Engine e = TestData.asOf("2024-12-31")
                .site("S-C", "2023-12-31")
                .site("S-D", "2024-01-01")
                .org("O-1", MO)
                .offer("C", "S-C", OfferType.ROOM)
                .offer("D", "S-D", OfferType.ROOM)
                .delivery("D1", "C", "O-1", "2023-12-31")
                .delivery("D2", "C", "O-1", "2024-02-01")
                .delivery("D3", "D", "O-1", "2024-03-01")
                .engine();
        // site:S-C 2024: prev = 2023, S-C active on 2023-12-31; Orgs(2023) = {O-1}, again in 2024 -> 100
        assertThat(num(e, "site:S-C", "2024", "retention.share")).isEqualByComparingTo("100");
        // site:S-C 2024-Q1: prev 2023-Q4 active on its last day -> 100 as well
        assertThat(num(e, "site:S-C", "2024-Q1", "retention.share")).isEqualByComparingTo("100");
        // site:S-C 2024-Q2: prev Q1 {O-1}; Q2 has nobody -> 0
        assertThat(num(e, "site:S-C", "2024-Q2", "retention.share")).isEqualByComparingTo("0");
        // site:S-D 2024: no day of 2023 active -> NOT_APPLICABLE
        assertThat(val(e, "site:S-D", "2024", "retention.share")).isEqualTo(Value.undefined(Reason.NOT_APPLICABLE));
        // programme 2024: S-C active in 2023 -> applicable: {O-1} again -> 100
        assertThat(num(e, "programme", "2024", "retention.share")).isEqualByComparingTo("100");
        // site:S-C 2024-Q3: prev Q2 active but nobody served -> NO_DENOMINATOR, not NOT_APPLICABLE
        assertThat(val(e, "site:S-C", "2024-Q3", "retention.share")).isEqualTo(Value.undefined(Reason.NO_DENOMINATOR));
    }

    @Test
    @DisplayName("multi-use needs two distinct offer types, not two offers of one type")
    void multiUse() {
        // O-1: two CONSULTING offers A, A2 -> one type; O-2: CONSULTING A and TRAINING T -> two types.
        // O-3: TRAINING T in 2024 and ROOM R in 2023 only -> one type in 2024. -> 100 * 1 / 3 = 33.333333
        Engine e = TestData.asOf("2024-12-31")
                .site("S-A", "2019-01-01")
                .org("O-1", MO)
                .org("O-2", MO)
                .org("O-3", MO)
                .offer("A", "S-A", OfferType.CONSULTING)
                .offer("A2", "S-A", OfferType.CONSULTING)
                .offer("T", "S-A", OfferType.TRAINING)
                .offer("R", "S-A", OfferType.ROOM)
                .delivery("D1", "A", "O-1", "2024-01-05")
                .delivery("D2", "A2", "O-1", "2024-02-05")
                .delivery("D3", "A", "O-2", "2024-01-05")
                .delivery("D4", "T", "O-2", "2024-03-05")
                .delivery("D5", "T", "O-3", "2024-03-05")
                .delivery("D6", "R", "O-3", "2023-03-05")
                .engine();
        assertThat(num(e, "site:S-A", "2024", "offers.multi-use.share").setScale(6, RoundingMode.HALF_EVEN))
                .isEqualByComparingTo("33.333333");
    }

    /*
     * Outcome window, asOf 2024-12-31, p = 2024: ref 2024-12-31, W = 2023-01-01 .. 2024-12-31.
     *   O-1: S-A 2022-12-31 and 2023-01-01 (first day of W) -> in R; outcome S-A 2023-02-01 -> counts
     *   O-2: S-A 2023-05-01; outcome S-A 2023-04-01, before its earliest delivery -> no
     *   O-3: S-A 2021-01-01 and 2024-03-01; outcome S-A 2022-12-31, outside W -> no
     *   O-4: S-A 2020-01-01 only (not in R); outcome S-A 2024-01-01 -> not counted at all
     *   O-5: S-B 2020-05-01, S-A 2024-01-01; outcome S-A 2023-06-01: at site:S-A before its earliest S-A
     *        delivery -> no; for the programme its earliest delivery is 2020-05-01 -> counts
     *   O-6: S-A 2022-12-31 only (one day before W); outcome S-A 2023-01-05 -> not in R
     */
    private static Engine outcomes() {
        return TestData.asOf("2024-12-31")
                .site("S-A", "2019-01-01")
                .site("S-B", "2019-01-01")
                .org("O-1", MO)
                .org("O-2", MO)
                .org("O-3", MO)
                .org("O-4", MO)
                .org("O-5", MO)
                .org("O-6", MO)
                .offer("A", "S-A", OfferType.CONSULTING)
                .offer("B", "S-B", OfferType.CONSULTING)
                .delivery("D1", "A", "O-1", "2022-12-31")
                .delivery("D2", "A", "O-1", "2023-01-01")
                .delivery("D3", "A", "O-2", "2023-05-01")
                .delivery("D4", "A", "O-3", "2021-01-01")
                .delivery("D5", "A", "O-3", "2024-03-01")
                .delivery("D6", "A", "O-4", "2020-01-01")
                .delivery("D7", "B", "O-5", "2020-05-01")
                .delivery("D8", "A", "O-5", "2024-01-01")
                .delivery("D9", "A", "O-6", "2022-12-31")
                .outcome("U1", "S-A", "O-1", "2023-02-01", OutcomeType.NEW_PARTNERSHIP)
                .outcome("U2", "S-A", "O-2", "2023-04-01", OutcomeType.NEW_PARTNERSHIP)
                .outcome("U3", "S-A", "O-3", "2022-12-31", OutcomeType.NEW_PARTNERSHIP)
                .outcome("U4", "S-A", "O-4", "2024-01-01", OutcomeType.OTHER)
                .outcome("U5", "S-A", "O-5", "2023-06-01", OutcomeType.ASSOCIATION_REGISTERED)
                .outcome("U6", "S-A", "O-6", "2023-01-05", OutcomeType.OTHER)
                .engine();
    }

    @Test
    @DisplayName("outcomes.organisations.share uses the 24 months ending on ref(p) and the earliest delivery in S")
    void outcomeWindow() {
        Engine e = outcomes();
        // site:S-A: R = {O-1, O-2, O-3, O-5} = 4 (O-4, O-6 have no delivery in W); with outcome: O-1 -> 25
        assertThat(num(e, "site:S-A", "2024", "outcomes.organisations.share")).isEqualByComparingTo("25");
        // programme: R = {O-1, O-2, O-3, O-5}; with outcome: O-1, O-5 -> 50
        assertThat(num(e, "programme", "2024", "outcomes.organisations.share")).isEqualByComparingTo("50");
        // site:S-B 2024: no delivery in W at S-B (O-5's is 2020) -> NO_DENOMINATOR
        assertThat(val(e, "site:S-B", "2024", "outcomes.organisations.share"))
                .isEqualTo(Value.undefined(Reason.NO_DENOMINATOR));
        // outcomes.count site:S-A 2023: U1, U2, U5, U6 = 4; NEW_PARTNERSHIP 2, ASSOCIATION_REGISTERED 1, OTHER 1
        assertThat(num(e, "site:S-A", "2023", "outcomes.count")).isEqualByComparingTo("4");
        assertThat(parts(e, "site:S-A", "2023", "outcomes.count"))
                .containsExactly(
                        java.util.Map.entry("ASSOCIATION_REGISTERED", "1"),
                                java.util.Map.entry("NON_PROFIT_STATUS", "0"),
                        java.util.Map.entry("PUBLIC_FUNDING_ACQUIRED", "0"),
                                java.util.Map.entry("OWN_PROJECT_IMPLEMENTED", "0"),
                        java.util.Map.entry("NEW_PARTNERSHIP", "2"), java.util.Map.entry("JOINED_NETWORK", "0"),
                        java.util.Map.entry("VOLUNTEERS_GAINED", "0"), java.util.Map.entry("OTHER", "1"));
    }

    @Test
    @DisplayName("the outcome window of a partial period ends on asOf")
    void outcomeWindowPartial() {
        // asOf 2024-06-30, p = 2024 (partial): ref 2024-06-30, W = 2022-07-01 .. 2024-06-30.
        // O-1: delivery 2022-07-01 (first day of W), outcome 2024-06-30 -> counts. O-2: delivery 2022-06-30 -> not in
        // R.
        Engine e = TestData.asOf("2024-06-30")
                .site("S-A", "2019-01-01")
                .org("O-1", MO)
                .org("O-2", MO)
                .offer("A", "S-A", OfferType.CONSULTING)
                .delivery("D1", "A", "O-1", "2022-07-01")
                .delivery("D2", "A", "O-2", "2022-06-30")
                .outcome("U1", "S-A", "O-1", "2024-06-30", OutcomeType.OTHER)
                .outcome("U2", "S-A", "O-2", "2024-06-30", OutcomeType.OTHER)
                .engine();
        // R = {O-1}; with outcome O-1 -> 100
        assertThat(num(e, "site:S-A", "2024", "outcomes.organisations.share")).isEqualByComparingTo("100");
    }

    /*
     * Cooperations, asOf 2024-12-31. S-A open; S-E ends 2024-06-30.
     *   C1 S-A LOCAL_AUTHORITY 2020-01-01 .. 2024-12-31 formal   (ends ON ref(2024): still active)
     *   C2 S-A FOUNDATION      2020-01-01 .. 2024-12-30 formal   (ended before ref(2024))
     *   C3 S-E EDUCATION       2021-01-01 .. (none)     informal (effective end 2024-06-30, the site's end)
     *   C4 S-A BUSINESS        2024-12-31 .. (none)     informal (starts on ref(2024))
     */
    @Test
    @DisplayName("cooperations.active counts an effective end on ref(p); the site's end cuts the cooperation")
    void cooperations() {
        Engine e = TestData.asOf("2024-12-31")
                .site("S-A", "2019-01-01")
                .site("S-E", CarrierType.CONSORTIUM, Coverage.REGION, "DE-BY", "2019-01-01", "2024-06-30")
                .cooperation("C1", "S-A", PartnerType.LOCAL_AUTHORITY, "2020-01-01", "2024-12-31", true)
                .cooperation("C2", "S-A", PartnerType.FOUNDATION, "2020-01-01", "2024-12-30", true)
                .cooperation("C3", "S-E", PartnerType.EDUCATION, "2021-01-01", null, false)
                .cooperation("C4", "S-A", PartnerType.BUSINESS, "2024-12-31", null, false)
                .engine();
        // programme 2024 (ref 2024-12-31): C1, C4 active -> 2; formal C1 -> 50
        assertThat(num(e, "programme", "2024", "cooperations.active")).isEqualByComparingTo("2");
        assertThat(num(e, "programme", "2024", "cooperations.formal.share")).isEqualByComparingTo("50");
        assertThat(parts(e, "programme", "2024", "cooperations.active"))
                .containsEntry("LOCAL_AUTHORITY", "1")
                .containsEntry("BUSINESS", "1")
                .containsEntry("FOUNDATION", "0")
                .containsEntry("EDUCATION", "0");
        // programme 2024-Q2 (ref 2024-06-30): C1, C2, C3 (its effective end 2024-06-30 = ref) -> 3; formal 2 ->
        // 66.666667
        assertThat(num(e, "programme", "2024-Q2", "cooperations.active")).isEqualByComparingTo("3");
        assertThat(num(e, "programme", "2024-Q2", "cooperations.formal.share").setScale(6, RoundingMode.HALF_EVEN))
                .isEqualByComparingTo("66.666667");
        // site:S-E 2024-Q3 (ref 2024-09-30): C3 ended with the site -> 0; formal share NO_DENOMINATOR
        assertThat(num(e, "site:S-E", "2024-Q3", "cooperations.active")).isEqualByComparingTo("0");
        assertThat(val(e, "site:S-E", "2024-Q3", "cooperations.formal.share"))
                .isEqualTo(Value.undefined(Reason.NO_DENOMINATOR));
        // cooperations.new by start in p: 2024 -> C4 = 1; 2020 -> C1, C2 = 2; 2024-Q4 -> C4
        assertThat(num(e, "programme", "2024", "cooperations.new")).isEqualByComparingTo("1");
        assertThat(num(e, "programme", "2020", "cooperations.new")).isEqualByComparingTo("2");
        assertThat(num(e, "site:S-A", "2024-Q4", "cooperations.new")).isEqualByComparingTo("1");
    }

    /*
     * Exchanges: S-A, S-B (MIGRANT_UMBRELLA, CITY, DE-SN), S-C (CONSORTIUM, CITY, DE-BY).
     *   X1 2024-03-01 WORKSHOP  S-A, S-B, S-C
     *   X2 2024-05-01 ONLINE    S-A, S-B
     *   X3 2023-05-01 PEER_VISIT S-B, S-C
     */
    @Test
    @DisplayName(
            "exchanges are counted once per exchange; peer sites are distinct sites outside S; a group of every site gets 0")
    void exchanges() {
        Engine e = TestData.asOf("2024-12-31")
                .site("S-A", "2019-01-01")
                .site("S-B", "2019-01-01")
                .site("S-C", CarrierType.CONSORTIUM, Coverage.CITY, "DE-BY", "2019-01-01", null)
                .exchange("X1", "2024-03-01", ExchangeFormat.WORKSHOP, "S-A", "S-B", "S-C")
                .exchange("X2", "2024-05-01", ExchangeFormat.ONLINE, "S-A", "S-B")
                .exchange("X3", "2023-05-01", ExchangeFormat.PEER_VISIT, "S-B", "S-C")
                .engine();
        // carrierType:MIGRANT_UMBRELLA = {S-A, S-B}, 2024: X1, X2 each once -> 2; peers: S-C -> 1
        assertThat(num(e, "carrierType:MIGRANT_UMBRELLA", "2024", "exchange.participations"))
                .isEqualByComparingTo("2");
        assertThat(parts(e, "carrierType:MIGRANT_UMBRELLA", "2024", "exchange.participations"))
                .containsExactly(
                        java.util.Map.entry("NETWORK_MEETING", "0"), java.util.Map.entry("PEER_VISIT", "0"),
                        java.util.Map.entry("WORKSHOP", "1"), java.util.Map.entry("ONLINE", "1"));
        assertThat(num(e, "carrierType:MIGRANT_UMBRELLA", "2024", "exchange.peer-sites"))
                .isEqualByComparingTo("1");
        // site:S-A 2024: X1, X2 -> 2; peers S-B, S-C -> 2
        assertThat(num(e, "site:S-A", "2024", "exchange.peer-sites")).isEqualByComparingTo("2");
        // coverage:CITY holds every site: still a group -> 0 peer sites, not NOT_APPLICABLE
        assertThat(num(e, "coverage:CITY", "2024", "exchange.peer-sites")).isEqualByComparingTo("0");
        assertThat(num(e, "coverage:CITY", "2024", "exchange.participations")).isEqualByComparingTo("2");
        // programme: NOT_APPLICABLE; participations 2 (2024), 1 (2023)
        assertThat(val(e, "programme", "2024", "exchange.peer-sites"))
                .isEqualTo(Value.undefined(Reason.NOT_APPLICABLE));
        assertThat(num(e, "programme", "2023", "exchange.participations")).isEqualByComparingTo("1");
    }

    /*
     * Budgets: S-A open from 2019 (budget 2023: 1000, 2024: 1200.50); S-B 2019-01-01 .. 2023-01-01 (no budget
     * at all). asOf 2025-03-31. Orgs served at S-A: 2024 O-1, O-2, O-3; 2023 nobody.
     */
    @Test
    @DisplayName(
            "budget.amount sums the sites active in the year, NO_DATA when one lacks a budget; cost per organisation for complete years")
    void budgets() {
        Engine e = TestData.asOf("2025-03-31")
                .site("S-A", "2019-01-01")
                .site("S-B", CarrierType.MIGRANT_UMBRELLA, Coverage.CITY, "DE-SN", "2019-01-01", "2023-01-01")
                .org("O-1", MO)
                .org("O-2", MO)
                .org("O-3", MO)
                .offer("A", "S-A", OfferType.ROOM)
                .delivery("D1", "A", "O-1", "2024-01-10")
                .delivery("D2", "A", "O-2", "2024-02-10")
                .delivery("D3", "A", "O-3", "2024-03-10")
                .delivery("D4", "A", "O-1", "2025-01-10")
                .budget("S-A", 2023, "1000")
                .budget("S-A", 2024, "1200.50")
                .budget("S-A", 2025, "900")
                .engine();
        // programme 2024: only S-A active (S-B ended 2023-01-01) -> 1200.50
        assertThat(num(e, "programme", "2024", "budget.amount")).isEqualByComparingTo("1200.50");
        // programme 2023: S-B active on 2023-01-01 and has no 2023 budget -> NO_DATA
        assertThat(val(e, "programme", "2023", "budget.amount")).isEqualTo(Value.undefined(Reason.NO_DATA));
        // cost per organisation keeps budget's reason (NO_DATA), although 0 orgs in 2023 would be NO_DENOMINATOR
        assertThat(val(e, "programme", "2023", "cost.per-organisation")).isEqualTo(Value.undefined(Reason.NO_DATA));
        // site:S-A 2023: budget 1000, 0 organisations -> NO_DENOMINATOR
        assertThat(val(e, "site:S-A", "2023", "cost.per-organisation"))
                .isEqualTo(Value.undefined(Reason.NO_DENOMINATOR));
        // site:S-A 2024: 1200.50 / 3 = 400.1666...
        assertThat(num(e, "site:S-A", "2024", "cost.per-organisation").setScale(6, RoundingMode.HALF_EVEN))
                .isEqualByComparingTo("400.166667");
        // 2025 is partial: budget 900 is defined, cost NOT_APPLICABLE; quarters NOT_APPLICABLE for both
        assertThat(num(e, "site:S-A", "2025", "budget.amount")).isEqualByComparingTo("900");
        assertThat(val(e, "site:S-A", "2025", "cost.per-organisation"))
                .isEqualTo(Value.undefined(Reason.NOT_APPLICABLE));
        assertThat(val(e, "site:S-A", "2024-Q1", "budget.amount")).isEqualTo(Value.undefined(Reason.NOT_APPLICABLE));
        assertThat(val(e, "site:S-A", "2024-Q1", "cost.per-organisation"))
                .isEqualTo(Value.undefined(Reason.NOT_APPLICABLE));
    }

    @Test
    @DisplayName("hours and participants: a missing optional number counts as 0")
    void sums() {
        // CONSULTING: 1.5 + (none) + 2.000 = 3.5; ROOM: 0.25 + 0.75 = 1; TRAINING participants 4 + (none) = 4
        Engine e = TestData.asOf("2024-12-31")
                .site("S-A", "2019-01-01")
                .org("O-1", MO)
                .offer("C", "S-A", OfferType.CONSULTING)
                .offer("R", "S-A", OfferType.ROOM)
                .offer("T", "S-A", OfferType.TRAINING)
                .hours("D1", "C", "O-1", "2024-01-01", "1.5")
                .hours("D2", "C", "O-1", "2024-01-02", null)
                .hours("D3", "C", "O-1", "2024-01-03", "2.000")
                .hours("D4", "R", "O-1", "2024-01-03", "0.25")
                .hours("D5", "R", "O-1", "2024-01-04", "0.75")
                .participants("D6", "T", "O-1", "2024-01-04", 4)
                .participants("D7", "T", "O-1", "2024-01-05", null)
                .engine();
        assertThat(num(e, "site:S-A", "2024", "consulting.hours")).isEqualByComparingTo("3.5");
        assertThat(num(e, "site:S-A", "2024", "rooms.hours")).isEqualByComparingTo("1");
        assertThat(num(e, "site:S-A", "2024", "training.participants")).isEqualByComparingTo("4");
    }
}
