package org.hor.indicators.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.hor.core.model.CarrierType;
import org.hor.core.model.Coverage;
import org.hor.core.model.Dataset;
import org.hor.core.model.Period;
import org.hor.core.model.Site;
import org.hor.core.spi.Reason;
import org.hor.core.spi.Value;
import org.hor.indicators.TargetResult;
import org.hor.indicators.TargetStatus;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Each rule of spec 03 §2 at its boundaries; Y = 2024, asOf = 2024-12-31. */
class ChallengeRulesTest {

    private static final Period Y = Period.year(2024);
    private static final ChallengeThresholds T = ChallengeThresholds.DEFAULTS;

    private final FakeSource source = new FakeSource();

    private RuleResult run(ChallengeRule rule, Site site, Dataset dataset) {
        return rule.evaluate(new RuleContext(dataset, site, Y, source));
    }

    private RuleResult run(ChallengeRule rule) {
        Site site = TestData.newSite("S-A", CarrierType.CONSORTIUM, Coverage.CITY, "2019-01-01", null);
        return run(rule, site, new TestData("2024-12-31").build());
    }

    private static Evidence ev(String indicator, String period, String value) {
        return new Evidence.IndicatorValue(indicator, Period.parse(period), Value.of(new BigDecimal(value)));
    }

    private static Evidence exchanges(String count) {
        return new Evidence.Quantity(
                Evidence.Quantity.Kind.PROGRAMME_EXCHANGES, Period.parse("2024"), Value.of(new BigDecimal(count)));
    }

    private static Evidence threshold(String percent) {
        return new Evidence.Threshold(new BigDecimal(percent));
    }

    @Nested
    @DisplayName("TARGET_MISSED")
    class TargetMissed {

        private TargetResult target(
                String indicator, String period, String target, String actual, String attainment, TargetStatus status) {
            return new TargetResult(
                    "S-A",
                    indicator,
                    Period.parse(period),
                    new BigDecimal(target),
                    Value.of(new BigDecimal(actual)),
                    null,
                    new BigDecimal(attainment),
                    status);
        }

        @Test
        @DisplayName("a PARTLY target fires and a NEARLY one does not: 50 % attainment is the edge between them")
        void partlyFiresNearlyDoesNot() {
            // 40 target, 20 actual: 100 × 20 / 40 = 50 → PARTLY (≥ 50); 80 % is NEARLY and does not fire.
            source.target(target("reach.organisations", "2024", "40", "20", "50", TargetStatus.PARTLY));
            source.target(target("grants.count", "2024", "10", "8", "80", TargetStatus.NEARLY));
            RuleResult r = run(new TargetMissedRule());
            assertThat(r.evaluable()).isTrue();
            assertThat(r.hits()).singleElement().satisfies(h -> {
                assertThat(h.indicator()).isEqualTo("reach.organisations");
                assertThat(h.targetStatus()).isEqualTo(TargetStatus.PARTLY);
                assertThat(h.evidence())
                        .containsExactly(new Evidence.Target(
                                "reach.organisations",
                                Period.parse("2024"),
                                new BigDecimal("40"),
                                Value.of(new BigDecimal("20")),
                                new BigDecimal("50")));
            });
        }

        @Test
        @DisplayName("one challenge per missed target, by indicator in catalogue order then by period")
        void orderedByCatalogueThenPeriod() {
            // grants.count (catalogue index 7) comes after reach.organisations (0) although added first;
            // within reach.organisations, 2024-Q1 (first day 1 Jan, quarter) after 2024 (same first day, year first).
            source.target(new TargetResult(
                    "S-A",
                    "grants.count",
                    Period.parse("2024"),
                    BigDecimal.TEN,
                    Value.undefined(Reason.NO_DATA),
                    null,
                    null,
                    TargetStatus.MISSED));
            source.target(target("reach.organisations", "2024-Q2", "10", "1", "10", TargetStatus.MISSED));
            source.target(target("reach.organisations", "2024-Q1", "10", "1", "10", TargetStatus.MISSED));
            source.target(target("reach.organisations", "2024", "40", "1", "2.5", TargetStatus.MISSED));
            RuleResult r = run(new TargetMissedRule());
            assertThat(r.hits())
                    .extracting(h -> h.indicator() + "@" + h.period().code())
                    .containsExactly(
                            "reach.organisations@2024",
                            "reach.organisations@2024-Q1",
                            "reach.organisations@2024-Q2",
                            "grants.count@2024");
            // an undefined actual has no attainment
            assertThat(r.hits().get(3).evidence())
                    .singleElement()
                    .satisfies(e ->
                            assertThat(((Evidence.Target) e).attainmentIfAny()).isEmpty());
        }

