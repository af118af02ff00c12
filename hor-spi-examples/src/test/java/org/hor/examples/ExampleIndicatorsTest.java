package org.hor.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.hor.core.model.PeriodType;
import org.hor.core.spi.Reason;
import org.hor.core.spi.ScopeKind;
import org.hor.indicators.EvaluationOptions;
import org.hor.testkit.PluginRun;
import org.hor.testkit.PluginTestKit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The three example indicators on {@code examples.json}, worked out by hand.
 *
 * <p>S-A (Dresden, from 2023) has a room offer F-1 and a consulting offer F-2; S-B (Berlin, from
 * 2024) a room offer F-3. Room deliveries: D-6 2023-06-01 8 h (O-1), D-1 2024-01-10 10 h (O-1),
 * D-2 2024-02-15 5.5 h (O-2), D-4 2024-04-20 no hours (O-4), D-5 2024-05-05 4 h at S-B (O-5);
 * consulting: D-7 2023-11-11 (O-3), D-3 2024-03-01 (O-3). Founded: O-1 2022, O-2 2021, O-3 2015,
 * O-4 none, O-5 2020.
 */
@DisplayName("the example plugins")
class ExampleIndicatorsTest {

    private static final String VISITS = "example.language-cafe.visits";
    private static final String ROOMS = "example.rooms.utilisation.share";
    private static final String NEWCOMERS = "example.newcomer-organisations.share";

    private final PluginRun run = PluginTestKit.run(
            new ExamplesProvider(),
            ExampleData.dataset(),
            EvaluationOptions.defaults().withPeriodTypes(PeriodType.YEAR, PeriodType.QUARTER));

    @Test
    @DisplayName("keep the plugin contract through the real host")
    void contract() {
        run.assertContract();
        assertThat(run.indicators())
                .extracting(d -> d.id())
                .containsExactly(VISITS, NEWCOMERS, ROOMS); // catalogue order: by id
    }

    @Test
    @DisplayName("language café visits add up the site's measurements in the period")
    void visits() {
        // S-A: 2023-12-31 7; 2024-01-31 12, 2024-02-29 9, 2024-05-31 14
        run.assertValue("site:S-A", "2024", VISITS, "35") // 12 + 9 + 14
                .assertValue("site:S-A", "2024-Q1", VISITS, "21") // 12 + 9
                .assertValue("site:S-A", "2024-Q2", VISITS, "14")
                .assertValue("site:S-A", "2024-Q3", VISITS, "0") // runs a café, no visits recorded: 0, not undefined
                .assertValue("site:S-A", "2023", VISITS, "7")
                .assertValue("programme", "2024", VISITS, "35"); // S-B adds nothing
    }

    @Test
    @DisplayName("language café visits are not applicable where no site ever recorded one")
    void visitsNotApplicable() {
        run.assertUndefined("site:S-B", "2024", VISITS, Reason.NOT_APPLICABLE)
                .assertUndefined("state:DE-BE", "2024", VISITS, Reason.NOT_APPLICABLE)
                .assertUndefined("carrierType:CONSORTIUM", "2024-Q2", VISITS, Reason.NOT_APPLICABLE);
    }

    @Test
    @DisplayName("room utilisation is booked room hours over available hours")
    void rooms() {
        // S-A available: 2024-01 40, 2024-02 40, 2024-03 20, 2024-04 50; 2023-06 16
        run.assertValue("site:S-A", "2024-Q1", ROOMS, "15.5") // 100 x (10 + 5.5) / (40 + 40 + 20)
                .assertValue("site:S-A", "2024-Q2", ROOMS, "0") // D-4 has no hours: 100 x 0 / 50
                .assertValue("site:S-A", "2023", ROOMS, "50") // 100 x 8 / 16
                .assertValue("programme", "2024", ROOMS, "13") // 100 x (15.5 + 4) / (150 + 0)
                .assertValue("programme", "2024-Q2", ROOMS, "8"); // 100 x (0 + 4) / 50
        // 100 x 15.5 / 150 = 10.333…, rounded by the host to 6 digits half-even as the CSV writes it
        assertThat(run.number("site:S-A", "2024", ROOMS)).isEqualByComparingTo(new BigDecimal("10.333333"));
    }

    @Test
    @DisplayName(
            "room utilisation is NO_DATA without an available-hours measurement and NO_DENOMINATOR when they are 0")
    void roomsUndefined() {
        run.assertUndefined("site:S-A", "2024-Q3", ROOMS, Reason.NO_DATA)
                .assertUndefined("site:S-B", "2024-Q2", ROOMS, Reason.NO_DATA)
                .assertUndefined("site:S-B", "2024", ROOMS, Reason.NO_DENOMINATOR) // 4 h booked over 0 available
                .assertUndefined("site:S-B", "2024-Q1", ROOMS, Reason.NO_DENOMINATOR);
    }

    @Test
    @DisplayName("the newcomer share counts organisations founded at most three years before the period")
    void newcomers() {
        // 2024: founded >= 2021. S-A reached O-1 (2022, yes), O-2 (2021, yes), O-3 (2015, no), O-4 (none)
        assertThat(run.number("site:S-A", "2024", NEWCOMERS)).isEqualByComparingTo(new BigDecimal("66.666667"));
        assertThat(run.number("site:S-A", "2024-Q1", NEWCOMERS)).isEqualByComparingTo(new BigDecimal("66.666667"));
        run.assertValue("site:S-A", "2023", NEWCOMERS, "50") // >= 2020: O-1 (2022) yes, O-3 (2015) no
                .assertValue("site:S-B", "2024", NEWCOMERS, "0") // O-5 founded 2020 < 2021
                .assertValue("programme", "2024", NEWCOMERS, "50"); // O-1, O-2 of O-1, O-2, O-3, O-5
    }

    @Test
    @DisplayName("the newcomer share is NO_DATA when no reached organisation states a founded year")
    void newcomersNoData() {
        run.assertUndefined("site:S-A", "2024-Q2", NEWCOMERS, Reason.NO_DATA) // only O-4, without a year
                .assertUndefined("site:S-A", "2024-Q3", NEWCOMERS, Reason.NO_DATA); // nobody reached
    }

    @Test
    @DisplayName("the evaluation covers every scope kind")
    void scopes() {
        assertThat(run.evaluation().rows()).extracting(r -> r.scope().kind()).contains(ScopeKind.values());
        assertThat(run.failures()).isEmpty();
        assertThat(run.problems()).isEmpty();
    }
}
