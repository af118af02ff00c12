package org.hor.core.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Sample parameters")
class SampleParametersTest {

    private static final SampleParameters D = SampleParameters.defaults();

    @Test
    @DisplayName("the defaults are 12 sites, 600 organisations, 30000 deliveries, 2016 to 2025-12-31, seed 2016")
    void defaults() {
        assertThat(D).isEqualTo(new SampleParameters(12, 600, 30_000, 2016, LocalDate.of(2025, 12, 31), 2016));
        assertThat(D.evaluationYear()).isEqualTo(2025);
    }

    @Test
    @DisplayName("the evaluation year is the latest year complete on asOf")
    void evaluationYear() {
        assertThat(D.withAsOf(LocalDate.of(2025, 12, 30)).evaluationYear()).isEqualTo(2024);
        assertThat(D.withAsOf(LocalDate.of(2026, 1, 1)).evaluationYear()).isEqualTo(2025);
    }

    @Test
    @DisplayName("each wither changes exactly its parameter")
    void withers() {
        LocalDate day = LocalDate.of(2030, 6, 30);
        assertThat(D.withSites(400)).isEqualTo(new SampleParameters(400, 600, 30_000, 2016, D.asOf(), 2016));
        assertThat(D.withOrganisations(50_000))
                .isEqualTo(new SampleParameters(12, 50_000, 30_000, 2016, D.asOf(), 2016));
        assertThat(D.withDeliveries(7)).isEqualTo(new SampleParameters(12, 600, 7, 2016, D.asOf(), 2016));
        assertThat(D.withFirstYear(2020)).isEqualTo(new SampleParameters(12, 600, 30_000, 2020, D.asOf(), 2016));
        assertThat(D.withAsOf(day)).isEqualTo(new SampleParameters(12, 600, 30_000, 2016, day, 2016));
        assertThat(D.withSeed(-1)).isEqualTo(new SampleParameters(12, 600, 30_000, 2016, D.asOf(), -1));
    }

    @Test
    @DisplayName("sites must be at least 1")
    void sitesAtLeastOne() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> D.withSites(0))
                .withMessage("sites must be at least 1: 0");
        assertThat(D.withSites(1).sites()).isEqualTo(1);
    }

    @Test
    @DisplayName("sites must be at most 10000")
    void sitesAtMost() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> D.withSites(10_001))
                .withMessage("sites must be at most 10000: 10001");
        assertThat(D.withSites(10_000).sites()).isEqualTo(10_000);
    }

    @Test
    @DisplayName("organisations must be at least 1")
    void organisations() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> D.withOrganisations(0))
                .withMessage("organisations must be at least 1: 0");
    }

    @Test
    @DisplayName("deliveries must not be negative")
    void deliveries() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> D.withDeliveries(-1))
                .withMessage("deliveries must not be negative: -1");
        assertThat(D.withDeliveries(0).deliveries()).isZero();
    }

    @Test
    @DisplayName("firstYear must be at least 1900")
    void firstYearAtLeast() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> D.withFirstYear(1899))
                .withMessage("firstYear must be at least 1900: 1899");
    }

    @Test
    @DisplayName("firstYear must not be after the year of asOf")
    void firstYearNotAfterAsOf() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> D.withFirstYear(2026))
                .withMessage("firstYear must not be after the year of asOf (2025): 2026");
        assertThat(D.withFirstYear(2025).firstYear()).isEqualTo(2025);
    }

    @Test
    @DisplayName("the years from firstYear to asOf must be at most 60")
    void atMostSixtyYears() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> D.withFirstYear(1965))
                .withMessage("the years from firstYear to asOf must be at most 60: 1965 to 2025");
        assertThat(D.withFirstYear(1966).firstYear()).isEqualTo(1966);
    }

    @Test
    @DisplayName("asOf must not be null")
    void asOfNotNull() {
        assertThatNullPointerException().isThrownBy(() -> D.withAsOf(null)).withMessage("asOf");
    }
}
