package org.hor.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hor.indicators.TestData.num;

import java.math.RoundingMode;
import java.time.LocalDate;
import org.hor.core.model.CarrierType;
import org.hor.core.model.Coverage;
import org.hor.core.model.OfferType;
import org.hor.core.model.OrganisationType;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A pass sums the quantities of its deliveries in longs: those that fit an int (cents, hours in
 * millionths) in the loop, the larger ones apart, and a merge adds the passes' longs while they fit.
 * These cases cross each border: a quantity beyond an int, a site's sum beyond a long, and sums that
 * fit a long at each site but not in the programme.
 */
@DisplayName("sums of hours and amounts beyond an int and beyond a long stay exact")
class LargeQuantitiesTest {

    /*
     * S-A and S-B from 2023-01-01, asOf 2024-12-31; GA grant offer of S-A, GB of S-B.
     * G-1 GA O-1 2024-02-01  999999999.99   99 999 999 999 cents: beyond an int
     * G-2 GA O-1 2024-02-02          0.01
     * G-3 GA O-2 2024-05-01   21474836.48   2^31 cents: the smallest beyond an int
     * G-4 GB O-2 2024-05-02   21474836.47   2^31 - 1 cents: the largest int
     */
    private final Engine grants = TestData.asOf("2024-12-31")
            .site("S-A", "2023-01-01")
            .site("S-B", "2023-01-01")
            .org("O-1", OrganisationType.INITIATIVE)
            .org("O-2", OrganisationType.OTHER)
            .offer("GA", "S-A", OfferType.MICRO_GRANT)
            .offer("GB", "S-B", OfferType.MICRO_GRANT)
            .grant("G-1", "GA", "O-1", "2024-02-01", "999999999.99")
            .grant("G-2", "GA", "O-1", "2024-02-02", "0.01")
            .grant("G-3", "GA", "O-2", "2024-05-01", "21474836.48")
            .grant("G-4", "GB", "O-2", "2024-05-02", "21474836.47")
            .engine();

    @Test
    @DisplayName("grants beyond an int are summed exactly in a quarter, a year and the programme")
    void grantsBeyondAnInt() {
        // S-A 2024-Q1: 999999999.99 + 0.01 = 1000000000.00 over 2 grants, all to O-1
        assertThat(num(grants, "site:S-A", "2024-Q1", "grants.amount")).isEqualByComparingTo("1000000000.00");
        assertThat(num(grants, "site:S-A", "2024-Q1", "grants.amount.mean")).isEqualByComparingTo("500000000");
        assertThat(num(grants, "site:S-A", "2024-Q1", "grants.top-recipient.share"))
                .isEqualByComparingTo("100");
        // S-A 2024 (merged from its quarters): + 21474836.48 = 1021474836.48 over 3 grants
        assertThat(num(grants, "site:S-A", "2024", "grants.amount")).isEqualByComparingTo("1021474836.48");
        assertThat(num(grants, "site:S-A", "2024", "grants.amount.mean")).isEqualByComparingTo("340491612.16");
        // the programme 2024 (merged from its sites): + 21474836.47 = 1042949672.95 over 4 grants;
        // O-1 received 1000000000.00, O-2 42949672.95: 100 × 1000000000.00 / 1042949672.95
        assertThat(num(grants, "programme", "2024", "grants.amount")).isEqualByComparingTo("1042949672.95");
        assertThat(num(grants, "programme", "2024", "grants.amount.mean")).isEqualByComparingTo("260737418.2375");
        assertThat(num(grants, "programme", "2024", "grants.top-recipient.share")
                        .setScale(6, RoundingMode.HALF_EVEN))
                .isEqualByComparingTo("95.881904");
        // the programme 2024-Q2: O-2's two grants, 2^31 + 2^31 - 1 cents
        assertThat(num(grants, "programme", "2024-Q2", "grants.amount")).isEqualByComparingTo("42949672.95");
    }

    /**
     * S-A and S-B (coverage CITY) from 2023-01-01 with 5 000 consultations of 10^9 hours each in
     * January 2024 (the largest hours the format allows), S-C (REGION) with 10 000; plus room bookings of 2^31 and 2^31 - 1
     * millionths of an hour at S-A. 5 000 × 10^9 hours are 5 × 10^18 millionths, within a long
     * (at most about 9.22 × 10^18); 10^13 hours are not.
     */
    private static Engine hours() {
        TestData data = TestData.asOf("2024-12-31")
                .site("S-A", "2023-01-01")
                .site("S-B", "2023-01-01")
                .site("S-C", CarrierType.MIGRANT_UMBRELLA, Coverage.REGION, "DE-SN", "2023-01-01", null)
                .org("O-1", OrganisationType.INITIATIVE)
                .offer("CA", "S-A", OfferType.CONSULTING)
                .offer("CB", "S-B", OfferType.CONSULTING)
                .offer("CC", "S-C", OfferType.CONSULTING)
                .offer("RA", "S-A", OfferType.ROOM);
        LocalDate day = LocalDate.of(2024, 1, 1);
        for (int i = 0; i < 5_000; i++) {
            String date = day.plusDays(i % 31).toString();
            data.hours("A-" + i, "CA", "O-1", date, "1000000000");
            data.hours("B-" + i, "CB", "O-1", date, "1000000000");
            data.hours("C-" + i, "CC", "O-1", date, "1000000000");
            data.hours("D-" + i, "CC", "O-1", date, "1000000000");
        }
        data.hours("R-1", "RA", "O-1", "2024-04-01", "2147.483648");
        data.hours("R-2", "RA", "O-1", "2024-04-02", "2147.483647");
        return data.engine();
    }

    @Test
    @DisplayName("hours beyond a long are summed exactly at a site, over sites and over quarters")
    void hoursBeyondALong() {
        Engine engine = hours();
        // S-A and S-B 2024-Q1: 5000 × 10^9 = 5 × 10^12 hours, each within a long in millionths
        assertThat(num(engine, "site:S-A", "2024-Q1", "consulting.hours")).isEqualByComparingTo("5000000000000");
        assertThat(num(engine, "site:S-B", "2024-Q1", "consulting.hours")).isEqualByComparingTo("5000000000000");
        // S-C 2024-Q1: 10000 × 10^9 = 10^13 hours, beyond a long in millionths within one site's pass
        assertThat(num(engine, "site:S-C", "2024-Q1", "consulting.hours")).isEqualByComparingTo("10000000000000");
        // S-A + S-B: within a long each, 10^13 together (a merge over sites that overflows)
        assertThat(num(engine, "coverage:CITY", "2024-Q1", "consulting.hours")).isEqualByComparingTo("10000000000000");
        assertThat(num(engine, "coverage:CITY", "2024", "consulting.hours")).isEqualByComparingTo("10000000000000");
        // the programme 2024: merged from its quarters, one of which is beyond a long
        assertThat(num(engine, "programme", "2024", "consulting.hours")).isEqualByComparingTo("20000000000000");
        // rooms at S-A 2024-Q2: 2147.483648 (beyond an int in millionths) + 2147.483647 = 4294.967295
        assertThat(num(engine, "site:S-A", "2024-Q2", "rooms.hours")).isEqualByComparingTo("4294.967295");
        assertThat(num(engine, "programme", "2024", "rooms.hours")).isEqualByComparingTo("4294.967295");
    }
}
