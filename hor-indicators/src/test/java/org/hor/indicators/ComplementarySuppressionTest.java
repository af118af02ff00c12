package org.hor.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hor.core.model.CarrierType;
import org.hor.core.model.Coverage;
import org.hor.core.model.OfferType;
import org.hor.core.model.OrganisationType;
import org.hor.core.model.Period;
import org.hor.core.model.PeriodType;
import org.hor.core.model.Site;
import org.hor.core.spi.Reason;
import org.hor.core.spi.Scope;
import org.hor.core.spi.ScopeKind;
import org.hor.core.spi.Value;
import org.hor.indicators.disclosure.DisclosureControl;
import org.hor.indicators.evaluation.ApproachDimension;
import org.hor.indicators.evaluation.ApproachGroup;
import org.hor.indicators.evaluation.AssessmentOptions;
import org.hor.indicators.evaluation.Findings;
import org.hor.indicators.evaluation.FormativeEvaluation;
import org.hor.indicators.evaluation.GroupIndicator;
import org.hor.indicators.evaluation.KeyIndicatorSummary;
import org.hor.indicators.evaluation.RecommendedTarget;
import org.hor.indicators.evaluation.Summary;
import org.hor.indicators.evaluation.TransferIndicator;
import org.hor.indicators.evaluation.TransferYear;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Issue 13, point 1: published outputs must not let a reader compute a suppressed value back, by
 * subtraction within sums (programme and groups against sites, years against quarters) or from
 * statistics over suppressed values (medians, quartiles, recommended targets). k = 3 throughout.
 */
@DisplayName("disclosure control: complementary suppression and statistics")
class ComplementarySuppressionTest {

    private static final DisclosureControl K3 = DisclosureControl.publish();
    private static final Value SUP = Value.undefined(Reason.SUPPRESSED, "3");

    /*
     * The grants dataset, asOf 2024-12-31; all three sites from 2023-01-01 (operating years 1 = 2023, 2 = 2024).
     *   S-A migrant umbrella, city,   DE-SN
     *   S-B consortium,       city,   DE-SN
     *   S-C consortium,       region, DE-BY
     * 2023: S-A 1 grant of 700.00; S-B 3 × 50.00 = 150.00; S-C 3 × 400.00 = 1,200.00; programme 7 grants 2,050.00
     * 2024: S-A 1 grant of 1,500.00 (Q1)
     *       S-B 100.00 (Q1), 200.00 (Q2), 300.00 (Q3)                                   = 600.00, 3 grants
     *       S-C 3 × 1,000.00 (Q1), 1 × 1,000.00 (Q2), 3 × 500.00 (Q3)                   = 5,500.00, 7 grants
     *       programme 11 grants, 7,600.00
     * Primary suppression (count 1 or 2): S-A 2023 and 2024, every quarter of S-A and S-B, S-C 2024-Q2.
     * Without more, 7,600.00 − 600.00 − 5,500.00 = 1,500.00 gives S-A's grant back (and 2,050.00 − 150.00
     * − 1,200.00 = 700.00 for 2023), and S-C's 5,500.00 − 3,000.00 − 1,500.00 gives its Q2.
     */
    private static TestData grants() {
        TestData t = TestData.asOf("2024-12-31")
                .site("S-A", CarrierType.MIGRANT_UMBRELLA, Coverage.CITY, "DE-SN", "2023-01-01", null)
                .site("S-B", CarrierType.CONSORTIUM, Coverage.CITY, "DE-SN", "2023-01-01", null)
                .site("S-C", CarrierType.CONSORTIUM, Coverage.REGION, "DE-BY", "2023-01-01", null)
                .offer("G-A", "S-A", OfferType.MICRO_GRANT)
                .offer("G-B", "S-B", OfferType.MICRO_GRANT)
                .offer("G-C", "S-C", OfferType.MICRO_GRANT);
        for (int i = 1; i <= 12; i++) {
            t.org("O-" + i, OrganisationType.OTHER);
        }
        t.grant("A23", "G-A", "O-1", "2023-05-01", "700.00")
                .grant("B23a", "G-B", "O-2", "2023-02-01", "50.00")
                .grant("B23b", "G-B", "O-3", "2023-03-01", "50.00")
                .grant("B23c", "G-B", "O-4", "2023-04-01", "50.00")
                .grant("C23a", "G-C", "O-5", "2023-02-01", "400.00")
                .grant("C23b", "G-C", "O-6", "2023-06-01", "400.00")
                .grant("C23c", "G-C", "O-7", "2023-08-01", "400.00");
        t.grant("A24", "G-A", "O-1", "2024-02-01", "1500.00")
                .grant("B24a", "G-B", "O-2", "2024-01-15", "100.00")
                .grant("B24b", "G-B", "O-3", "2024-05-01", "200.00")
                .grant("B24c", "G-B", "O-4", "2024-08-01", "300.00")
                .grant("C24a", "G-C", "O-5", "2024-01-10", "1000.00")
                .grant("C24b", "G-C", "O-6", "2024-02-10", "1000.00")
                .grant("C24c", "G-C", "O-7", "2024-03-10", "1000.00")
                .grant("C24d", "G-C", "O-8", "2024-05-10", "1000.00")
                .grant("C24e", "G-C", "O-9", "2024-07-10", "500.00")
                .grant("C24f", "G-C", "O-10", "2024-08-10", "500.00")
                .grant("C24g", "G-C", "O-11", "2024-09-10", "500.00");
        return t;
    }

