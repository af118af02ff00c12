package org.hor.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.hor.core.model.OfferType;
import org.hor.core.model.OrganisationType;
import org.hor.core.model.Period;
import org.hor.core.spi.Reason;
import org.hor.core.spi.Scope;
import org.hor.core.spi.Value;
import org.hor.indicators.evaluation.FormativeEvaluation;
import org.hor.indicators.evaluation.IndicatorSource;
import org.hor.indicators.evaluation.OperatingYear;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class EngineSourceTest {

    // Site S starts 2019-03-01. Operating year 1 = 2019-03-01..2020-02-29 (366 days, holds 29 Feb),
    // operating year 2 = 2020-03-01..2021-02-28 (365 days). Period.previous() of year 2 is the 365 days
    // before it: 2019-03-02..2020-02-29, which misses 2019-03-01.
    // A is served only on 2019-03-01, B on 2019-06-01 and again on 2020-06-01.
    // retention(year 2) with prev = operating year 1: before {A, B}, retained {B} -> 100 * 1 / 2 = 50.
    // with prev = Period.previous(): before {B}, retained {B} -> 100.
    private final Engine engine = TestData.asOf("2021-12-31")
            .site("S", "2019-03-01")
            .org("A", OrganisationType.INITIATIVE)
            .org("B", OrganisationType.INITIATIVE)
            .offer("F", "S", OfferType.CONSULTING)
            .delivery("D1", "F", "A", "2019-03-01")
            .delivery("D2", "F", "B", "2019-06-01")
            .delivery("D3", "F", "B", "2020-06-01")
            .engine();
    private final IndicatorSource source = FormativeEvaluation.source(engine);

    @Test
    @DisplayName("an operating year's retention uses the operating year before it as prev(p)")
    void operatingYearRetention() {
        OperatingYear year2 = OperatingYear.of(LocalDate.of(2019, 3, 1), 2);
        assertThat(year2.previous()).isEqualTo(Period.parse("2019-03-01..2020-02-29"));
        assertThat(source.value(Scope.site("S"), year2.period(), year2.previous(), "retention.share"))
                .isEqualTo(Value.of(new BigDecimal("50")));
        assertThat(source.value(Scope.site("S"), year2.period(), "retention.share"))
                .isEqualTo(Value.of(new BigDecimal("100")));
    }

    @Test
    @DisplayName("the source answers a future period, an unknown indicator or an unknown site with NOT_APPLICABLE")
    void neverThrows() {
        assertThat(source.value(Scope.site("S"), Period.year(2022), "reach.organisations")
                        .undefinedReason())
                .contains(Reason.NOT_APPLICABLE);
        assertThat(source.value(Scope.site("S"), Period.year(2020), "no.such").undefinedReason())
                .contains(Reason.NOT_APPLICABLE);
        assertThat(source.value(Scope.site("X"), Period.year(2020), "reach.organisations")
                        .undefinedReason())
                .contains(Reason.NOT_APPLICABLE);
    }

    @Test
    @DisplayName("a breakdown part comes from the engine's parts, by category name")
    void part() {
        // 2020: one CONSULTING delivery (D3) -> deliveries.count 1, part CONSULTING 1, TRAINING 0
        assertThat(source.part(Scope.site("S"), Period.year(2020), "deliveries.count", "CONSULTING"))
                .isEqualTo(Value.of(1));
        assertThat(source.part(Scope.site("S"), Period.year(2020), "deliveries.count", "TRAINING"))
                .isEqualTo(Value.of(0));
    }
}
