package org.hor.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hor.indicators.TestData.num;
import static org.hor.indicators.TestData.parts;

import java.util.Map;
import org.hor.core.model.OfferType;
import org.hor.core.model.OrganisationType;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("deliveries.count, consulting.hours, training.participants and rooms.hours")
class DeliveryIndicatorsTest {

    /*
     * S-A from 2024-01-01, asOf 2024-12-31, one offer of every type.
     * Q1: C1 1.5 h, C2 2 h, C3 no hours, C4 0.000001 h (consulting); T1 4, T2 no participants (training);
     *     R1 3.25 h (room); E1 (equipment); G1 100 EUR (grant); N1 3 participants (event); X1 (other)
     * Q2: R2 2 h (room)
     * Q3: C5 0.1 h, C6 0.2 h (consulting)
     */
    private final Engine engine = TestData.asOf("2024-12-31")
            .site("S-A", "2024-01-01")
            .org("O-1", OrganisationType.MIGRANT_ORGANISATION)
            .org("O-2", OrganisationType.OTHER)
            .offer("C", "S-A", OfferType.CONSULTING)
            .offer("T", "S-A", OfferType.TRAINING)
            .offer("R", "S-A", OfferType.ROOM)
            .offer("E", "S-A", OfferType.EQUIPMENT)
            .offer("G", "S-A", OfferType.MICRO_GRANT)
            .offer("N", "S-A", OfferType.NETWORKING_EVENT)
            .offer("X", "S-A", OfferType.OTHER)
            .hours("C1", "C", "O-1", "2024-01-10", "1.5")
            .hours("C2", "C", "O-2", "2024-02-10", "2")
            .hours("C3", "C", "O-1", "2024-03-10", null)
            .hours("C4", "C", "O-1", "2024-03-31", "0.000001")
            .participants("T1", "T", "O-1", "2024-01-15", 4)
            .participants("T2", "T", "O-2", "2024-01-15", null)
            .hours("R1", "R", "O-1", "2024-02-01", "3.25")
            .delivery("E1", "E", "O-2", "2024-02-02")
            .grant("G1", "G", "O-2", "2024-03-03", "100.00")
            .participants("N1", "N", "O-1", "2024-03-04", 3)
            .delivery("X1", "X", "O-1", "2024-03-05")
            .hours("R2", "R", "O-2", "2024-04-01", "2")
            .hours("C5", "C", "O-1", "2024-07-01", "0.1")
            .hours("C6", "C", "O-2", "2024-07-02", "0.2")
            .engine();

    @Test
    @DisplayName("deliveries are counted by offer type and the parts add up to the total")
    void count() {
        // Q1: 4 consulting + 2 training + 1 room + 1 equipment + 1 grant + 1 event + 1 other = 11
        assertThat(num(engine, "site:S-A", "2024-Q1", "deliveries.count")).isEqualByComparingTo("11");
        assertThat(parts(engine, "site:S-A", "2024-Q1", "deliveries.count"))
                .containsExactly(
                        Map.entry("CONSULTING", "4"),
                        Map.entry("TRAINING", "2"),
                        Map.entry("ROOM", "1"),
                        Map.entry("EQUIPMENT", "1"),
                        Map.entry("MICRO_GRANT", "1"),
                        Map.entry("NETWORKING_EVENT", "1"),
                        Map.entry("OTHER", "1"));
        // 2024: 11 + R2 + C5 + C6 = 14
        assertThat(num(engine, "site:S-A", "2024", "deliveries.count")).isEqualByComparingTo("14");
    }

    @Test
    @DisplayName("consulting hours are summed exactly, a missing number counting 0")
    void consultingHours() {
        // Q1: 1.5 + 2 + 0 + 0.000001 = 3.500001
        assertThat(num(engine, "site:S-A", "2024-Q1", "consulting.hours")).isEqualByComparingTo("3.500001");
        // Q3: 0.1 + 0.2 = 0.3 exactly (a double would give 0.30000000000000004)
        assertThat(num(engine, "site:S-A", "2024-Q3", "consulting.hours")).isEqualByComparingTo("0.3");
        // year: 3.500001 + 0.3 = 3.800001
        assertThat(num(engine, "site:S-A", "2024", "consulting.hours")).isEqualByComparingTo("3.800001");
        // Q2: none -> 0
        assertThat(num(engine, "site:S-A", "2024-Q2", "consulting.hours")).isEqualByComparingTo("0");
    }

    @Test
    @DisplayName("training participants are summed over training deliveries only")
    void trainingParticipants() {
        // Q1: T1 4 + T2 (none) 0 = 4; the event's 3 participants do not count
        assertThat(num(engine, "site:S-A", "2024-Q1", "training.participants")).isEqualByComparingTo("4");
    }

    @Test
    @DisplayName("room hours are summed over room deliveries only")
    void roomHours() {
        // Q1: R1 3.25; year: 3.25 + 2 = 5.25
        assertThat(num(engine, "site:S-A", "2024-Q1", "rooms.hours")).isEqualByComparingTo("3.25");
        assertThat(num(engine, "site:S-A", "2024", "rooms.hours")).isEqualByComparingTo("5.25");
    }
}