    private static final EvaluationOptions YEARS_AND_QUARTERS =
            EvaluationOptions.defaults().withPeriodTypes(PeriodType.YEAR, PeriodType.QUARTER);

    private static Value value(Evaluation e, String scope, String period, String indicator) {
        return e.rows().stream()
                .filter(r -> r.scope().id().equals(scope)
                        && r.period().code().equals(period)
                        && r.indicator().id().equals(indicator))
                .findFirst()
                .orElseThrow()
                .value();
    }

    /** A statistic as the summaries hold it: without trailing zeros. */
    private static Value stat(String number) {
        return Value.of(new BigDecimal(number));
    }

    private static Value money(String amount) {
        return Value.of(new BigDecimal(amount));
    }

    @Test
    @DisplayName("the programme minus the other sites no longer gives a suppressed site's grants, in 2023 and in 2024")
    void programmeMinusSites() {
        Engine engine = grants().engine();
        Evaluation raw = engine.evaluate(YEARS_AND_QUARTERS);
        Evaluation published = K3.apply(raw, engine);
        // the leak as it was: everything but S-A shown, and the programme total
        assertThat(value(raw, "programme", "2024", "grants.amount")).isEqualTo(money("7600.00"));
        assertThat(value(raw, "site:S-B", "2024", "grants.amount")).isEqualTo(money("600.00"));
        // S-A suppressed by its count, S-B (the smallest other site) with it, and its mean (mean × 3 = amount)
        assertThat(value(published, "site:S-A", "2024", "grants.amount")).isEqualTo(SUP);
        assertThat(value(published, "site:S-B", "2024", "grants.amount")).isEqualTo(SUP);
        assertThat(value(published, "site:S-B", "2024", "grants.amount.mean")).isEqualTo(SUP);
        assertThat(value(published, "site:S-C", "2024", "grants.amount")).isEqualTo(money("5500.00"));
        assertThat(value(published, "programme", "2024", "grants.amount")).isEqualTo(money("7600.00"));
        // the grant count is no rule of the spec and stays
        assertThat(value(published, "site:S-B", "2024", "grants.count")).isEqualTo(Value.of(3));
        // 2023 the same: 2,050.00 − 1,200.00 − 150.00 would be S-A's 700.00
        assertThat(value(published, "site:S-A", "2023", "grants.amount")).isEqualTo(SUP);
        assertThat(value(published, "site:S-B", "2023", "grants.amount")).isEqualTo(SUP);
        assertThat(value(published, "site:S-C", "2023", "grants.amount")).isEqualTo(money("1200.00"));
        // the consortium group (S-B + S-C) would be the programme minus the migrant umbrella group (= S-A)
        assertThat(value(published, "carrierType:CONSORTIUM", "2024", "grants.amount"))
                .isEqualTo(SUP);
        assertNoSingleSuppressedCell(engine, published);
    }

