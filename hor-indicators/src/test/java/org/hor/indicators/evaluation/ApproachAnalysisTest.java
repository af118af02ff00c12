package org.hor.indicators.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.hor.core.model.CarrierType;
import org.hor.core.model.Coverage;
import org.hor.core.model.Period;
import org.hor.core.model.Site;
import org.hor.core.spi.Direction;
import org.hor.core.spi.Value;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Spec 03 §5: strengths and weaknesses against the overall median. */
class ApproachAnalysisTest {

    private static final BigDecimal MARGIN = BigDecimal.valueOf(20);

    private static Summary median(String... xs) {
        return Summary.of(java.util.Arrays.stream(xs)
                .map(x -> Value.of(new BigDecimal(x)))
                .toList());
    }

    @Test
    @DisplayName("a median exactly 20 % above the overall median is not a strength; just above it is")
    void strengthBoundary() {
        // overall 50; 20 % of 50 = 10. Group median 60 is better by exactly 10: not more than 10.
        GroupIndicator at = ApproachAnalysis.standing(
                "reach.organisations", median("60", "60", "60"), Value.of(50), Direction.UP, 3, MARGIN);
        assertThat(at.standing()).isEqualTo(Standing.WITHIN_MARGIN);
        assertThat(at.deviation().asNumber())
                .hasValueSatisfying(d -> assertThat(d).isEqualByComparingTo("20"));
        // 60.000001 is better by 10.000001 > 10
        GroupIndicator above = ApproachAnalysis.standing(
                "reach.organisations",
                median("60.000001", "60.000001", "60.000001"),
                Value.of(50),
                Direction.UP,
                3,
                MARGIN);
        assertThat(above.standing()).isEqualTo(Standing.STRENGTH);
    }

    @Test
    @DisplayName("a median exactly 20 % below is not a weakness; just below it is")
    void weaknessBoundary() {
        // overall 50; group 40 is worse by exactly 10; 39.99 by 10.01
        assertThat(ApproachAnalysis.standing("x", median("40", "40", "40"), Value.of(50), Direction.UP, 3, MARGIN)
                        .standing())
                .isEqualTo(Standing.WITHIN_MARGIN);
        assertThat(ApproachAnalysis.standing("x", median("39.99", "40", "39"), Value.of(50), Direction.UP, 3, MARGIN)
                        .standing())
                .isEqualTo(Standing.WEAKNESS);
    }

    @Test
    @DisplayName("for a DOWN indicator a lower median is the strength")
    void downDirection() {
        // overall 50, group 30: 20 lower, better for DOWN by 20 > 10
        assertThat(ApproachAnalysis.standing(
                                "grants.top-recipient.share",
                                median("30", "30", "30"),
                                Value.of(50),
                                Direction.DOWN,
                                3,
                                MARGIN)
                        .standing())
                .isEqualTo(Standing.STRENGTH);
        assertThat(ApproachAnalysis.standing(
                                "grants.top-recipient.share",
                                median("70", "70", "70"),
                                Value.of(50),
                                Direction.DOWN,
                                3,
                                MARGIN)
                        .standing())
                .isEqualTo(Standing.WEAKNESS);
    }

    @Test
    @DisplayName("not compared with n = 2, with an overall median of 0, or with an undefined overall median")
    void notCompared() {
        assertThat(ApproachAnalysis.standing("x", median("90", "90"), Value.of(50), Direction.UP, 3, MARGIN)
                        .standing())
                .isEqualTo(Standing.NOT_COMPARED);
        assertThat(ApproachAnalysis.standing("x", median("90", "90", "90"), Value.of(0), Direction.UP, 3, MARGIN)
                        .standing())
                .isEqualTo(Standing.NOT_COMPARED);
        assertThat(ApproachAnalysis.standing(
                                "x",
                                median("90", "90", "90"),
                                Value.undefined(org.hor.core.spi.Reason.NO_DATA),
                                Direction.UP,
                                3,
                                MARGIN)
                        .standing())
                .isEqualTo(Standing.NOT_COMPARED);
    }

    @Test
    @DisplayName("groups exist for values with a site of Y, in spec order, with n, median, min and max of their sites")
    void groups() {
        // CONSORTIUM: A 10, B 20, C 30, D undefined → n 3, median 20; MIGRANT_UMBRELLA: E 40 → n 1
        // overall over A, B, C, E: 10, 20, 30, 40 → median 25. CONSORTIUM 20 vs 25: worse by 5 ≤ 5 (20 % of 25) →
        // within.
        List<Site> sites = List.of(
                TestData.newSite("A", CarrierType.CONSORTIUM, Coverage.CITY, "2020-01-01", null),
                TestData.newSite("B", CarrierType.CONSORTIUM, Coverage.REGION, "2020-01-01", null),
                TestData.newSite("C", CarrierType.CONSORTIUM, Coverage.CITY, "2020-01-01", null),
                TestData.newSite("D", CarrierType.CONSORTIUM, Coverage.CITY, "2020-01-01", null),
                TestData.newSite("E", CarrierType.MIGRANT_UMBRELLA, Coverage.CITY, "2020-01-01", null));
        FakeSource source = new FakeSource()
                .set("A", "2024", "reach.organisations", "10")
                .set("B", "2024", "reach.organisations", "20")
                .set("C", "2024", "reach.organisations", "30")
                .set("E", "2024", "reach.organisations", "40");
        AssessmentOptions options = new AssessmentOptions(
                null,
                ChallengeThresholds.DEFAULTS,
                2,
                BigDecimal.valueOf(50),
                2,
                MARGIN,
                3,
                3,
                List.of("reach.organisations"),
                List.of(),
                List.of(),
                DataQualityThresholds.DEFAULTS);
        Approaches a = ApproachAnalysis.compare(sites, Period.year(2024), source, options);
        assertThat(a.overall().get(0).summary().median().asNumber())
                .hasValueSatisfying(m -> assertThat(m).isEqualByComparingTo("25"));
        assertThat(a.groups())
                .extracting(g -> g.dimension() + ":" + g.value() + ":" + g.sites())
                .containsExactly(
                        "CARRIER_TYPE:MIGRANT_UMBRELLA:1",
                        "CARRIER_TYPE:CONSORTIUM:4",
                        "COVERAGE:CITY:4",
                        "COVERAGE:REGION:1");
        GroupIndicator consortium = a.groups().get(1).indicators().get(0);
        assertThat(consortium.summary().n()).isEqualTo(3);
        assertThat(consortium.summary().median().asNumber())
                .hasValueSatisfying(m -> assertThat(m).isEqualByComparingTo("20"));
        assertThat(consortium.summary().min().asNumber())
                .hasValueSatisfying(m -> assertThat(m).isEqualByComparingTo("10"));
        assertThat(consortium.summary().max().asNumber())
                .hasValueSatisfying(m -> assertThat(m).isEqualByComparingTo("30"));
        assertThat(consortium.standing()).isEqualTo(Standing.WITHIN_MARGIN);
        // CITY: A 10, C 30, E 40 → median 30, better by 5 ≤ 5 → within as well
        assertThat(a.groups().get(2).indicators().get(0).standing()).isEqualTo(Standing.WITHIN_MARGIN);
        assertThat(a.groups().get(0).indicators().get(0).standing()).isEqualTo(Standing.NOT_COMPARED);
    }
}
