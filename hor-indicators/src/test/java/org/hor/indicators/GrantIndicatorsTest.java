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

@DisplayName("the grant indicators")
class GrantIndicatorsTest {

    /*
     * S-A and S-B from 2023-01-01, asOf 2024-12-31; GA grant offer of S-A, GB of S-B.
     * G-01 GA O-1 2023-06-01   500.00
     * G-02 GA O-1 2024-03-01  1000.00   O-1 had G-01 before: not first-time
     * G-03 GA O-2 2024-03-01   250.50   same org and date as G-04, smaller id: first-time
     * G-04 GA O-2 2024-03-01   249.50   not first-time
     * G-05 GB O-2 2024-05-01  1000.00   first at S-B; in the programme O-2 had G-03 before
     * G-9  GA O-3 2024-07-01   100.00   same org and date as G-10; ordinal "G-10" < "G-9": not first-time
     * G-10 GA O-3 2024-07-01   100.00   first-time
     * G-Z  GB O-4 2023-02-01     0.00   a grant of nothing
     */
    private final Engine engine = TestData.asOf("2024-12-31")
            .site("S-A", "2023-01-01")
            .site("S-B", "2023-01-01")
            .org("O-1", OrganisationType.MIGRANT_ORGANISATION)
            .org("O-2", OrganisationType.INITIATIVE)
            .org("O-3", OrganisationType.OTHER)
            .org("O-4", OrganisationType.OTHER)
            .offer("GA", "S-A", OfferType.MICRO_GRANT)
            .offer("GB", "S-B", OfferType.MICRO_GRANT)
            .grant("G-01", "GA", "O-1", "2023-06-01", "500.00")
            .grant("G-02", "GA", "O-1", "2024-03-01", "1000.00")
            .grant("G-04", "GA", "O-2", "2024-03-01", "249.50")
            .grant("G-03", "GA", "O-2", "2024-03-01", "250.50")
            .grant("G-05", "GB", "O-2", "2024-05-01", "1000.00")
            .grant("G-9", "GA", "O-3", "2024-07-01", "100.00")
            .grant("G-10", "GA", "O-3", "2024-07-01", "100.00")
            .grant("G-Z", "GB", "O-4", "2023-02-01", "0.00")
            .engine();

    @Test
    @DisplayName("grants are counted and their amounts summed exactly")
    void countAndAmount() {
        // S-A 2024: G-02, G-03, G-04, G-9, G-10 = 5; 1000 + 250.50 + 249.50 + 100 + 100 = 1700.00
        assertThat(num(engine, "site:S-A", "2024", "grants.count")).isEqualByComparingTo("5");
        assertThat(num(engine, "site:S-A", "2024", "grants.amount")).isEqualByComparingTo("1700.00");
        // programme 2024: 6 grants, 2700.00
        assertThat(num(engine, "programme", "2024", "grants.count")).isEqualByComparingTo("6");
        assertThat(num(engine, "programme", "2024", "grants.amount")).isEqualByComparingTo("2700.00");
    }

    @Test
    @DisplayName("the mean grant is the amount over the count")
    void mean() {
        // S-A 2024: 1700 / 5 = 340; programme 2024: 2700 / 6 = 450; S-A 2024-Q1: 1500 / 3 = 500
        assertThat(num(engine, "site:S-A", "2024", "grants.amount.mean")).isEqualByComparingTo("340");
        assertThat(num(engine, "programme", "2024", "grants.amount.mean")).isEqualByComparingTo("450");
        assertThat(num(engine, "site:S-A", "2024-Q1", "grants.amount.mean")).isEqualByComparingTo("500");
        // S-B 2023: G-Z 0.00 / 1 = 0, defined
        assertThat(num(engine, "site:S-B", "2023", "grants.amount.mean")).isEqualByComparingTo("0");
    }

    @Test
    @DisplayName(
            "a grant is first-time unless an earlier one, or one of the same date with a smaller id, exists in the scope")
    void firstTime() {
        // S-A 2024: G-03 and G-10 first-time of 5 -> 40
        assertThat(num(engine, "site:S-A", "2024", "grants.first-time.share")).isEqualByComparingTo("40");
        // S-B 2024: G-05 is O-2's first grant at S-B -> 100
        assertThat(num(engine, "site:S-B", "2024", "grants.first-time.share")).isEqualByComparingTo("100");
        // programme 2024: G-03, G-10 of 6 -> 33.333...
        assertThat(num(engine, "programme", "2024", "grants.first-time.share").setScale(6, RoundingMode.HALF_EVEN))
                .isEqualByComparingTo("33.333333");
        // S-A 2024-Q3: G-9 and G-10 on one day: only one of them, G-10 (ordinal "G-10" < "G-9"), is
        // first-time -> 1 of 2 = 50 (without the id rule both would be, 100; which one is first does not
        // change the share, the explanation names it)
        assertThat(num(engine, "site:S-A", "2024-Q3", "grants.first-time.share"))
                .isEqualByComparingTo("50");
        // S-A 2023: G-01 -> 100
        assertThat(num(engine, "site:S-A", "2023", "grants.first-time.share")).isEqualByComparingTo("100");
    }

    @Test
    @DisplayName("the top recipient's share is the largest sum of one organisation over the amount")
    void topRecipient() {
        // S-A 2024: O-1 1000, O-2 500, O-3 200 -> 100 * 1000 / 1700 = 58.8235294...
        assertThat(num(engine, "site:S-A", "2024", "grants.top-recipient.share").setScale(6, RoundingMode.HALF_EVEN))
                .isEqualByComparingTo("58.823529");
        // programme 2024: O-2 250.50 + 249.50 + 1000 = 1500 of 2700 -> 55.5555...6
        assertThat(num(engine, "programme", "2024", "grants.top-recipient.share")
                        .setScale(6, RoundingMode.HALF_EVEN))
                .isEqualByComparingTo("55.555556");
        // S-A 2024-Q1: O-1 1000 of 1500 -> 66.666667
        assertThat(num(engine, "site:S-A", "2024-Q1", "grants.top-recipient.share")
                        .setScale(6, RoundingMode.HALF_EVEN))
                .isEqualByComparingTo("66.666667");
        // S-B 2023: the only grant is 0.00: the amount is 0 -> no denominator
        assertThat(val(engine, "site:S-B", "2023", "grants.top-recipient.share"))
                .isEqualTo(Value.undefined(Reason.NO_DENOMINATOR));
    }

    @Test
    @DisplayName("a period without grants has count and amount 0 and undefined mean and shares")
    void noGrants() {
        // S-B 2024-Q1: none
        assertThat(num(engine, "site:S-B", "2024-Q1", "grants.count")).isEqualByComparingTo("0");
        assertThat(num(engine, "site:S-B", "2024-Q1", "grants.amount")).isEqualByComparingTo("0");
        for (String id : new String[] {"grants.amount.mean", "grants.first-time.share", "grants.top-recipient.share"}) {
            assertThat(val(engine, "site:S-B", "2024-Q1", id)).as(id).isEqualTo(Value.undefined(Reason.NO_DENOMINATOR));
        }
    }
}