    @Test
    @DisplayName("a year minus its other quarters no longer gives a suppressed quarter")
    void yearMinusQuarters() {
        Engine engine = grants().engine();
        Evaluation published = K3.apply(engine.evaluate(YEARS_AND_QUARTERS), engine);
        // S-C 2024: Q1 3,000.00 (3 grants), Q2 1,000.00 (1 grant, suppressed), Q3 1,500.00 (3 grants):
        // 5,500.00 − 3,000.00 − 1,500.00 = Q2, so the smallest other, Q3, goes too
        assertThat(value(published, "site:S-C", "2024-Q2", "grants.amount")).isEqualTo(SUP);
        assertThat(value(published, "site:S-C", "2024-Q3", "grants.amount")).isEqualTo(SUP);
        assertThat(value(published, "site:S-C", "2024-Q4", "grants.amount")).isEqualTo(money("0.00"));
        // the programme's 2024: Q1 4,600.00, Q2 1,200.00 (2 grants, suppressed), Q3 1,800.00: Q3 goes too
        assertThat(value(published, "programme", "2024-Q2", "grants.amount")).isEqualTo(SUP);
        assertThat(value(published, "programme", "2024-Q3", "grants.amount")).isEqualTo(SUP);
        assertNoSingleSuppressedCell(engine, published);
    }

    /*
     * New organisations, asOf 2024-12-31, S-A from 2024-01-01: O-1 … O-5 first in 2024-Q1, O-6 first in
     * 2024-Q2. The year's 6 new organisations are the sum of the quarters' 5 and 1: the 1 is suppressed,
     * and so is the 5, or 6 − 5 = 1 gives it back.
     */
    @Test
    @DisplayName("new organisations of a year minus the other quarters no longer give a suppressed quarter")
    void newOrganisationsOverQuarters() {
        TestData t = TestData.asOf("2024-12-31").site("S-A", "2024-01-01").offer("C", "S-A", OfferType.CONSULTING);
        for (int i = 1; i <= 6; i++) {
            t.org("O-" + i, OrganisationType.OTHER)
                    .delivery("D" + i, "C", "O-" + i, i <= 5 ? "2024-02-01" : "2024-05-01");
        }
        Engine engine = t.engine();
        Evaluation published = K3.apply(engine.evaluate(YEARS_AND_QUARTERS), engine);
        assertThat(value(published, "site:S-A", "2024", "reach.organisations.new"))
                .isEqualTo(Value.of(6));
        assertThat(value(published, "site:S-A", "2024-Q2", "reach.organisations.new"))
                .isEqualTo(SUP);
        assertThat(value(published, "site:S-A", "2024-Q1", "reach.organisations.new"))
                .isEqualTo(SUP);
        assertNoSingleSuppressedCell(engine, published);
    }

    @Test
    @DisplayName("nothing changes when no sum holds a single suppressed cell")
    void nothingToDo() {
        Engine engine = grants().engine();
        Evaluation raw = engine.evaluate(
                EvaluationOptions.defaults().withPeriodTypes(PeriodType.YEAR).withScopeKinds(ScopeKind.SITE));
        Evaluation published = DisclosureControl.below(2).apply(raw, engine);
        // k = 2: only counts of 1 are suppressed: S-A's single grants; no total is shown for the sites alone
        assertThat(value(published, "site:S-A", "2024", "grants.amount"))
                .isEqualTo(Value.undefined(Reason.SUPPRESSED, "2"));
        assertThat(value(published, "site:S-B", "2024", "grants.amount")).isEqualTo(money("600.00"));
    }

    // ------------------------------------------------------------------ statistics

    @Test
    @DisplayName("approach medians over a suppressed value are suppressed: one site's grant, and an even n")
    void approachMedians() {
        Engine engine = grants().engine();
        Evaluation published = K3.apply(engine.evaluate(YEARS_AND_QUARTERS), engine);
        Findings raw = FormativeEvaluation.assess(engine, AssessmentOptions.defaults());
        ApproachGroup umbrella = group(raw, ApproachDimension.CARRIER_TYPE, "MIGRANT_UMBRELLA");
        // the leak as it was: the median of the single site S-A is its grant
        assertThat(indicator(umbrella, "grants.amount").summary().median()).isEqualTo(stat("1500"));
        Findings shown = K3.apply(raw, published, engine);
        Summary one = indicator(group(shown, ApproachDimension.CARRIER_TYPE, "MIGRANT_UMBRELLA"), "grants.amount")
                .summary();
        assertThat(one).isEqualTo(new Summary(1, SUP, SUP, SUP, SUP, SUP));
        // consortium: S-B 600.00 (suppressed as complement), S-C 5,500.00: median 3,050.00 pins S-B down
        Summary two = indicator(group(shown, ApproachDimension.CARRIER_TYPE, "CONSORTIUM"), "grants.amount")
                .summary();
        assertThat(two).isEqualTo(new Summary(2, SUP, SUP, SUP, SUP, stat("5500.00")));
        // all sites: 600.00 (S-B), 1,500.00 (S-A), 5,500.00: min, q1 (1,050.00), median, q3 (3,500.00) suppressed
        Summary all = shown.approaches().overall().stream()
                .filter(k -> k.indicator().equals("grants.amount"))
                .map(KeyIndicatorSummary::summary)
                .findFirst()
                .orElseThrow();
        assertThat(all).isEqualTo(new Summary(3, SUP, SUP, SUP, SUP, stat("5500.00")));
        // the cooperations are not suppressed by any rule: their statistics stay
        assertThat(indicator(group(shown, ApproachDimension.CARRIER_TYPE, "CONSORTIUM"), "cooperations.active")
                        .summary())
                .isEqualTo(indicator(group(raw, ApproachDimension.CARRIER_TYPE, "CONSORTIUM"), "cooperations.active")
                        .summary());
    }

