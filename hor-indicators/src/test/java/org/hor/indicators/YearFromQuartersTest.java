package org.hor.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hor.indicators.TestData.num;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.hor.core.model.OfferType;
import org.hor.core.model.OrganisationType;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The engine merges a year's delivery figures from its four quarters; these values need the whole
 * year, not a sum of quarter values: organisations met in several quarters, offer types used in
 * different quarters, a recipient's grants spread over quarters, and new organisations.
 */
@DisplayName("year values of delivery indicators, whose deliveries fall in several quarters")
class YearFromQuartersTest {

    /*
     * S-A and S-B from 2023-01-01, asOf 2024-12-31. O-2 is migrant-led.
     * S-A: C consulting, T training, G micro-grant; S-B: H micro-grant, E networking event.
     *   D0 C O-3 2023-12-31 2 h      (2023)
     *   D1 C O-1 2024-01-10 1.5 h    Q1
     *   D3 G O-2 2024-02-01 100.00   Q1
     *   D6 E O-3 2024-03-31 10 part. Q1
     *   D7 E O-3 2024-03-31 5 part.  Q1 (same offer and day as D6: one event)
     *   D4 G O-2 2024-05-01 300.00   Q2
     *   D8 E O-3 2024-04-01 2 part.  Q2 (the same offer on another day: a second event)
     *   D2 T O-1 2024-08-01 4 part.  Q3
     *   D5 H O-3 2024-11-01 350.00   Q4
     */
    private final Engine engine = TestData.asOf("2024-12-31")
            .site("S-A", "2023-01-01")
            .site("S-B", "2023-01-01")
            .org("O-1", OrganisationType.OTHER, false)
            .org("O-2", OrganisationType.OTHER, true)
            .org("O-3", OrganisationType.OTHER, false)
            .offer("C", "S-A", OfferType.CONSULTING)
            .offer("T", "S-A", OfferType.TRAINING)
            .offer("G", "S-A", OfferType.MICRO_GRANT)
            .offer("H", "S-B", OfferType.MICRO_GRANT)
            .offer("E", "S-B", OfferType.NETWORKING_EVENT)
            .hours("D0", "C", "O-3", "2023-12-31", "2")
            .hours("D1", "C", "O-1", "2024-01-10", "1.5")
            .grant("D3", "G", "O-2", "2024-02-01", "100.00")
            .participants("D6", "E", "O-3", "2024-03-31", 10)
            .participants("D7", "E", "O-3", "2024-03-31", 5)
            .grant("D4", "G", "O-2", "2024-05-01", "300.00")
            .participants("D8", "E", "O-3", "2024-04-01", 2)
            .participants("D2", "T", "O-1", "2024-08-01", 4)
            .grant("D5", "H", "O-3", "2024-11-01", "350.00")
            .engine();

    private BigDecimal share(String scope, String period, String indicator) {
        return num(engine, scope, period, indicator).setScale(6, RoundingMode.HALF_EVEN);
    }

    @Test
    @DisplayName(
            "an organisation met in several quarters counts once in the year, and is new only if its earliest delivery is in the year")
    void organisations() {
        // 2024: O-1 (Q1, Q3), O-2 (Q1, Q2), O-3 (Q1, Q2, Q4) -> 3, not 2 + 2 + 1 + 1 = 6 over the quarters
        assertThat(num(engine, "programme", "2024", "reach.organisations")).isEqualByComparingTo("3");
        // earliest in the programme: O-1 2024-01-10, O-2 2024-02-01, O-3 2023-12-31 -> 2 new
        assertThat(num(engine, "programme", "2024", "reach.organisations.new")).isEqualByComparingTo("2");
        // at S-B, O-3's earliest delivery is 2024-03-31 -> new there in 2024
        assertThat(num(engine, "site:S-B", "2024", "reach.organisations.new")).isEqualByComparingTo("1");
        // migrant-led: O-2 of 3 -> 100 * 1 / 3
        assertThat(share("programme", "2024", "reach.migrant-led.share")).isEqualByComparingTo("33.333333");
    }

    @Test
    @DisplayName("offer types used in different quarters make an organisation a multi-user of the year only")
    void multiUse() {
        // every quarter: each organisation uses one offer type -> 0
        for (String q : new String[] {"2024-Q1", "2024-Q2", "2024-Q3", "2024-Q4"}) {
            assertThat(num(engine, "programme", q, "offers.multi-use.share"))
                    .as(q)
                    .isEqualByComparingTo("0");
        }
        // 2024: O-1 {consulting, training} yes, O-2 {grant} no, O-3 {event, grant} yes -> 100 * 2 / 3
        assertThat(share("programme", "2024", "offers.multi-use.share")).isEqualByComparingTo("66.666667");
    }

    @Test
    @DisplayName(
            "a recipient's grants in several quarters add up for the year's top recipient; first grants count once")
    void grants() {
        // Q1: only D3 (O-2, 100.00) -> top 100.00 / 100.00 = 100
        assertThat(num(engine, "programme", "2024-Q1", "grants.top-recipient.share"))
                .isEqualByComparingTo("100");
        // 2024: O-2 100.00 + 300.00 = 400.00, O-3 350.00; total 750.00 -> 100 * 400 / 750 = 53.333333
        assertThat(share("programme", "2024", "grants.top-recipient.share")).isEqualByComparingTo("53.333333");
        assertThat(num(engine, "programme", "2024", "grants.amount")).isEqualByComparingTo("750.00");
        assertThat(num(engine, "programme", "2024", "grants.count")).isEqualByComparingTo("3");
        // first grants: D3 (O-2's first) and D5 (O-3's first), not D4 -> 100 * 2 / 3
        assertThat(share("programme", "2024", "grants.first-time.share")).isEqualByComparingTo("66.666667");
        // S-A 2024: D3 first, D4 not -> 50; top O-2 400.00 of 400.00 -> 100
        assertThat(num(engine, "site:S-A", "2024", "grants.first-time.share")).isEqualByComparingTo("50");
        assertThat(num(engine, "site:S-A", "2024", "grants.top-recipient.share"))
                .isEqualByComparingTo("100");
    }

    @Test
    @DisplayName("sums and events of the year are those of its deliveries")
    void sums() {
        // D1..D8 except D0 (2023) -> 8 deliveries
        assertThat(num(engine, "programme", "2024", "deliveries.count")).isEqualByComparingTo("8");
        // consulting 2024: D1 1.5 (D0 is 2023)
        assertThat(num(engine, "programme", "2024", "consulting.hours")).isEqualByComparingTo("1.5");
        assertThat(num(engine, "programme", "2024", "training.participants")).isEqualByComparingTo("4");
        // events: (E, 2024-03-31) in Q1 and (E, 2024-04-01) in Q2 -> 2; participants 10 + 5 + 2 = 17
        assertThat(num(engine, "programme", "2024-Q1", "events.count")).isEqualByComparingTo("1");
        assertThat(num(engine, "programme", "2024", "events.count")).isEqualByComparingTo("2");
        assertThat(num(engine, "programme", "2024", "events.participants")).isEqualByComparingTo("17");
    }
}
