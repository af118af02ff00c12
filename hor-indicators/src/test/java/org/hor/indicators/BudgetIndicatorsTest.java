package org.hor.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hor.indicators.TestData.num;
import static org.hor.indicators.TestData.val;

import java.math.RoundingMode;
import org.hor.core.model.CarrierType;
import org.hor.core.model.Coverage;
import org.hor.core.model.OfferType;
import org.hor.core.model.OrganisationType;
import org.hor.core.spi.Reason;
import org.hor.core.spi.Value;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("budget.amount and cost.per-organisation")
class BudgetIndicatorsTest {

    /*
     * asOf 2024-06-30 (2024 is partial).
     * S-A DE-SN from 2022-01-01; S-B DE-SN 2023-01-01..2023-06-30; S-C DE-BE from 2024-01-01 (no budget);
     * S-D DE-BY from 2023-01-01 (no budget, no deliveries).
     * Budgets: S-A 2022 10000.00, 2023 12000.50, 2024 12000; S-B 2023 5000.
     * Deliveries 2023: O-1 at S-A and at S-B, O-2 at S-A, O-3 at S-B.
     */
    private final Engine engine = TestData.asOf("2024-06-30")
            .site("S-A", CarrierType.MIGRANT_UMBRELLA, Coverage.CITY, "DE-SN", "2022-01-01", null)
            .site("S-B", CarrierType.MIGRANT_UMBRELLA, Coverage.CITY, "DE-SN", "2023-01-01", "2023-06-30")
            .site("S-C", CarrierType.MIGRANT_UMBRELLA, Coverage.CITY, "DE-BE", "2024-01-01", null)
            .site("S-D", CarrierType.MIGRANT_UMBRELLA, Coverage.CITY, "DE-BY", "2023-01-01", null)
            .org("O-1", OrganisationType.OTHER)
            .org("O-2", OrganisationType.OTHER)
            .org("O-3", OrganisationType.OTHER)
            .offer("A", "S-A", OfferType.CONSULTING)
            .offer("B", "S-B", OfferType.CONSULTING)
            .delivery("D1", "A", "O-1", "2023-02-01")
            .delivery("D2", "A", "O-2", "2023-03-01")
            .delivery("D3", "B", "O-1", "2023-04-01")
            .delivery("D4", "B", "O-3", "2023-05-01")
            .budget("S-A", 2022, "10000.00")
            .budget("S-A", 2023, "12000.50")
            .budget("S-A", 2024, "12000")
            .budget("S-B", 2023, "5000")
            .engine();

    @Test
    @DisplayName("the budget sums the year's budgets of the scope's sites active in the year")
    void sum() {
        // DE-SN 2023: S-A 12000.50 + S-B 5000 = 17000.50
        assertThat(num(engine, "state:DE-SN", "2023", "budget.amount")).isEqualByComparingTo("17000.50");
        // DE-SN 2024: S-B closed in 2023 and is not active, so its missing 2024 budget does not matter -> 12000
        assertThat(num(engine, "state:DE-SN", "2024", "budget.amount")).isEqualByComparingTo("12000");
    }

    @Test
    @DisplayName("the budget has no data when an active site of the scope has none")
    void noData() {
        // programme 2023: S-D active without budget; programme 2024: S-C and S-D without
        assertThat(val(engine, "programme", "2023", "budget.amount")).isEqualTo(Value.undefined(Reason.NO_DATA));
        assertThat(val(engine, "site:S-C", "2024", "budget.amount")).isEqualTo(Value.undefined(Reason.NO_DATA));
    }

    @Test
    @DisplayName("budget and cost apply to years only")
    void yearsOnly() {
        assertThat(val(engine, "site:S-A", "2023-Q1", "budget.amount"))
                .isEqualTo(Value.undefined(Reason.NOT_APPLICABLE));
        assertThat(val(engine, "site:S-A", "2023-Q1", "cost.per-organisation"))
                .isEqualTo(Value.undefined(Reason.NOT_APPLICABLE));
        assertThat(val(engine, "site:S-A", "2023-01-01..2023-12-31", "budget.amount"))
                .isEqualTo(Value.undefined(Reason.NOT_APPLICABLE));
    }

    @Test
    @DisplayName("the cost per organisation divides a complete year's budget by the organisations reached")
    void cost() {
        // DE-SN 2023: 17000.50 / |{O-1, O-2, O-3}| = 5666.8333... ; S-B 2023: 5000 / |{O-1, O-3}| = 2500
        assertThat(num(engine, "state:DE-SN", "2023", "cost.per-organisation").setScale(6, RoundingMode.HALF_EVEN))
                .isEqualByComparingTo("5666.833333");
        assertThat(num(engine, "site:S-B", "2023", "cost.per-organisation")).isEqualByComparingTo("2500");
        // S-A 2022: budget 10000 but nobody reached -> NO_DENOMINATOR
        assertThat(val(engine, "site:S-A", "2022", "cost.per-organisation"))
                .isEqualTo(Value.undefined(Reason.NO_DENOMINATOR));
    }

    @Test
    @DisplayName("the cost is not applicable for a partial year and takes the budget's reason first")
    void precedence() {
        // S-A 2024 is partial although its budget is known
        assertThat(num(engine, "site:S-A", "2024", "budget.amount")).isEqualByComparingTo("12000");
        assertThat(val(engine, "site:S-A", "2024", "cost.per-organisation"))
                .isEqualTo(Value.undefined(Reason.NOT_APPLICABLE));
        // programme 2024: partial and no data -> NOT_APPLICABLE wins over NO_DATA
        assertThat(val(engine, "programme", "2024", "cost.per-organisation"))
                .isEqualTo(Value.undefined(Reason.NOT_APPLICABLE));
        // S-D 2023: complete, no budget and nobody reached -> NO_DATA wins over NO_DENOMINATOR
        assertThat(val(engine, "site:S-D", "2023", "cost.per-organisation")).isEqualTo(Value.undefined(Reason.NO_DATA));
        // programme 2023: NO_DATA from the budget although 3 organisations were reached
        assertThat(val(engine, "programme", "2023", "cost.per-organisation"))
                .isEqualTo(Value.undefined(Reason.NO_DATA));
    }
}
