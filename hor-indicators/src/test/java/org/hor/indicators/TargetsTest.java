package org.hor.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.hor.core.model.OfferType;
import org.hor.core.model.OrganisationType;
import org.hor.core.spi.Reason;
import org.hor.core.spi.Value;
import org.hor.indicators.standard.StandardCatalogue;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("targets: attainment, pace and status")
class TargetsTest {

    /*
     * asOf 2024-06-30; S-A from 2023-01-01. 2024 has 366 days, of which 182 (Jan 1 .. Jun 30) elapsed.
     * O-1, O-2 migrant organisations; O-3 integrative association; O-4 other; O-5 initiative, migrant-led.
     * 2023: D1 grant O-1 600.00 | D2 grant O-2 400.00 | D3 consulting O-3 | D4 consulting O-1
     *       -> 4 deliveries, 3 organisations, both grants first-time, top recipient 600 / 1000 = 60 %
     *       budget 900.00 -> cost 900 / 3 = 300
     * 2024: D5..D8 consulting O-1 (Jan), O-2 (Feb), O-4 (Mar), O-5 (Apr)
     *       -> 4 organisations, 3 migrant-led (75 %); Q1: 3 organisations
     * complaints (plugin acme.complaints, DOWN): 2024-02-01, 2024-03-01, 2024-05-01
     */
    private final TestData data = TestData.asOf("2024-06-30")
            .site("S-A", "2023-01-01")
            .org("O-1", OrganisationType.MIGRANT_ORGANISATION)
            .org("O-2", OrganisationType.MIGRANT_ORGANISATION)
            .org("O-3", OrganisationType.INTEGRATIVE_ASSOCIATION)
            .org("O-4", OrganisationType.OTHER)
            .org("O-5", OrganisationType.INITIATIVE, true)
            .offer("G", "S-A", OfferType.MICRO_GRANT)
            .offer("C", "S-A", OfferType.CONSULTING)
            .grant("D1", "G", "O-1", "2023-02-01", "600.00")
            .grant("D2", "G", "O-2", "2023-03-01", "400.00")
            .delivery("D3", "C", "O-3", "2023-04-01")
            .delivery("D4", "C", "O-1", "2023-05-01")
            .delivery("D5", "C", "O-1", "2024-01-10")
            .delivery("D6", "C", "O-2", "2024-02-10")
            .delivery("D7", "C", "O-4", "2024-03-10")
            .delivery("D8", "C", "O-5", "2024-04-10")
            .budget("S-A", 2023, "900.00")
            .measurement("S-A", "complaint", "2024-02-01", "1")
            .measurement("S-A", "complaint", "2024-03-01", "1")
            .measurement("S-A", "complaint", "2024-05-01", "1")
            .target("S-A", "reach.organisations", "2023", "4")
            .target("S-A", "deliveries.count", "2023", "4")
            .target("S-A", "grants.top-recipient.share", "2023", "40")
            .target("S-A", "cost.per-organisation", "2023", "240")
            .target("S-A", "retention.share", "2023", "50")
            .target("S-A", "grants.first-time.share", "2023", "50")
            .target("S-A", "acme.complaints", "2023", "2")
            .target("S-A", "reach.organisations", "2024", "10")
            .target("S-A", "reach.migrant-led.share", "2024", "50")
            .target("S-A", "cost.per-organisation", "2024", "300")
            .target("S-A", "acme.complaints", "2024", "4")
            .target("S-A", "acme.complaints", "2024-Q1", "1")
            .target("S-A", "deliveries.count", "2024-Q3", "5")
            .target("S-A", "deliveries.count", "2024-H1", "3")
            .target("S-A", "reach.organisations", "2024-Q1", "7")
            .target("S-A", "deliveries.count", "2024", "20");

    private final List<TargetResult> results = Engine.create(
                    data.build(), List.of(new StandardCatalogue(), new ComplaintsPlugin()))
            .targets("S-A");

    private TargetResult result(String indicator, String period) {
        return results.stream()
                .filter(r ->
                        r.indicator().equals(indicator) && r.period().code().equals(period))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no result for " + indicator + " " + period));
    }

