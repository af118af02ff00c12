package org.hor.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hor.indicators.TestData.num;
import static org.hor.indicators.TestData.val;

import java.math.RoundingMode;
import org.hor.core.model.OfferType;
import org.hor.core.model.OrganisationType;
import org.hor.core.spi.Reason;
import org.hor.core.spi.Value;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("retention.share and offers.multi-use.share")
class RetentionAndMultiUseTest {

    /*
     * Retention: S-A from 2023-07-01, S-B from 2024-04-01, asOf 2024-12-31.
     * S-A: O-1 2023-08-01, O-2 2023-09-01, O-3 2023-10-01, O-1 2024-02-01, O-3 2024-05-01, O-4 2024-06-01
     * S-B: O-5 2024-05-01
     */
    private final Engine retention = TestData.asOf("2024-12-31")
            .site("S-A", "2023-07-01")
            .site("S-B", "2024-04-01")
            .org("O-1", OrganisationType.OTHER)
            .org("O-2", OrganisationType.OTHER)
            .org("O-3", OrganisationType.OTHER)
            .org("O-4", OrganisationType.OTHER)
            .org("O-5", OrganisationType.OTHER)
            .offer("A", "S-A", OfferType.CONSULTING)
            .offer("B", "S-B", OfferType.CONSULTING)
            .delivery("D1", "A", "O-1", "2023-08-01")
            .delivery("D2", "A", "O-2", "2023-09-01")
            .delivery("D3", "A", "O-3", "2023-10-01")
            .delivery("D4", "A", "O-1", "2024-02-01")
            .delivery("D5", "A", "O-3", "2024-05-01")
            .delivery("D6", "A", "O-4", "2024-06-01")
            .delivery("D7", "B", "O-5", "2024-05-01")
            .engine();

    @Test
    @DisplayName("retention is the share of the previous period's organisations served again")
    void retention() {
        // S-A 2024: of {O-1, O-2, O-3} (2023), O-1 and O-3 are served in 2024 -> 100 * 2 / 3 = 66.666667
        assertThat(num(retention, "site:S-A", "2024", "retention.share").setScale(6, RoundingMode.HALF_EVEN))
                .isEqualByComparingTo("66.666667");
        // S-A 2024-Q1: of {O-3} (2023-Q4), none again -> 0
        assertThat(num(retention, "site:S-A", "2024-Q1", "retention.share")).isEqualByComparingTo("0");
        // programme 2024-Q2: of {O-1} (Q1), none in Q2 {O-3, O-4, O-5} -> 0
        assertThat(num(retention, "programme", "2024-Q2", "retention.share")).isEqualByComparingTo("0");
    }

    @Test
    @DisplayName(
            "retention is not applicable in a site's first period, when no site of the scope was active in the previous one")
    void firstPeriod() {
        // S-A 2023: 2022 is before S-A started; S-A 2023-Q3: 2023-Q2 as well
        assertThat(val(retention, "site:S-A", "2023", "retention.share"))
                .isEqualTo(Value.undefined(Reason.NOT_APPLICABLE));
        assertThat(val(retention, "site:S-A", "2023-Q3", "retention.share"))
                .isEqualTo(Value.undefined(Reason.NOT_APPLICABLE));
        // S-B 2024-Q2: S-B started 2024-04-01, not active in Q1
        assertThat(val(retention, "site:S-B", "2024-Q2", "retention.share"))
                .isEqualTo(Value.undefined(Reason.NOT_APPLICABLE));
        // S-B 2024: 2023 not active either
        assertThat(val(retention, "site:S-B", "2024", "retention.share"))
                .isEqualTo(Value.undefined(Reason.NOT_APPLICABLE));
    }

    @Test
    @DisplayName("retention has no denominator when the previous period was active but served nobody")
    void activeButEmpty() {
        // S-B 2024-Q3: of {O-5} (Q2) nobody in Q3 -> 0; S-B 2024-Q4: Q3 active with nobody -> NO_DENOMINATOR
        assertThat(num(retention, "site:S-B", "2024-Q3", "retention.share")).isEqualByComparingTo("0");
        assertThat(val(retention, "site:S-B", "2024-Q4", "retention.share"))
                .isEqualTo(Value.undefined(Reason.NO_DENOMINATOR));
    }

    /*
     * Multi-use: S-A and S-B from 2023-01-01, asOf 2024-12-31. S-A offers C and C2 (consulting) and T
     * (training); S-B offers TB (training).
     * O-1: C and T at S-A in 2024 (2 types); O-2: C and C2 at S-A (1 type), TB at S-B in 2024;
     * O-3: C at S-A in 2024, T at S-A in 2023.
     */
    private final Engine multi = TestData.asOf("2024-12-31")
            .site("S-A", "2023-01-01")
            .site("S-B", "2023-01-01")
            .org("O-1", OrganisationType.OTHER)
            .org("O-2", OrganisationType.OTHER)
            .org("O-3", OrganisationType.OTHER)
            .offer("C", "S-A", OfferType.CONSULTING)
            .offer("C2", "S-A", OfferType.CONSULTING)
            .offer("T", "S-A", OfferType.TRAINING)
            .offer("TB", "S-B", OfferType.TRAINING)
            .delivery("M1", "C", "O-1", "2024-01-05")
            .delivery("M2", "T", "O-1", "2024-06-05")
            .delivery("M3", "C", "O-2", "2024-02-05")
            .delivery("M4", "C2", "O-2", "2024-03-05")
            .delivery("M5", "TB", "O-2", "2024-04-05")
            .delivery("M6", "C", "O-3", "2024-05-05")
            .delivery("M7", "T", "O-3", "2023-05-05")
            .engine();

    @Test
    @DisplayName("multi-use counts organisations whose deliveries in the scope and period span two offer types")
    void multiUse() {
        // S-A 2024: O-1 (consulting + training) of {O-1, O-2, O-3}; O-2 two consulting offers is one type;
        // O-3's training was in 2023 -> 100 / 3
        assertThat(num(multi, "site:S-A", "2024", "offers.multi-use.share").setScale(6, RoundingMode.HALF_EVEN))
                .isEqualByComparingTo("33.333333");
        // S-B 2024: O-2 training only -> 0
        assertThat(num(multi, "site:S-B", "2024", "offers.multi-use.share")).isEqualByComparingTo("0");
        // programme 2024: O-1, and O-2 (consulting at S-A, training at S-B) of 3 -> 66.666667
        assertThat(num(multi, "programme", "2024", "offers.multi-use.share").setScale(6, RoundingMode.HALF_EVEN))
                .isEqualByComparingTo("66.666667");
        // S-A 2024-Q1: O-1 consulting only, O-2 consulting only -> 0; S-B 2023: nobody -> NO_DENOMINATOR
        assertThat(num(multi, "site:S-A", "2024-Q1", "offers.multi-use.share")).isEqualByComparingTo("0");
        assertThat(val(multi, "site:S-B", "2023", "offers.multi-use.share"))
                .isEqualTo(Value.undefined(Reason.NO_DENOMINATOR));
    }
}
