package org.hor.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hor.indicators.TestData.num;
import static org.hor.indicators.TestData.parts;
import static org.hor.indicators.TestData.val;

import org.hor.core.model.PartnerType;
import org.hor.core.spi.Reason;
import org.hor.core.spi.Value;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("cooperations.active, cooperations.new and cooperations.formal.share")
class CooperationIndicatorsTest {

    /*
     * asOf 2024-12-31. S-A from 2022-01-01 (open); S-B from 2022-01-01, closed 2024-06-30.
     * K1 S-A LOCAL_AUTHORITY 2023-03-01..2024-02-15 formal      (spans period borders)
     * K2 S-A FOUNDATION      2024-02-15..(none)    informal    (no end)
     * K3 S-A EDUCATION       2024-12-31..(none)    formal      (starts on the reference day of 2024)
     * K4 S-B BUSINESS        2022-05-01..(none)    formal      (outlives its closed site: ends 2024-06-30)
     * K5 S-B LOCAL_AUTHORITY 2023-01-01..2025-12-31 informal   (effective end 2024-06-30)
     * K6 S-A CIVIL_SOCIETY   2023-06-01..2024-03-30 informal   (ends the day before 2024-Q1's reference day)
     */
    private final Engine engine = TestData.asOf("2024-12-31")
            .site("S-A", "2022-01-01")
            .site(
                    "S-B",
                    org.hor.core.model.CarrierType.MIGRANT_UMBRELLA,
                    org.hor.core.model.Coverage.CITY,
                    "DE-SN",
                    "2022-01-01",
                    "2024-06-30")
            .cooperation("K1", "S-A", PartnerType.LOCAL_AUTHORITY, "2023-03-01", "2024-02-15", true)
            .cooperation("K2", "S-A", PartnerType.FOUNDATION, "2024-02-15", null, false)
            .cooperation("K3", "S-A", PartnerType.EDUCATION, "2024-12-31", null, true)
            .cooperation("K4", "S-B", PartnerType.BUSINESS, "2022-05-01", null, true)
            .cooperation("K5", "S-B", PartnerType.LOCAL_AUTHORITY, "2023-01-01", "2025-12-31", false)
            .cooperation("K6", "S-A", PartnerType.CIVIL_SOCIETY, "2023-06-01", "2024-03-30", false)
            .engine();

    @Test
    @DisplayName("active cooperations are a stock on the reference day")
    void active() {
        // S-A 2024 (ref 2024-12-31): K2, K3 (start = ref) -> 2; K1 and K6 ended before
        assertThat(num(engine, "site:S-A", "2024", "cooperations.active")).isEqualByComparingTo("2");
        assertThat(parts(engine, "site:S-A", "2024", "cooperations.active"))
                .containsEntry("FOUNDATION", "1")
                .containsEntry("EDUCATION", "1")
                .containsEntry("LOCAL_AUTHORITY", "0")
                .hasSize(9);
        // S-A 2024-Q1 (ref 2024-03-31): K2 only; K6 ended 2024-03-30
        assertThat(num(engine, "site:S-A", "2024-Q1", "cooperations.active")).isEqualByComparingTo("1");
        // S-A 2023 (ref 2023-12-31): K1, K6 -> 2; S-A 2023-Q1 (ref 2023-03-31): K1 -> 1
        assertThat(num(engine, "site:S-A", "2023", "cooperations.active")).isEqualByComparingTo("2");
        assertThat(num(engine, "site:S-A", "2023-Q1", "cooperations.active")).isEqualByComparingTo("1");
        // custom range ending 2024-02-15: K1 ends on the reference day (not before it), K2 starts on it,
        // K6 runs until 2024-03-30 -> 3
        assertThat(num(engine, "site:S-A", "2024-01-01..2024-02-15", "cooperations.active"))
                .isEqualByComparingTo("3");
    }

    @Test
    @DisplayName("a cooperation counts as ended when its site ends")
    void closedSite() {
        // S-B 2024-Q2 (ref 2024-06-30 = the site's end): K4 and K5 still active -> 2
        assertThat(num(engine, "site:S-B", "2024-Q2", "cooperations.active")).isEqualByComparingTo("2");
        // S-B 2024 (ref 2024-12-31): both ended with the site on 2024-06-30 -> 0, formal share undefined
        assertThat(num(engine, "site:S-B", "2024", "cooperations.active")).isEqualByComparingTo("0");
        assertThat(val(engine, "site:S-B", "2024", "cooperations.formal.share"))
                .isEqualTo(Value.undefined(Reason.NO_DENOMINATOR));
        // programme 2024: K2, K3 -> 2
        assertThat(num(engine, "programme", "2024", "cooperations.active")).isEqualByComparingTo("2");
    }

    @Test
    @DisplayName("new cooperations are those starting in the period")
    void newOnes() {
        // S-A 2024: K2, K3; S-A 2023: K1, K6; S-B 2023: K5; S-A 2024-Q1: K2; programme 2022: K4 (BUSINESS)
        assertThat(num(engine, "site:S-A", "2024", "cooperations.new")).isEqualByComparingTo("2");
        assertThat(num(engine, "site:S-A", "2023", "cooperations.new")).isEqualByComparingTo("2");
        assertThat(num(engine, "site:S-B", "2023", "cooperations.new")).isEqualByComparingTo("1");
        assertThat(num(engine, "site:S-A", "2024-Q1", "cooperations.new")).isEqualByComparingTo("1");
        assertThat(parts(engine, "programme", "2022", "cooperations.new")).containsEntry("BUSINESS", "1");
        assertThat(num(engine, "programme", "2022", "cooperations.new")).isEqualByComparingTo("1");
    }

    @Test
    @DisplayName("the formal share is taken over the active cooperations")
    void formal() {
        // S-A 2024: K3 formal of {K2, K3} -> 50; S-A 2024-Q1: K2 informal -> 0; S-B 2024-Q2: K4 of {K4, K5} -> 50
        assertThat(num(engine, "site:S-A", "2024", "cooperations.formal.share")).isEqualByComparingTo("50");
        assertThat(num(engine, "site:S-A", "2024-Q1", "cooperations.formal.share"))
                .isEqualByComparingTo("0");
        assertThat(num(engine, "site:S-B", "2024-Q2", "cooperations.formal.share"))
                .isEqualByComparingTo("50");
    }
}
