package org.hor.indicators.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.hor.core.model.CarrierType;
import org.hor.core.model.Coverage;
import org.hor.core.model.Period;
import org.hor.core.model.Site;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Spec 03 §6: operating years and reference values for new sites. */
class TransferAnalysisTest {

    private static final String R = "reach.organisations";
    private static final String G = "grants.amount";

    @Test
    @DisplayName(
            "operating years follow LocalDate.plusYears; year 1's previous period has its length, year k's is year k−1")
    void operatingYears() {
        // start 2019-03-01: year 1 = 2019-03-01..2020-02-29 (366 days); its previous: 366 days ending 2019-02-28
        OperatingYear y1 = OperatingYear.of(LocalDate.parse("2019-03-01"), 1);
        assertThat(y1.period().code()).isEqualTo("2019-03-01..2020-02-29");
        assertThat(y1.previous().code()).isEqualTo("2018-02-28..2019-02-28");
        // year 2 = 2020-03-01..2021-02-28 (365 days); previous = year 1, not Period.previous() (2019-03-02..2020-02-29)
        OperatingYear y2 = OperatingYear.of(LocalDate.parse("2019-03-01"), 2);
        assertThat(y2.period().code()).isEqualTo("2020-03-01..2021-02-28");
        assertThat(y2.previous()).isEqualTo(y1.period());
        assertThat(y2.period().previous().code()).isEqualTo("2019-03-02..2020-02-29");
        // start on 29 February: 2020-02-29 + 1 year = 2021-02-28, so year 1 ends 2021-02-27
        assertThat(OperatingYear.of(LocalDate.parse("2020-02-29"), 1).period().code())
                .isEqualTo("2020-02-29..2021-02-27");
        assertThat(OperatingYear.of(LocalDate.parse("2020-02-29"), 5).period().code())
                .isEqualTo("2024-02-29..2025-02-27");
        assertThatThrownBy(() -> OperatingYear.of(LocalDate.parse("2020-02-29"), 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("numbered from 1: 0");
    }

    @Test
    @DisplayName("summaries per complete operating year, and recommended targets by carrier type or all sites")
    void transfer() {
        List<Site> sites = List.of(
                TestData.newSite("C1", CarrierType.CONSORTIUM, Coverage.CITY, "2022-01-01", null),
                TestData.newSite("M1", CarrierType.MIGRANT_UMBRELLA, Coverage.CITY, "2019-03-01", null),
                TestData.newSite("M2", CarrierType.MIGRANT_UMBRELLA, Coverage.CITY, "2020-01-01", "2021-12-30"),
                TestData.newSite("M3", CarrierType.MIGRANT_UMBRELLA, Coverage.CITY, "2021-06-01", null),
                TestData.newSite("M4", CarrierType.MIGRANT_UMBRELLA, Coverage.CITY, "2021-01-01", null));
        FakeSource source = new FakeSource()
                .set("M1", "2019-03-01..2020-02-29", R, "10")
                .set("M2", "2020-01-01..2020-12-31", R, "20")
                .set("M3", "2021-06-01..2022-05-31", R, "30")
                .set("C1", "2022-01-01..2022-12-31", R, "50")
                .set("M1", "2019-03-01..2020-02-29", G, "0")
                .set("M2", "2020-01-01..2020-12-31", G, "0")
                .set("M3", "2021-06-01..2022-05-31", G, "0")
                .set("C1", "2022-01-01..2022-12-31", G, "0");
        AssessmentOptions options = AssessmentOptions.defaults();
        options = new AssessmentOptions(
                null,
                options.challengeThresholds(),
                2,
                options.supportNeedPercent(),
                2,
                options.approachMarginPercent(),
                3,
                3,
                List.of(R, G),
                List.of(),
                List.of(),
                options.dataQuality());
        List<TransferYear> years = TransferAnalysis.transfer(sites, LocalDate.parse("2023-06-30"), source, options);

        // asOf 2023-06-30. Year 2: M1 (..2021-02-28), M3 (..2023-05-31), M4 (..2022-12-31) complete;
        // M2's ends 2021-12-31, after its end 2021-12-30; C1's ends 2023-12-31 > asOf. Years 3, 4: M1 only.
        assertThat(years).extracting(TransferYear::k).containsExactly(1, 2, 3, 4);
        assertThat(years.get(0).siteIds()).containsExactly("C1", "M1", "M2", "M3", "M4");
        assertThat(years.get(1).siteIds()).containsExactly("M1", "M3", "M4");
        assertThat(years.get(3).siteIds()).containsExactly("M1");

        // year 1, reach: 10, 20, 30, 50 (M4 undefined) → n 4; Q1: h = 0.75 → 10 + 0.75 · 10 = 17.5;
        // median (20 + 30) / 2 = 25; Q3: h = 2.25 → 30 + 0.25 · 20 = 35
        TransferIndicator reach = years.get(0).indicators().get(0);
        Summary s = reach.summary();
        assertThat(s.n()).isEqualTo(4);
        assertThat(s.q1().asNumber().orElseThrow()).isEqualByComparingTo("17.5");
        assertThat(s.median().asNumber().orElseThrow()).isEqualByComparingTo("25");
        assertThat(s.q3().asNumber().orElseThrow()).isEqualByComparingTo("35");
        // MIGRANT_UMBRELLA has 3 defined values (10, 20, 30) → its own median 20; the others fall back to all: 25
        assertThat(reach.recommendations())
                .containsExactly(
                        new RecommendedTarget(
                                CarrierType.MIGRANT_UMBRELLA, TargetBasis.CARRIER_TYPE, 3, new BigDecimal("20")),
                        new RecommendedTarget(
                                CarrierType.OTHER_CARRIER, TargetBasis.ALL_SITES, 4, new BigDecimal("25")),
                        new RecommendedTarget(CarrierType.CONSORTIUM, TargetBasis.ALL_SITES, 4, new BigDecimal("25")));
        // grants: every median 0 → no recommendation at all
        assertThat(years.get(0).indicators().get(1).recommendations()).isEmpty();

        // the engine is asked with the right previous period: year 2 of M1 with year 1
        assertThat(source.previousAskedFor(Period.parse("2020-03-01..2021-02-28")))
                .isEqualTo(Period.parse("2019-03-01..2020-02-29"));
        assertThat(source.previousAskedFor(Period.parse("2019-03-01..2020-02-29")))
                .isEqualTo(Period.parse("2018-02-28..2019-02-28"));
    }
}