    private static BigDecimal six(BigDecimal b) {
        return b.setScale(6, RoundingMode.HALF_EVEN);
    }

    @Test
    @DisplayName("results come by period, then in catalogue order, without future periods")
    void order() {
        assertThat(results)
                .extracting(r -> r.period().code(), TargetResult::indicator)
                .containsExactly(
                        tuple("2023", "reach.organisations"),
                        tuple("2023", "deliveries.count"),
                        tuple("2023", "grants.first-time.share"),
                        tuple("2023", "grants.top-recipient.share"),
                        tuple("2023", "retention.share"),
                        tuple("2023", "cost.per-organisation"),
                        tuple("2023", "acme.complaints"),
                        tuple("2024", "reach.organisations"),
                        tuple("2024", "reach.migrant-led.share"),
                        tuple("2024", "deliveries.count"),
                        tuple("2024", "cost.per-organisation"),
                        tuple("2024", "acme.complaints"),
                        tuple("2024-H1", "deliveries.count"),
                        tuple("2024-Q1", "reach.organisations"),
                        tuple("2024-Q1", "acme.complaints"));
    }

    @Test
    @DisplayName("complete periods: attainment 100 × actual / target and the status thresholds, compared exactly")
    void completeUp() {
        // reach 2023: 100 * 3 / 4 = 75 -> PARTLY (>= 50, < 80)
        TargetResult reach = result("reach.organisations", "2023");
        assertThat(reach.attainment()).isEqualByComparingTo("75");
        assertThat(reach.status()).isEqualTo(TargetStatus.PARTLY);
        assertThat(reach.expectation()).isNull();
        // deliveries 2023: 100 * 4 / 4 = 100 exactly -> ACHIEVED
        assertThat(result("deliveries.count", "2023").attainment()).isEqualByComparingTo("100");
        assertThat(result("deliveries.count", "2023").status()).isEqualTo(TargetStatus.ACHIEVED);
        // first-time share 2023: 100 * 100 / 50 = 200 -> ACHIEVED
        assertThat(result("grants.first-time.share", "2023").attainment()).isEqualByComparingTo("200");
        // reach 2024-Q1 (complete): 100 * 3 / 7 = 42.857142... -> MISSED
        assertThat(six(result("reach.organisations", "2024-Q1").attainment())).isEqualByComparingTo("42.857143");
        assertThat(result("reach.organisations", "2024-Q1").status()).isEqualTo(TargetStatus.MISSED);
        // deliveries 2024-H1 (ends on asOf, complete): 100 * 4 / 3 = 133.33... -> ACHIEVED
        assertThat(result("deliveries.count", "2024-H1").status()).isEqualTo(TargetStatus.ACHIEVED);
        assertThat(result("deliveries.count", "2024-H1").partial()).isFalse();
    }

    @Test
    @DisplayName("complete periods: a DOWN indicator's attainment is 100 × target / actual")
    void completeDown() {
        // top recipient 2023: 100 * 40 / 60 = 66.666... -> PARTLY
        TargetResult top = result("grants.top-recipient.share", "2023");
        assertThat(six(top.attainment())).isEqualByComparingTo("66.666667");
        assertThat(top.status()).isEqualTo(TargetStatus.PARTLY);
        // cost 2023: 100 * 240 / 300 = 80 exactly -> NEARLY
        assertThat(result("cost.per-organisation", "2023").attainment()).isEqualByComparingTo("80");
        assertThat(result("cost.per-organisation", "2023").status()).isEqualTo(TargetStatus.NEARLY);
        // complaints 2024-Q1: 2 complaints, 100 * 1 / 2 = 50 exactly -> PARTLY
        assertThat(result("acme.complaints", "2024-Q1").attainment()).isEqualByComparingTo("50");
        assertThat(result("acme.complaints", "2024-Q1").status()).isEqualTo(TargetStatus.PARTLY);
    }

