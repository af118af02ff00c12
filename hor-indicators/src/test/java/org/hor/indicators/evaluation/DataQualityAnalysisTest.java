package org.hor.indicators.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.hor.core.model.Dataset;
import org.hor.core.model.Period;
import org.hor.core.spi.Value;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Spec 03 §8 at its boundaries. */
class DataQualityAnalysisTest {

    private static DataQuality assess(TestData data) {
        Dataset d = data.build();
        return DataQualityAnalysis.assess(d, d.sites(), DataQualityThresholds.DEFAULTS);
    }

    /** Adds one delivery on each of {@code days} consecutive days from {@code first}. */
    private static TestData spread(TestData data, String siteId, String first, int days) {
        LocalDate day = LocalDate.parse(first);
        for (int i = 0; i < days; i++) {
            data.deliveries(siteId, day.plusDays(i).toString(), 1);
        }
        return data;
    }

    private static List<DataQualityFinding.Kind> kinds(DataQuality q, String quarter) {
        return q.findings().stream()
                .filter(f -> f.quarter().code().equals(quarter))
                .map(DataQualityFinding::kind)
                .toList();
    }

    @Test
    @DisplayName("one day holding exactly 30 % of 20 deliveries is not bulk dating; 7 of 20 (35 %) is")
    void bulkBoundary() {
        // Q1: 6 on 15 Jan + 14 on other days = 20, 6 / 20 = 30 % → not bulk.
        // Q2: 7 on 15 Apr + 13 on other days = 20, 7 / 20 = 35 % > 30 % → bulk.
        TestData data = new TestData("2024-06-30").site("S-A", "2024-01-01").deliveries("S-A", "2024-01-15", 6);
        spread(data, "S-A", "2024-02-01", 14).deliveries("S-A", "2024-04-15", 7);
        spread(data, "S-A", "2024-05-01", 13);
        DataQuality q = assess(data);
        assertThat(kinds(q, "2024-Q1")).isEmpty();
        assertThat(kinds(q, "2024-Q2")).containsExactly(DataQualityFinding.Kind.BULK_DATING);
        DataQualityFinding bulk = q.findings().get(0);
        assertThat(bulk.day()).isEqualTo(LocalDate.parse("2024-04-15"));
        assertThat(bulk.numbers())
                .containsExactly(
                        new Evidence.Quantity(Evidence.Quantity.Kind.DELIVERIES, Period.parse("2024-Q2"), Value.of(20)),
                        new Evidence.Quantity(
                                Evidence.Quantity.Kind.DELIVERIES_ON_ONE_DAY, Period.parse("2024-Q2"), Value.of(7)),
                        new Evidence.Quantity(
                                Evidence.Quantity.Kind.DELIVERIES_ON_ONE_DAY_SHARE,
                                Period.parse("2024-Q2"),
                                Value.of(35)),
                        new Evidence.Threshold(BigDecimal.valueOf(30)));
    }

    @Test
    @DisplayName("19 deliveries on one day are not bulk dating: a quarter needs at least 20")
    void bulkNeedsTwenty() {
        DataQuality q =
                assess(new TestData("2024-03-31").site("S-A", "2024-01-01").deliveries("S-A", "2024-01-15", 19));
        assertThat(q.findings()).isEmpty();
    }