    @Test
    @DisplayName("transfer benchmarks and recommended targets over suppressed values are suppressed")
    void transfer() {
        Engine engine = grants().engine();
        Evaluation published = K3.apply(engine.evaluate(YEARS_AND_QUARTERS), engine);
        Findings raw = FormativeEvaluation.assess(engine, AssessmentOptions.defaults());
        // operating year 2 is 2024: 600.00 (S-B), 1,500.00 (S-A), 5,500.00 (S-C); fewer than 3 sites of each
        // carrier type, so every recommended target is the median of all: 1,500.00, S-A's grant
        TransferIndicator before = transfer(raw, 2, "grants.amount");
        assertThat(before.recommendations())
                .isNotEmpty()
                .extracting(RecommendedTarget::value)
                .allSatisfy(v -> assertThat(v).isEqualByComparingTo("1500"));
        TransferIndicator after = transfer(K3.apply(raw, published, engine), 2, "grants.amount");
        assertThat(after.summary()).isEqualTo(new Summary(3, SUP, SUP, SUP, SUP, stat("5500.00")));
        assertThat(after.recommendations()).isNotEmpty().allSatisfy(rt -> {
            assertThat(rt.suppressed()).isTrue();
            assertThat(rt.value()).isEqualByComparingTo("0");
        });
        // operating year 1 is 2023: 150.00 (S-B, complement), 700.00 (S-A), 1,200.00 (S-C): the same
        TransferIndicator first = transfer(K3.apply(raw, published, engine), 1, "grants.amount");
        assertThat(first.summary()).isEqualTo(new Summary(3, SUP, SUP, SUP, SUP, stat("1200.00")));
    }

    /*
     * Reach 2024, asOf 2024-12-31, five sites from 2024-01-01, each with its own organisations, all
     * reached in 2024-Q1: S-A 1, S-B 2 (both suppressed: two, so the programme's 26 needs no complement),
     * S-C 6, S-D 8, S-E 9. Sorted 1, 2, 6, 8, 9: the minimum and q1 (x₁ = 2) are suppressed values, the
     * median x₂ = 6, q3 x₃ = 8 and the maximum 9 are shown values and stay.
     */
    @Test
    @DisplayName("a median from shown values only stays, also with suppressed values below it")
    void medianOfShownValues() {
        TestData t = TestData.asOf("2024-12-31");
        int[] reach = {1, 2, 6, 8, 9};
        int org = 0;
        for (int s = 0; s < reach.length; s++) {
            String site = "S-" + (char) ('A' + s);
            t.site(site, "2024-01-01").offer("C-" + site, site, OfferType.CONSULTING);
            for (int i = 0; i < reach[s]; i++) {
                org++;
                t.org("O-" + org, OrganisationType.OTHER).delivery("D-" + org, "C-" + site, "O-" + org, "2024-02-01");
            }
        }
        Engine engine = t.engine();
        Evaluation published = K3.apply(engine.evaluate(YEARS_AND_QUARTERS), engine);
        assertThat(value(published, "programme", "2024", "reach.organisations")).isEqualTo(Value.of(26));
        assertThat(value(published, "site:S-C", "2024", "reach.organisations")).isEqualTo(Value.of(6));
        Findings shown = K3.apply(FormativeEvaluation.assess(engine, AssessmentOptions.defaults()), published, engine);
        Summary summary = shown.approaches().overall().stream()
                .filter(k -> k.indicator().equals("reach.organisations"))
                .map(KeyIndicatorSummary::summary)
                .findFirst()
                .orElseThrow();
        assertThat(summary).isEqualTo(new Summary(5, SUP, SUP, Value.of(6), Value.of(8), Value.of(9)));
    }

