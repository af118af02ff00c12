package org.hor.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hor.indicators.TestData.num;
import static org.hor.indicators.TestData.parts;
import static org.hor.indicators.TestData.val;

import org.hor.core.model.CarrierType;
import org.hor.core.model.Coverage;
import org.hor.core.model.ExchangeFormat;
import org.hor.core.spi.Reason;
import org.hor.core.spi.Value;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("exchange.participations and exchange.peer-sites")
class ExchangeIndicatorsTest {

    /*
     * asOf 2024-12-31, all sites from 2023-01-01, all run by migrant umbrella bodies;
     * S-A, S-B, S-C in DE-SN, S-D in DE-BE.
     * X1 2024-02-01 NETWORK_MEETING A, B, C | X2 2024-03-01 PEER_VISIT A, D | X3 2024-05-01 WORKSHOP B, C
     * X4 2023-11-01 ONLINE A, B
     */
    private final Engine engine = TestData.asOf("2024-12-31")
            .site("S-A", "2023-01-01")
            .site("S-B", "2023-01-01")
            .site("S-C", "2023-01-01")
            .site("S-D", CarrierType.MIGRANT_UMBRELLA, Coverage.CITY, "DE-BE", "2023-01-01", null)
            .exchange("X1", "2024-02-01", ExchangeFormat.NETWORK_MEETING, "S-A", "S-B", "S-C")
            .exchange("X2", "2024-03-01", ExchangeFormat.PEER_VISIT, "S-A", "S-D")
            .exchange("X3", "2024-05-01", ExchangeFormat.WORKSHOP, "S-B", "S-C")
            .exchange("X4", "2023-11-01", ExchangeFormat.ONLINE, "S-A", "S-B")
            .engine();

    @Test
    @DisplayName("an exchange counts once for a scope however many of its sites take part")
    void participations() {
        // S-A 2024: X1, X2; DE-SN 2024: X1, X2, X3 (X1 has three DE-SN sites, counted once); programme: 3
        assertThat(num(engine, "site:S-A", "2024", "exchange.participations")).isEqualByComparingTo("2");
        assertThat(parts(engine, "site:S-A", "2024", "exchange.participations"))
                .containsEntry("NETWORK_MEETING", "1")
                .containsEntry("PEER_VISIT", "1")
                .containsEntry("WORKSHOP", "0")
                .containsEntry("ONLINE", "0");
        assertThat(num(engine, "state:DE-SN", "2024", "exchange.participations"))
                .isEqualByComparingTo("3");
        assertThat(num(engine, "programme", "2024", "exchange.participations")).isEqualByComparingTo("3");
        assertThat(num(engine, "site:S-A", "2024-Q2", "exchange.participations"))
                .isEqualByComparingTo("0");
        assertThat(num(engine, "site:S-A", "2023", "exchange.participations")).isEqualByComparingTo("1");
    }

    @Test
    @DisplayName("peer sites are the distinct sites outside the scope that shared an exchange with it")
    void peerSites() {
        // S-A 2024: B, C (X1), D (X2) -> 3; DE-SN 2024: D -> 1; DE-BE 2024: A -> 1
        assertThat(num(engine, "site:S-A", "2024", "exchange.peer-sites")).isEqualByComparingTo("3");
        assertThat(num(engine, "state:DE-SN", "2024", "exchange.peer-sites")).isEqualByComparingTo("1");
        assertThat(num(engine, "state:DE-BE", "2024", "exchange.peer-sites")).isEqualByComparingTo("1");
        // a group holding every site still is a group: 0 peers, defined
        assertThat(num(engine, "carrierType:MIGRANT_UMBRELLA", "2024", "exchange.peer-sites"))
                .isEqualByComparingTo("0");
    }

    @Test
    @DisplayName("peer sites do not apply to the programme")
    void programme() {
        assertThat(val(engine, "programme", "2024", "exchange.peer-sites"))
                .isEqualTo(Value.undefined(Reason.NOT_APPLICABLE));
    }
}