        @Test
        @DisplayName("without a target within Y the rule is not evaluable")
        void noTargetInYearIsNotEvaluable() {
            source.target(target("reach.organisations", "2023", "40", "1", "2.5", TargetStatus.MISSED));
            source.target(
                    target("reach.organisations", "2024-12-01..2025-01-31", "40", "1", "2.5", TargetStatus.MISSED));
            RuleResult r = run(new TargetMissedRule());
            assertThat(r.evaluable()).isFalse();
            assertThat(r.fired()).isFalse();
        }
    }

    @Nested
    @DisplayName("DECLINING_REACH")
    class DecliningReach {

        private final Site fullYears =
                TestData.newSite("S-A", CarrierType.CONSORTIUM, Coverage.CITY, "2022-01-01", null);

        @Test
        @DisplayName("30 → 25 → 24 strictly falls and fires, with the three values as evidence")
        void strictlyFalling() {
            source.set("S-A", "2022", "reach.organisations", "30")
                    .set("S-A", "2023", "reach.organisations", "25")
                    .set("S-A", "2024", "reach.organisations", "24");
            RuleResult r = run(new DecliningReachRule(), fullYears, new TestData("2024-12-31").build());
            assertThat(r.fired()).isTrue();
            assertThat(r.hits().get(0).evidence())
                    .containsExactly(
                            ev("reach.organisations", "2022", "30"),
                            ev("reach.organisations", "2023", "25"),
                            ev("reach.organisations", "2024", "24"));
        }

        @Test
        @DisplayName("30 → 25 → 25 does not strictly fall and does not fire")
        void notStrictly() {
            source.set("S-A", "2022", "reach.organisations", "30")
                    .set("S-A", "2023", "reach.organisations", "25")
                    .set("S-A", "2024", "reach.organisations", "25");
            RuleResult r = run(new DecliningReachRule(), fullYears, new TestData("2024-12-31").build());
            assertThat(r.evaluable()).isTrue();
            assertThat(r.fired()).isFalse();
        }

        @Test
        @DisplayName("a site that started on 2 January of Y−2 was not active on every day and is not evaluable")
        void startedLate() {
            Site late = TestData.newSite("S-A", CarrierType.CONSORTIUM, Coverage.CITY, "2022-01-02", null);
            source.set("S-A", "2022", "reach.organisations", "30")
                    .set("S-A", "2023", "reach.organisations", "25")
                    .set("S-A", "2024", "reach.organisations", "24");
            assertThat(run(new DecliningReachRule(), late, new TestData("2024-12-31").build())
                            .evaluable())
                    .isFalse();
        }
    }

    @Nested
    @DisplayName("LOW_NEW_REACH")
    class LowNewReach {

        @Test
        @DisplayName("1 new of 10 (10 %) fires with the share as evidence; 2 of 10 (exactly 20 %) does not")
        void boundary() {
            source.set("S-A", "2024", "reach.organisations", "10").set("S-A", "2024", "reach.organisations.new", "1");
            RuleResult r = run(new LowNewReachRule(T));
            assertThat(r.fired()).isTrue();
            // share = 100 × 1 / 10 = 10
            assertThat(r.hits().get(0).evidence())
                    .containsExactly(
                            ev("reach.organisations", "2024", "10"),
                            ev("reach.organisations.new", "2024", "1"),
                            new Evidence.Share(
                                    "reach.organisations.new",
                                    "reach.organisations",
                                    Period.parse("2024"),
                                    Value.of(new BigDecimal("10"))),
                            threshold("20"));

            source.set("S-A", "2024", "reach.organisations.new", "2");
            RuleResult r2 = run(new LowNewReachRule(T));
            assertThat(r2.evaluable()).isTrue();
            assertThat(r2.fired()).isFalse();
        }

        @Test
        @DisplayName("the share is compared exactly: 2 of 11 (18.18… %) fires, 3 of 15 (exactly 20 %) does not")
        void exactComparison() {
            source.set("S-A", "2024", "reach.organisations", "11").set("S-A", "2024", "reach.organisations.new", "2");
            assertThat(run(new LowNewReachRule(T)).fired()).isTrue();
            source.set("S-A", "2024", "reach.organisations", "15").set("S-A", "2024", "reach.organisations.new", "3");
            assertThat(run(new LowNewReachRule(T)).fired()).isFalse();
        }

