package org.hor.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hor.indicators.TestData.num;
import static org.hor.indicators.TestData.parts;
import static org.hor.indicators.TestData.val;

import org.hor.core.model.OfferType;
import org.hor.core.model.OrganisationType;
import org.hor.core.model.OutcomeType;
import org.hor.core.spi.Reason;
import org.hor.core.spi.Value;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("outcomes.count and outcomes.organisations.share")
class OutcomeIndicatorsTest {

    /*
     * S-A and S-B from 2020-01-01, asOf 2024-06-30. A offer of S-A, B offer of S-B.
     * O-1: delivery S-A 2022-02-28 (the day before the window of 2024-02 starts); outcome S-A 2023-01-01
     * O-2: delivery S-A 2022-03-01 (the window's first day); outcome S-A 2024-02-29 (its last day)
     * O-3: delivery S-A 2023-06-01; outcome S-A 2023-05-01 (before its earliest delivery)
     * O-4: deliveries S-A 2020-05-01 and 2023-07-01; outcome S-A 2021-12-01 (before the window)
     * O-5: delivery S-A 2024-01-10; outcome S-B 2024-02-01 (outside site S-A)
     * O-6: delivery S-B 2023-03-01; no outcome
     * O-7: deliveries S-B 2021-01-01 and S-A 2023-01-01; outcome S-A 2022-06-01
     * Further outcomes for the count: S-A 2024-03-01 ASSOCIATION_REGISTERED (O-2), S-A 2024-05-01 and
     * 2024-06-30 JOINED_NETWORK (O-3, O-4).
     */
    private final Engine engine = TestData.asOf("2024-06-30")
            .site("S-A", "2020-01-01")
            .site("S-B", "2020-01-01")
            .org("O-1", OrganisationType.OTHER)
            .org("O-2", OrganisationType.OTHER)
            .org("O-3", OrganisationType.OTHER)
            .org("O-4", OrganisationType.OTHER)
            .org("O-5", OrganisationType.OTHER)
            .org("O-6", OrganisationType.OTHER)
            .org("O-7", OrganisationType.OTHER)
            .offer("A", "S-A", OfferType.CONSULTING)
            .offer("B", "S-B", OfferType.CONSULTING)
            .delivery("D1", "A", "O-1", "2022-02-28")
            .outcome("U1", "S-A", "O-1", "2023-01-01", OutcomeType.OTHER)
            .delivery("D2", "A", "O-2", "2022-03-01")
            .outcome("U2", "S-A", "O-2", "2024-02-29", OutcomeType.OTHER)
            .delivery("D3", "A", "O-3", "2023-06-01")
            .outcome("U3", "S-A", "O-3", "2023-05-01", OutcomeType.OTHER)
            .delivery("D4", "A", "O-4", "2020-05-01")
            .delivery("D4b", "A", "O-4", "2023-07-01")
            .outcome("U4", "S-A", "O-4", "2021-12-01", OutcomeType.OTHER)
            .delivery("D5", "A", "O-5", "2024-01-10")
            .outcome("U5", "S-B", "O-5", "2024-02-01", OutcomeType.OTHER)
            .delivery("D6", "B", "O-6", "2023-03-01")
            .delivery("D7", "B", "O-7", "2021-01-01")
            .delivery("D7b", "A", "O-7", "2023-01-01")
            .outcome("U7", "S-A", "O-7", "2022-06-01", OutcomeType.OTHER)
            .outcome("U8", "S-A", "O-2", "2024-03-01", OutcomeType.ASSOCIATION_REGISTERED)
            .outcome("U9", "S-A", "O-3", "2024-05-01", OutcomeType.JOINED_NETWORK)
            .outcome("U10", "S-A", "O-4", "2024-06-30", OutcomeType.JOINED_NETWORK)
            .engine();

    @Test
    @DisplayName("outcomes are counted by type in the period")
    void count() {
        // S-A 2024-Q2: U9, U10 (JOINED_NETWORK); 2024: U2 (OTHER), U8, U9, U10 -> 4
        assertThat(num(engine, "site:S-A", "2024-Q2", "outcomes.count")).isEqualByComparingTo("2");
        assertThat(num(engine, "site:S-A", "2024", "outcomes.count")).isEqualByComparingTo("4");
        assertThat(parts(engine, "site:S-A", "2024", "outcomes.count"))
                .containsEntry("ASSOCIATION_REGISTERED", "1")
                .containsEntry("JOINED_NETWORK", "2")
                .containsEntry("OTHER", "1")
                .containsEntry("NON_PROFIT_STATUS", "0")
                .hasSize(8);
        // programme 2024: + U5 at S-B -> 5
        assertThat(num(engine, "programme", "2024", "outcomes.count")).isEqualByComparingTo("5");
    }

    @Test
    @DisplayName(
            "the window of 2024-02 runs from 2022-03-01 (29 Feb minus 2 years is 28 Feb, plus a day) to 2024-02-29")
    void leapDayWindow() {
        // site S-A: R = {O-2 (2022-03-01), O-3, O-4 (2023-07-01), O-5, O-7 (2023-01-01)} = 5; O-1's only
        // delivery 2022-02-28 lies outside. With an outcome at S-A in the window, not before the
        // organisation's earliest delivery at S-A: O-2 (2024-02-29) only; O-3's outcome precedes its
        // delivery, O-4's precedes the window, O-5's is at S-B, O-7's (2022-06-01) precedes its first
        // delivery at S-A (2023-01-01). -> 100 * 1 / 5 = 20
        assertThat(num(engine, "site:S-A", "2024-02", "outcomes.organisations.share"))
                .isEqualByComparingTo("20");
        // programme: R adds O-6 -> 6; with outcome: O-2, O-5 (S-B 2024-02-01 after its delivery 2024-01-10),
        // O-7 (2022-06-01 after its earliest delivery in the programme 2021-01-01) -> 100 * 3 / 6 = 50
        assertThat(num(engine, "programme", "2024-02", "outcomes.organisations.share"))
                .isEqualByComparingTo("50");
    }

    @Test
    @DisplayName("in a partial period the window ends on asOf")
    void partialPeriod() {
        // 2024 (partial): ref = 2024-06-30, window 2022-07-01..2024-06-30. S-A: R = {O-3, O-4, O-5, O-7} = 4
        // (O-2's delivery 2022-03-01 is before). O-3: U3 before its delivery but U9 2024-05-01 counts;
        // O-4: U10 2024-06-30 counts; O-5: outcome at S-B; O-7: U7 before its S-A delivery -> 2 of 4 = 50
        assertThat(num(engine, "site:S-A", "2024", "outcomes.organisations.share"))
                .isEqualByComparingTo("50");
    }

    @Test
    @DisplayName("the share is undefined when nobody was served in the window")
    void noDenominator() {
        // S-B 2020-Q1: window 2018-04-01..2020-03-31, no delivery of S-B
        assertThat(val(engine, "site:S-B", "2020-Q1", "outcomes.organisations.share"))
                .isEqualTo(Value.undefined(Reason.NO_DENOMINATOR));
    }
}