    @Test
    @DisplayName("20 → 30 (exactly +50 %) is no jump; 20 → 31 is; 12 → 19 is none because the larger count is below 20")
    void jumpBoundary() {
        // Q1 20, Q2 30: |30 − 20| = 10 = 50 % of 20 → not more → no jump.
        // Q3 45: |45 − 30| = 15 = 50 % of 30 → no jump. Q4 68: 23 > 22.5 → jump.
        TestData data = new TestData("2024-12-31").site("S-A", "2024-01-01");
        spread(data, "S-A", "2024-01-01", 20);
        spread(data, "S-A", "2024-04-01", 30);
        spread(data, "S-A", "2024-07-01", 45);
        spread(data, "S-A", "2024-10-01", 68);
        DataQuality q = assess(data);
        assertThat(kinds(q, "2024-Q2")).isEmpty();
        assertThat(kinds(q, "2024-Q3")).isEmpty();
        assertThat(kinds(q, "2024-Q4")).containsExactly(DataQualityFinding.Kind.JUMP);
        // change = 100 × 23 / 45 = 51.1111111111 (10 fraction digits), threshold 50
        Period q3 = Period.parse("2024-Q3");
        Period q4 = Period.parse("2024-Q4");
        assertThat(q.findings().get(0).numbers())
                .containsExactly(
                        new Evidence.Quantity(Evidence.Quantity.Kind.DELIVERIES, q3, Value.of(45)),
                        new Evidence.Quantity(Evidence.Quantity.Kind.DELIVERIES, q4, Value.of(68)),
                        new Evidence.Quantity(
                                Evidence.Quantity.Kind.DELIVERIES_CHANGE,
                                q4,
                                Value.of(new BigDecimal("51.1111111111"))),
                        new Evidence.Threshold(new BigDecimal("50")));

        TestData small = new TestData("2024-06-30").site("S-B", "2024-01-01");
        spread(small, "S-B", "2024-01-01", 12);
        spread(small, "S-B", "2024-04-01", 19);
        assertThat(assess(small).findings()).isEmpty();

        TestData drop = new TestData("2024-06-30").site("S-C", "2024-01-01");
        spread(drop, "S-C", "2024-01-01", 20);
        spread(drop, "S-C", "2024-04-01", 9);
        // |9 − 20| = 11 > 10 and the larger count is 20 ≥ 20 → a jump downwards
        assertThat(kinds(assess(drop), "2024-Q2")).containsExactly(DataQualityFinding.Kind.JUMP);
    }

    @Test
    @DisplayName("a quarter without deliveries is silent only when the site was active on all its days")
    void silentQuarter() {
        // S-A starts 2024-02-01: Q1 (active 60 of 91 days) has no delivery but is not silent; Q2 (91 days) is silent.
        DataQuality q = assess(new TestData("2024-06-30").site("S-A", "2024-02-01"));
        assertThat(q.quarters())
                .extracting(r -> r.quarter().code() + ":" + r.activeDays())
                .containsExactly("2024-Q1:60", "2024-Q2:91");
        assertThat(q.findings()).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(DataQualityFinding.Kind.SILENT_QUARTER);
            assertThat(f.quarter().code()).isEqualTo("2024-Q2");
            assertThat(f.numbers())
                    .containsExactly(
                            new Evidence.Quantity(Evidence.Quantity.Kind.DELIVERIES, f.quarter(), Value.of(0)),
                            new Evidence.Quantity(Evidence.Quantity.Kind.ACTIVE_DAYS, f.quarter(), Value.of(91)));
        });
    }

    @Test
    @DisplayName(
            "records per type count the site's deliveries, exchanges and support actions of the quarter; partial quarters are left out")
    void recordsPerType() {
        TestData data = new TestData("2024-05-15")
                .site("S-A", "2024-01-01")
                .site("S-B", "2024-01-01")
                .deliveries("S-A", "2024-03-31", 2)
                .deliveries("S-B", "2024-03-01", 1)
                .exchange("2024-02-01", "S-A", "S-B")
                .action("SA-1", "S-A", "2024-01-10", "coaching", null);
        DataQuality q = assess(data);
        assertThat(q.quarters()).hasSize(2);
        QuarterRecords a = q.quarters().get(0);
        assertThat(a.siteId()).isEqualTo("S-A");
        assertThat(a.deliveries()).isEqualTo(2);
        assertThat(a.exchanges()).isEqualTo(1);
        assertThat(a.supportActions()).isEqualTo(1);
        assertThat(a.outcomes()).isZero();
    }
}
