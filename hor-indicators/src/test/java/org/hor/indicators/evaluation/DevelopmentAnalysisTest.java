package org.hor.indicators.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import org.hor.core.model.CarrierType;
import org.hor.core.model.Coverage;
import org.hor.core.model.PeriodType;
import org.hor.core.model.Site;
import org.hor.core.spi.Reason;
import org.hor.core.spi.Value;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Spec 03 §1. */
class DevelopmentAnalysisTest {

    private static final String R = "reach.organisations";

    @Test
    @DisplayName(
            "the series covers the complete years in which the site was active, flags short ones, and gives changes")
    void series() {
        // start 2021-07-03: 2021 active 182 of 365 days (< 182.5 → short); 2022, 2023 full; 2024 partial (asOf
        // 2024-06-30) left out
        Site site = TestData.newSite("S-A", CarrierType.CONSORTIUM, Coverage.CITY, "2021-07-03", null);
        FakeSource source = new FakeSource()
                .set("S-A", "2021", R, "10")
                .set("S-A", "2022", R, "0")
                .set("S-A", "2023", R, "12");
        Development d =
                DevelopmentAnalysis.develop(site, R, PeriodType.YEAR, java.time.LocalDate.parse("2024-06-30"), source);
        assertThat(d.points()).extracting(p -> p.period().code()).containsExactly("2021", "2022", "2023");
        assertThat(d.points()).extracting(SeriesPoint::activeDays).containsExactly(182L, 365L, 365L);
        assertThat(d.points()).extracting(SeriesPoint::isShort).containsExactly(true, false, false);
        // first point: no change; 10 → 0: −10, −100 %; 0 → 12: +12, percent undefined (earlier value 0)
        assertThat(d.points().get(0).change().undefinedReason()).contains(Reason.NOT_APPLICABLE);
        assertThat(d.points().get(1).change()).isEqualTo(Value.of(-10));
        assertThat(d.points().get(1).changePercent().asNumber().orElseThrow()).isEqualByComparingTo("-100");
        assertThat(d.points().get(2).change()).isEqualTo(Value.of(12));
        assertThat(d.points().get(2).changePercent().undefinedReason()).contains(Reason.NO_DENOMINATOR);
        // the first of the last three points is short → UNKNOWN
        assertThat(d.trend()).isEqualTo(Trend.UNKNOWN);
    }

    @Test
    @DisplayName("a site active on exactly half of a period's days is not short")
    void halfIsNotShort() {
        // 2022-Q1 has 31 + 28 + 31 = 90 days; half is 45.
        Site half = TestData.newSite("S-A", CarrierType.CONSORTIUM, Coverage.CITY, "2022-02-15", null);
        FakeSource source = new FakeSource();
        Development d = DevelopmentAnalysis.develop(
                half, R, PeriodType.QUARTER, java.time.LocalDate.parse("2022-03-31"), source);
        // start 2022-02-15: Feb 15..28 = 14, Mar = 31 → 45 = exactly half of 90 → not short
        assertThat(d.points()).singleElement().satisfies(p -> {
            assertThat(p.activeDays()).isEqualTo(45);
            assertThat(p.isShort()).isFalse();
        });
        // start 2022-02-16: Feb 16..28 = 13, Mar = 31 → 44 < 45 → short
        Site less = TestData.newSite("S-A", CarrierType.CONSORTIUM, Coverage.CITY, "2022-02-16", null);
        assertThat(DevelopmentAnalysis.develop(
                                less, R, PeriodType.QUARTER, java.time.LocalDate.parse("2022-03-31"), source)
                        .points()
                        .get(0)
                        .isShort())
                .isTrue();
    }

    @Test
    @DisplayName(
            "trends: strictly rising, strictly falling, stable with a tie, unknown with an undefined point or fewer than three")
    void trends() {
        Site site = TestData.newSite("S-A", CarrierType.CONSORTIUM, Coverage.CITY, "2020-01-01", null);
        java.time.LocalDate asOf = java.time.LocalDate.parse("2023-12-31");
        FakeSource rising = new FakeSource()
                .set("S-A", "2020", R, "50")
                .set("S-A", "2021", R, "1")
                .set("S-A", "2022", R, "2")
                .set("S-A", "2023", R, "3");
        assertThat(DevelopmentAnalysis.develop(site, R, PeriodType.YEAR, asOf, rising)
                        .trend())
                .isEqualTo(Trend.RISING);
        FakeSource falling = new FakeSource()
                .set("S-A", "2021", R, "3")
                .set("S-A", "2022", R, "2")
                .set("S-A", "2023", R, "1");
        assertThat(DevelopmentAnalysis.develop(site, R, PeriodType.YEAR, asOf, falling)
                        .trend())
                .isEqualTo(Trend.FALLING);
        FakeSource tie = new FakeSource()
                .set("S-A", "2021", R, "3")
                .set("S-A", "2022", R, "3")
                .set("S-A", "2023", R, "4");
        assertThat(DevelopmentAnalysis.develop(site, R, PeriodType.YEAR, asOf, tie)
                        .trend())
                .isEqualTo(Trend.STABLE);
        FakeSource gap = new FakeSource().set("S-A", "2021", R, "3").set("S-A", "2023", R, "4");
        assertThat(DevelopmentAnalysis.develop(site, R, PeriodType.YEAR, asOf, gap)
                        .trend())
                .isEqualTo(Trend.UNKNOWN);
        Site young = TestData.newSite("S-B", CarrierType.CONSORTIUM, Coverage.CITY, "2022-01-01", null);
        assertThat(DevelopmentAnalysis.develop(young, R, PeriodType.YEAR, asOf, rising)
                        .trend())
                .isEqualTo(Trend.UNKNOWN);
    }
}
