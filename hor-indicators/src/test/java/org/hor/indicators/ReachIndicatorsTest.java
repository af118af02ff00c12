package org.hor.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hor.indicators.TestData.num;
import static org.hor.indicators.TestData.parts;
import static org.hor.indicators.TestData.val;

import java.util.Map;
import org.hor.core.model.CarrierType;
import org.hor.core.model.Coverage;
import org.hor.core.model.OfferType;
import org.hor.core.model.OrganisationType;
import org.hor.core.spi.Reason;
import org.hor.core.spi.Value;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("reach.organisations, reach.organisations.new and reach.migrant-led.share")
class ReachIndicatorsTest {

    /*
     * S-A (DE-SN) and S-B (DE-BE), both from 2023-01-01, asOf 2024-12-31.
     * O-1 migrant organisation (migrant-led by its type), O-2 initiative stated migrant-led,
     * O-3 integrative association (not migrant-led by default), O-4 other stated not migrant-led.
     * D1 S-A O-1 2023-05-01 | D2 S-A O-1 2024-02-01 | D3 S-A O-2 2024-03-01
     * D4 S-B O-1 2024-04-10 | D5 S-B O-3 2024-04-11 | D6 S-B O-4 2023-11-01 | D7 S-B O-4 2024-05-01
     */
    private final Engine engine = TestData.asOf("2024-12-31")
            .site("S-A", "2023-01-01")
            .site("S-B", CarrierType.CONSORTIUM, Coverage.REGION, "DE-BE", "2023-01-01", null)
            .org("O-1", OrganisationType.MIGRANT_ORGANISATION)
            .org("O-2", OrganisationType.INITIATIVE, true)
            .org("O-3", OrganisationType.INTEGRATIVE_ASSOCIATION)
            .org("O-4", OrganisationType.OTHER, false)
            .offer("F-A", "S-A", OfferType.CONSULTING)
            .offer("F-B", "S-B", OfferType.TRAINING)
            .delivery("D1", "F-A", "O-1", "2023-05-01")
            .delivery("D2", "F-A", "O-1", "2024-02-01")
            .delivery("D3", "F-A", "O-2", "2024-03-01")
            .delivery("D4", "F-B", "O-1", "2024-04-10")
            .delivery("D5", "F-B", "O-3", "2024-04-11")
            .delivery("D6", "F-B", "O-4", "2023-11-01")
            .delivery("D7", "F-B", "O-4", "2024-05-01")
            .engine();

    @Test
    @DisplayName("an organisation served by two sites counts once for the programme")
    void distinctAcrossSites() {
        // 2024: S-A {O-1, O-2} = 2; S-B {O-1, O-3, O-4} = 3; programme {O-1..O-4} = 4, not 2 + 3 = 5
        assertThat(num(engine, "site:S-A", "2024", "reach.organisations")).isEqualByComparingTo("2");
        assertThat(num(engine, "site:S-B", "2024", "reach.organisations")).isEqualByComparingTo("3");
        assertThat(num(engine, "programme", "2024", "reach.organisations")).isEqualByComparingTo("4");
        // 2024-Q2 programme: D4 O-1, D5 O-3, D7 O-4 = 3
        assertThat(num(engine, "programme", "2024-Q2", "reach.organisations")).isEqualByComparingTo("3");
    }

    @Test
    @DisplayName("the breakdown by organisation type has every category and adds up to the total")
    void breakdown() {
        // S-B 2024: O-1 migrant organisation, O-3 integrative association, O-4 other
        assertThat(parts(engine, "site:S-B", "2024", "reach.organisations"))
                .containsExactly(
                        Map.entry("MIGRANT_ORGANISATION", "1"), Map.entry("INTEGRATIVE_ASSOCIATION", "1"),
                        Map.entry("INITIATIVE", "0"), Map.entry("OTHER", "1"));
        assertThat(parts(engine, "programme", "2024", "reach.organisations"))
                .containsExactly(
                        Map.entry("MIGRANT_ORGANISATION", "1"), Map.entry("INTEGRATIVE_ASSOCIATION", "1"),
                        Map.entry("INITIATIVE", "1"), Map.entry("OTHER", "1"));
    }

    @Test
    @DisplayName("an organisation is new where its earliest delivery in the scope lies in the period")
    void newOrganisations() {
        // S-A 2024: O-1 first at S-A 2023-05-01 (old), O-2 first 2024-03-01 (new) -> 1, an initiative
        assertThat(num(engine, "site:S-A", "2024", "reach.organisations.new")).isEqualByComparingTo("1");
        assertThat(parts(engine, "site:S-A", "2024", "reach.organisations.new"))
                .containsEntry("INITIATIVE", "1")
                .containsEntry("MIGRANT_ORGANISATION", "0");
        // S-B 2024: O-1 first at S-B 2024-04-10 (new for S-B although S-A served it before), O-3 new,
        // O-4 first at S-B 2023-11-01 (old) -> 2
        assertThat(num(engine, "site:S-B", "2024", "reach.organisations.new")).isEqualByComparingTo("2");
        // programme 2024: O-1 first 2023-05-01 (old), O-2 new, O-3 new, O-4 old -> 2
        assertThat(num(engine, "programme", "2024", "reach.organisations.new")).isEqualByComparingTo("2");
        // programme 2024-Q2: O-1 old, O-3 new, O-4 old -> 1
        assertThat(num(engine, "programme", "2024-Q2", "reach.organisations.new"))
                .isEqualByComparingTo("1");
        // programme 2023: O-1 and O-4 both first served in 2023 -> 2
        assertThat(num(engine, "programme", "2023", "reach.organisations.new")).isEqualByComparingTo("2");
    }

    @Test
    @DisplayName("the migrant-led share uses the stated flag or, when absent, the organisation type")
    void migrantLedShare() {
        // programme 2024: O-1 (by type) and O-2 (stated) of 4 -> 100 * 2 / 4 = 50
        assertThat(num(engine, "programme", "2024", "reach.migrant-led.share")).isEqualByComparingTo("50");
        // S-A 2024: O-1, O-2 -> 100
        assertThat(num(engine, "site:S-A", "2024", "reach.migrant-led.share")).isEqualByComparingTo("100");
        // S-B 2024: O-1 of {O-1, O-3, O-4} -> 100 / 3 = 33.333...; exact to 50 digits, rounds to 33.333333
        assertThat(num(engine, "site:S-B", "2024", "reach.migrant-led.share")
                        .setScale(6, java.math.RoundingMode.HALF_EVEN))
                .isEqualByComparingTo("33.333333");
        assertThat(num(engine, "site:S-B", "2024", "reach.migrant-led.share").multiply(java.math.BigDecimal.valueOf(3)))
                .isBetween(
                        new java.math.BigDecimal("99.99999999999999999999999999999"), new java.math.BigDecimal("100"));
    }

    @Test
    @DisplayName("an empty period has reach 0 with zero parts and an undefined share")
    void emptyPeriod() {
        // S-A 2024-Q3: no deliveries
        assertThat(num(engine, "site:S-A", "2024-Q3", "reach.organisations")).isEqualByComparingTo("0");
        assertThat(num(engine, "site:S-A", "2024-Q3", "reach.organisations.new"))
                .isEqualByComparingTo("0");
        assertThat(parts(engine, "site:S-A", "2024-Q3", "reach.organisations").values())
                .containsOnly("0");
        assertThat(val(engine, "site:S-A", "2024-Q3", "reach.migrant-led.share"))
                .isEqualTo(Value.undefined(Reason.NO_DENOMINATOR));
    }
}