    @Test
    @DisplayName("a programme's reach minus the other sites no longer gives a suppressed site's reach")
    void reachOverSites() {
        // grants dataset 2024: S-A reaches O-1 (1, suppressed), S-B O-2 … O-4 (3), S-C O-5 … O-11 (7);
        // programme 11 = 1 + 3 + 7, as no organisation uses two sites: S-B's 3 is suppressed as well
        Engine engine = grants().engine();
        Evaluation published = K3.apply(engine.evaluate(YEARS_AND_QUARTERS), engine);
        assertThat(value(published, "programme", "2024", "reach.organisations")).isEqualTo(Value.of(11));
        assertThat(value(published, "site:S-A", "2024", "reach.organisations")).isEqualTo(SUP);
        assertThat(value(published, "site:S-B", "2024", "reach.organisations")).isEqualTo(SUP);
        assertThat(value(published, "site:S-C", "2024", "reach.organisations")).isEqualTo(Value.of(7));
    }

    private static ApproachGroup group(Findings f, ApproachDimension dimension, String value) {
        return f.approaches().groups().stream()
                .filter(g -> g.dimension() == dimension && g.value().equals(value))
                .findFirst()
                .orElseThrow();
    }

    private static GroupIndicator indicator(ApproachGroup g, String id) {
        return g.indicators().stream()
                .filter(i -> i.indicator().equals(id))
                .findFirst()
                .orElseThrow();
    }

    private static TransferIndicator transfer(Findings f, int k, String id) {
        TransferYear y =
                f.transfer().stream().filter(t -> t.k() == k).findFirst().orElseThrow();
        return y.indicators().stream()
                .filter(i -> i.indicator().equals(id))
                .findFirst()
                .orElseThrow();
    }

    // ------------------------------------------------------------------ the invariant

    /**
     * Checks, independently of the implementation, every exact sum of the published evaluation for
     * grants and new organisations: programme and groups against their sites, years against their
     * quarters. None may hold exactly one suppressed cell.
     */
    static void assertNoSingleSuppressedCell(Engine engine, Evaluation published) {
        Map<String, Value> cells = new HashMap<>();
        for (Evaluation.Row r : published.rows()) {
            cells.put(
                    r.scope().id()
                            + '|'
                            + r.period().code()
                            + '|'
                            + r.indicator().id(),
                    r.value());
        }
        List<String> problems = new ArrayList<>();
        for (Evaluation.Row r : published.rows()) {
            String id = r.indicator().id();
            if (!id.equals("grants.amount") && !id.equals("reach.organisations.new")) {
                continue;
            }
            List<Value> parts = new ArrayList<>();
            if (r.period().type() == PeriodType.YEAR) {
                for (int q = 1; q <= 4; q++) {
                    parts.add(cells.getOrDefault(
                            r.scope().id()
                                    + '|'
                                    + Period.quarter(r.period().first().getYear(), q)
                                            .code()
                                    + '|'
                                    + id,
                            Value.of(0)));
                }
                check(problems, r, parts);
            }
            if (id.equals("grants.amount") && r.scope().kind() != ScopeKind.SITE) {
                parts = new ArrayList<>();
                for (Site s : engine.dataset().sites()) {
                    boolean member = switch (r.scope().kind()) {
                        case PROGRAMME -> true;
                        case CARRIER_TYPE ->
                            s.carrierType().name().equals(r.scope().value());
                        case COVERAGE -> s.coverage().name().equals(r.scope().value());
                        case STATE -> s.state().equals(r.scope().value());
                        default -> false;
                    };
                    if (member) {
                        parts.add(cells.getOrDefault(
                                Scope.site(s.id()).id() + '|' + r.period().code() + '|' + id, Value.of(0)));
                    }
                }
                check(problems, r, parts);
            }
        }
        assertThat(problems).isEmpty();
    }

    private static void check(List<String> problems, Evaluation.Row total, List<Value> parts) {
        int suppressed = DisclosureControl.isSuppressed(total.value()) ? 1 : 0;
        for (Value p : parts) {
            suppressed += DisclosureControl.isSuppressed(p) ? 1 : 0;
        }
        if (suppressed == 1) {
            problems.add(total.scope().id() + " " + total.period().code() + " "
                    + total.indicator().id() + " = " + total.value() + " over " + parts);
        }
    }
}