        @Test
        @DisplayName("evaluable at a reach of exactly 5, not at 4; an undefined reach is not evaluable")
        void precondition() {
            source.set("S-A", "2024", "reach.organisations", "5").set("S-A", "2024", "reach.organisations.new", "0");
            assertThat(run(new LowNewReachRule(T)).fired()).isTrue();
            source.set("S-A", "2024", "reach.organisations", "4");
            RuleResult r = run(new LowNewReachRule(T));
            assertThat(r.evaluable()).isFalse();
            assertThat(r.evidence()).containsExactly(ev("reach.organisations", "2024", "4"));
            source.set("S-A", "2024", "reach.organisations", Value.undefined(Reason.NOT_APPLICABLE));
            assertThat(run(new LowNewReachRule(T)).evaluable()).isFalse();
        }

        @Test
        @DisplayName("an undefined number of new organisations never fires")
        void undefinedNew() {
            source.set("S-A", "2024", "reach.organisations", "10");
            RuleResult r = run(new LowNewReachRule(T));
            assertThat(r.evaluable()).isTrue();
            assertThat(r.fired()).isFalse();
        }
    }

    @Nested
    @DisplayName("LOW_RETENTION")
    class LowRetention {

        @Test
        @DisplayName("retention 29.999999 fires, exactly 30 does not (strictly below)")
        void boundary() {
            source.set("S-A", "2023", "reach.organisations", "5").set("S-A", "2024", "retention.share", "29.999999");
            RuleResult r = run(new LowRetentionRule(T));
            assertThat(r.fired()).isTrue();
            assertThat(r.hits().get(0).evidence())
                    .containsExactly(
                            ev("reach.organisations", "2023", "5"),
                            ev("retention.share", "2024", "29.999999"),
                            threshold("30"));
            source.set("S-A", "2024", "retention.share", "30");
            assertThat(run(new LowRetentionRule(T)).fired()).isFalse();
        }

        @Test
        @DisplayName("not evaluable when Y−1 reached 4 organisations; an undefined retention never fires")
        void precondition() {
            source.set("S-A", "2023", "reach.organisations", "4").set("S-A", "2024", "retention.share", "0");
            assertThat(run(new LowRetentionRule(T)).evaluable()).isFalse();
            source.set("S-A", "2023", "reach.organisations", "5")
                    .set("S-A", "2024", "retention.share", Value.undefined(Reason.NO_DENOMINATOR));
            RuleResult r = run(new LowRetentionRule(T));
            assertThat(r.evaluable()).isTrue();
            assertThat(r.fired()).isFalse();
        }
    }

    @Nested
    @DisplayName("GRANT_CONCENTRATION")
    class GrantConcentration {

        @Test
        @DisplayName("a top-recipient share of exactly 40 does not fire, 40.000001 does (strictly above)")
        void boundary() {
            source.set("S-A", "2024", "grants.count", "4").set("S-A", "2024", "grants.top-recipient.share", "40");
            RuleResult r = run(new GrantConcentrationRule(T));
            assertThat(r.evaluable()).isTrue();
            assertThat(r.fired()).isFalse();
            source.set("S-A", "2024", "grants.top-recipient.share", "40.000001");
            RuleResult r2 = run(new GrantConcentrationRule(T));
            assertThat(r2.hits().get(0).evidence())
                    .containsExactly(
                            ev("grants.count", "2024", "4"),
                            ev("grants.top-recipient.share", "2024", "40.000001"),
                            threshold("40"));
        }

        @Test
        @DisplayName("three grants are not evaluable, whatever their concentration")
        void precondition() {
            source.set("S-A", "2024", "grants.count", "3").set("S-A", "2024", "grants.top-recipient.share", "100");
            RuleResult r = run(new GrantConcentrationRule(T));
            assertThat(r.evaluable()).isFalse();
            assertThat(r.fired()).isFalse();
        }
    }

    @Nested
    @DisplayName("NO_LOCAL_AUTHORITY_PARTNER")
    class NoLocalAuthority {

