package org.hor.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hor.indicators.TestData.num;

import org.hor.core.model.OfferType;
import org.hor.core.model.OrganisationType;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("events.count and events.participants")
class EventIndicatorsTest {

    /*
     * S-A and S-B from 2024-01-01, asOf 2024-12-31; N1, N2 event offers of S-A, N3 of S-B, C consulting.
     * E1 N1 O-1 2024-02-01 3 | E2 N1 O-2 2024-02-01 2 (same event as E1) | E3 N2 O-1 2024-02-01 1
     * E4 N1 O-3 2024-02-08 (no participants) | E5 N1 O-1 2024-04-01 5 | E6 N3 O-1 2024-02-01 4
     * K1 C O-1 2024-02-01 with 7 participants (not an event)
     */
    private final Engine engine = TestData.asOf("2024-12-31")
            .site("S-A", "2024-01-01")
            .site("S-B", "2024-01-01")
            .org("O-1", OrganisationType.OTHER)
            .org("O-2", OrganisationType.OTHER)
            .org("O-3", OrganisationType.OTHER)
            .offer("N1", "S-A", OfferType.NETWORKING_EVENT)
            .offer("N2", "S-A", OfferType.NETWORKING_EVENT)
            .offer("N3", "S-B", OfferType.NETWORKING_EVENT)
            .offer("C", "S-A", OfferType.CONSULTING)
            .participants("E1", "N1", "O-1", "2024-02-01", 3)
            .participants("E2", "N1", "O-2", "2024-02-01", 2)
            .participants("E3", "N2", "O-1", "2024-02-01", 1)
            .participants("E4", "N1", "O-3", "2024-02-08", null)
            .participants("E5", "N1", "O-1", "2024-04-01", 5)
            .participants("E6", "N3", "O-1", "2024-02-01", 4)
            .participants("K1", "C", "O-1", "2024-02-01", 7)
            .engine();

    @Test
    @DisplayName("events are the distinct (offer, date) pairs")
    void count() {
        // S-A Q1: (N1, 02-01), (N2, 02-01), (N1, 02-08) = 3; the year adds (N1, 04-01) = 4
        assertThat(num(engine, "site:S-A", "2024-Q1", "events.count")).isEqualByComparingTo("3");
        assertThat(num(engine, "site:S-A", "2024", "events.count")).isEqualByComparingTo("4");
        // programme Q1: 3 + (N3, 02-01) = 4
        assertThat(num(engine, "programme", "2024-Q1", "events.count")).isEqualByComparingTo("4");
        assertThat(num(engine, "site:S-B", "2024-Q2", "events.count")).isEqualByComparingTo("0");
    }

    @Test
    @DisplayName("event participants are summed over event deliveries, a missing number counting 0")
    void participants() {
        // S-A Q1: 3 + 2 + 1 + 0 = 6; year: 6 + 5 = 11; programme Q1: 6 + 4 = 10 (K1's 7 not counted)
        assertThat(num(engine, "site:S-A", "2024-Q1", "events.participants")).isEqualByComparingTo("6");
        assertThat(num(engine, "site:S-A", "2024", "events.participants")).isEqualByComparingTo("11");
        assertThat(num(engine, "programme", "2024-Q1", "events.participants")).isEqualByComparingTo("10");
    }
}