    @Test
    @DisplayName(
            "complete periods: a DOWN indicator at 0 is achieved without attainment; an undefined actual is missed")
    void completeEdges() {
        TargetResult zero = result("acme.complaints", "2023");
        assertThat(zero.actual()).isEqualTo(Value.of(0));
        assertThat(zero.status()).isEqualTo(TargetStatus.ACHIEVED);
        assertThat(zero.attainment()).isNull();
        // retention 2023: S-A's first year -> NOT_APPLICABLE -> MISSED without attainment
        TargetResult retention = result("retention.share", "2023");
        assertThat(retention.actual()).isEqualTo(Value.undefined(Reason.NOT_APPLICABLE));
        assertThat(retention.status()).isEqualTo(TargetStatus.MISSED);
        assertThat(retention.attainment()).isNull();
    }

    @Test
    @DisplayName("partial periods: a CUMULATIVE expectation is the target times the elapsed fraction")
    void partialCumulative() {
        // reach 2024: expectation 10 * 182 / 366 = 4.97267759...; pace 100 * 4 / 4.9726... = 146400 / 1820 =
        // 80.43956...
        TargetResult reach = result("reach.organisations", "2024");
        assertThat(six(reach.expectation())).isEqualByComparingTo("4.972678");
        assertThat(six(reach.attainment())).isEqualByComparingTo("80.439560");
        assertThat(reach.status()).isEqualTo(TargetStatus.BEHIND);
        assertThat(reach.partial()).isTrue();
        // deliveries 2024: 4 deliveries; expectation 20 * 182 / 366 = 9.945355; pace 146400 / 3640 = 40.21978 ->
        // FAR_BEHIND
        TargetResult deliveries = result("deliveries.count", "2024");
        assertThat(six(deliveries.expectation())).isEqualByComparingTo("9.945355");
        assertThat(six(deliveries.attainment())).isEqualByComparingTo("40.219780");
        assertThat(deliveries.status()).isEqualTo(TargetStatus.FAR_BEHIND);
    }

    @Test
    @DisplayName("partial periods: a LEVEL expectation is the target itself")
    void partialLevel() {
        // migrant-led 2024: 3 of 4 = 75; expectation 50; pace 150 -> ON_TRACK
        TargetResult share = result("reach.migrant-led.share", "2024");
        assertThat(share.expectation()).isEqualByComparingTo("50");
        assertThat(share.attainment()).isEqualByComparingTo("150");
        assertThat(share.status()).isEqualTo(TargetStatus.ON_TRACK);
        // cost 2024: not applicable in a partial year -> FAR_BEHIND, no pace, expectation 300 (LEVEL)
        TargetResult cost = result("cost.per-organisation", "2024");
        assertThat(cost.status()).isEqualTo(TargetStatus.FAR_BEHIND);
        assertThat(cost.attainment()).isNull();
        assertThat(cost.expectation()).isEqualByComparingTo("300");
    }

    @Test
    @DisplayName("partial periods: a DOWN pace is 100 × expectation / actual")
    void partialDown() {
        // complaints 2024: 3; expectation 4 * 182 / 366 = 1.989071; pace 100 * 728 / (366 * 3) = 66.302368 -> BEHIND
        TargetResult complaints = result("acme.complaints", "2024");
        assertThat(six(complaints.expectation())).isEqualByComparingTo("1.989071");
        assertThat(six(complaints.attainment())).isEqualByComparingTo("66.302368");
        assertThat(complaints.status()).isEqualTo(TargetStatus.BEHIND);
    }

    @Test
    @DisplayName("partial periods: a DOWN indicator at 0 is on track without pace")
    void partialDownZero() {
        // a dataset as of 2024-01-31 has no complaints yet in 2024
        TestData early =
                TestData.asOf("2024-01-31").site("S-A", "2023-01-01").target("S-A", "acme.complaints", "2024", "4");
        TargetResult r = Engine.create(early.build(), List.of(new StandardCatalogue(), new ComplaintsPlugin()))
                .targets("S-A")
                .get(0);
        // expectation 4 * 31 / 366 = 0.338797...
        assertThat(r.status()).isEqualTo(TargetStatus.ON_TRACK);
        assertThat(r.attainment()).isNull();
        assertThat(six(r.expectation())).isEqualByComparingTo("0.338798");
    }
}