        @Test
        @DisplayName("0 local-authority cooperations fire, 1 does not, an undefined part does not")
        void boundary() {
            source.set("S-A", "2024", "cooperations.active", "3")
                    .part("S-A", "2024", "cooperations.active", "LOCAL_AUTHORITY", "0");
            RuleResult r = run(new NoLocalAuthorityPartnerRule());
            assertThat(r.hits())
                    .singleElement()
                    .satisfies(h -> assertThat(h.evidence())
                            .containsExactly(
                                    ev("cooperations.active", "2024", "3"),
                                    new Evidence.PartValue(
                                            "cooperations.active",
                                            "LOCAL_AUTHORITY",
                                            Period.parse("2024"),
                                            Value.of(BigDecimal.ZERO))));
            source.part("S-A", "2024", "cooperations.active", "LOCAL_AUTHORITY", "1");
            assertThat(run(new NoLocalAuthorityPartnerRule()).fired()).isFalse();
            FakeSource empty = new FakeSource();
            Site site = TestData.newSite("S-A", CarrierType.CONSORTIUM, Coverage.CITY, "2019-01-01", null);
            RuleResult undefined = new NoLocalAuthorityPartnerRule()
                    .evaluate(new RuleContext(new TestData("2024-12-31").build(), site, Y, empty));
            assertThat(undefined.evaluable()).isTrue();
            assertThat(undefined.fired()).isFalse();
        }
    }

    @Nested
    @DisplayName("ISOLATED_SITE")
    class Isolated {

        private final Site site = TestData.newSite("S-A", CarrierType.CONSORTIUM, Coverage.CITY, "2019-01-01", null);

        @Test
        @DisplayName("0 participations fire when the programme had an exchange in Y; 1 does not")
        void boundary() {
            Dataset d = new TestData("2024-12-31")
                    .exchange("2024-12-31", "S-B", "S-C")
                    .build();
            source.set("S-A", "2024", "exchange.participations", "0");
            RuleResult r = run(new IsolatedSiteRule(), site, d);
            assertThat(r.hits())
                    .singleElement()
                    .satisfies(h -> assertThat(h.evidence())
                            .containsExactly(exchanges("1"), ev("exchange.participations", "2024", "0")));
            source.set("S-A", "2024", "exchange.participations", "1");
            assertThat(run(new IsolatedSiteRule(), site, d).fired()).isFalse();
        }

        @Test
        @DisplayName("not evaluable when the programme's only exchange lies in Y−1")
        void precondition() {
            Dataset d = new TestData("2024-12-31")
                    .exchange("2023-12-31", "S-B", "S-C")
                    .build();
            source.set("S-A", "2024", "exchange.participations", "0");
            RuleResult r = run(new IsolatedSiteRule(), site, d);
            assertThat(r.evaluable()).isFalse();
            assertThat(r.evidence()).containsExactly(exchanges("0"));
        }
    }

    @Nested
    @DisplayName("LOW_OUTCOME_RATE")
    class LowOutcomeRate {

        @Test
        @DisplayName("9.99 fires and exactly 10 does not, for a site that started on 31 December of Y−2")
        void boundary() {
            Site site = TestData.newSite("S-A", CarrierType.CONSORTIUM, Coverage.CITY, "2022-12-31", null);
            Dataset d = new TestData("2024-12-31").build();
            source.set("S-A", "2024", "outcomes.organisations.share", "9.99");
            RuleResult r = run(new LowOutcomeRateRule(T), site, d);
            assertThat(r.hits())
                    .singleElement()
                    .satisfies(h -> assertThat(h.evidence())
                            .containsExactly(ev("outcomes.organisations.share", "2024", "9.99"), threshold("10")));
            source.set("S-A", "2024", "outcomes.organisations.share", "10");
            assertThat(run(new LowOutcomeRateRule(T), site, d).fired()).isFalse();
        }

        @Test
        @DisplayName("a site that started on 1 January of Y−1 did not start before it and is not evaluable")
        void precondition() {
            Site site = TestData.newSite("S-A", CarrierType.CONSORTIUM, Coverage.CITY, "2023-01-01", null);
            source.set("S-A", "2024", "outcomes.organisations.share", "0");
            assertThat(run(new LowOutcomeRateRule(T), site, new TestData("2024-12-31").build())
                            .evaluable())
                    .isFalse();
        }
    }

    @Test
    @DisplayName("the standard rules come in the order of the table, one per rule")
    void standardRules() {
        List<ChallengeRule> rules = ChallengeRule.standard(T);
        assertThat(rules).extracting(ChallengeRule::rule).containsExactly(Rule.values());
    }
}
