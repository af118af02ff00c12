package org.hor.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hor.core.model.OfferType;
import org.hor.core.model.OrganisationType;
import org.hor.core.model.OutcomeType;
import org.hor.core.model.PartnerType;
import org.hor.core.model.Period;
import org.hor.core.model.PeriodType;
import org.hor.core.spi.Reason;
import org.hor.core.spi.Result;
import org.hor.core.spi.Scope;
import org.hor.core.spi.ScopeKind;
import org.hor.core.spi.Value;
import org.hor.indicators.disclosure.DisclosureControl;
import org.hor.indicators.output.CsvDialect;
import org.hor.indicators.output.EvaluationJsonWriter;
import org.hor.indicators.output.TidyCsvWriter;
import org.hor.indicators.standard.StandardCatalogue;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("disclosure control")
class DisclosureControlTest {

    private static final DisclosureControl K3 = DisclosureControl.below(3);
    /** What a suppressed value is with k = 3. */
    private static final Value SUP = Value.undefined(Reason.SUPPRESSED, "3");

    private static final Scope S_A = Scope.site("S-A");

    /*
     * The reach dataset. asOf 2024-12-31; S-A from 2022-01-01 with offers C (CONSULTING) and T (TRAINING).
     * O-1 MIGRANT_ORGANISATION migrant-led, O-2 OTHER not migrant-led, O-3 INITIATIVE migrant-led,
     * O-4 OTHER not migrant-led.
     * 2022: nothing                                  -> reach 0
     * 2023: O-1 at C and T, O-2 at C                 -> reach 2 (O-1, O-2), new 2
     * 2024: O-1, O-3, O-4 at C                       -> reach 3, new 2 (O-3, O-4)
     * Budgets: 2023 1000.00, 2024 3000.00. Targets of S-A: reach.organisations 2023 = 4, 2024 = 3.
     */
    private static TestData reachData() {
        return TestData.asOf("2024-12-31")
                .site("S-A", "2022-01-01")
                .org("O-1", OrganisationType.MIGRANT_ORGANISATION, true)
                .org("O-2", OrganisationType.OTHER, false)
                .org("O-3", OrganisationType.INITIATIVE, true)
                .org("O-4", OrganisationType.OTHER, false)
                .offer("C", "S-A", OfferType.CONSULTING)
                .offer("T", "S-A", OfferType.TRAINING)
                .delivery("D1", "C", "O-1", "2023-03-01")
                .delivery("D2", "T", "O-1", "2023-04-01")
                .delivery("D3", "C", "O-2", "2023-05-01")
                .delivery("D4", "C", "O-1", "2024-02-01")
                .delivery("D5", "C", "O-3", "2024-03-01")
                .delivery("D6", "C", "O-4", "2024-04-01")
                .budget("S-A", 2023, "1000.00")
                .budget("S-A", 2024, "3000.00")
                .target("S-A", "reach.organisations", "2023", "4")
                .target("S-A", "reach.organisations", "2024", "3");
    }

    private static final Engine REACH = reachData().engine();

    private static Value applied(Engine engine, String indicator, String period) {
        Period p = Period.parse(period);
        return K3.apply(S_A, p, indicator, engine.value(S_A, p, indicator), engine);
    }

    private static Evaluation.Row row(Evaluation evaluation, String scope, String period, String indicator) {
        return evaluation.rows().stream()
                .filter(r -> r.scope().id().equals(scope)
                        && r.period().code().equals(period)
                        && r.indicator().id().equals(indicator))
                .findFirst()
                .orElseThrow();
    }

    private static BigDecimal six(Value v) {
        return v.asNumber()
                .orElseThrow(() -> new AssertionError("undefined: " + v))
                .setScale(6, RoundingMode.HALF_EVEN);
    }

    @Nested
    @DisplayName("the threshold")
    class Threshold {

        @Test
        @DisplayName("--publish is --suppress-below 3")
        void publish() {
            assertThat(DisclosureControl.publish()).isEqualTo(DisclosureControl.below(3));
            Evaluation all = REACH.evaluate();
            assertThat(DisclosureControl.publish().apply(all, REACH)).isEqualTo(K3.apply(all, REACH));
        }

        @Test
        @DisplayName("off changes nothing: the evaluation stays equal, single values too")
        void off() {
            Evaluation all = REACH.evaluate();
            assertThat(DisclosureControl.off().apply(all, REACH)).isEqualTo(all);
            assertThat(DisclosureControl.off().isOff()).isTrue();
            assertThat(DisclosureControl.off().apply(S_A, Period.year(2023), "reach.organisations", Value.of(2), REACH))
                    .isEqualTo(Value.of(2));
            // and with k = 3 the same evaluation does change (the test above could not pass by accident)
            assertThat(K3.apply(all, REACH)).isNotEqualTo(all);
        }

        @Test
        @DisplayName("--suppress-below needs a k of at least 2")
        void belowTwo() {
            assertThatThrownBy(() -> DisclosureControl.below(1))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("suppression threshold must be at least 2: 1");
            assertThatThrownBy(() -> DisclosureControl.below(0))
                    .hasMessage("suppression threshold must be at least 2: 0");
        }

        @Test
        @DisplayName("a threshold below 1 is rejected, 1 suppresses nothing")
        void belowOne() {
            assertThatThrownBy(() -> new DisclosureControl(0))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("the suppression threshold must be at least 1 (1 suppresses nothing): 0");
            assertThat(new DisclosureControl(1)).isEqualTo(DisclosureControl.off());
        }

        @Test
        @DisplayName("a suppressed value carries k as its message")
        void message() {
            assertThat(DisclosureControl.below(5).suppressed()).isEqualTo(Value.undefined(Reason.SUPPRESSED, "5"));
        }
    }

    @Nested
    @DisplayName("primary suppression with k = 3")
    class Primary {

        @Test
        @DisplayName("reach counts of 2 are suppressed, of 3 and of 0 are not")
        void reach() {
            // 2023: {O-1, O-2} = 2 -> suppressed; 2024: {O-1, O-3, O-4} = 3 -> shown; 2022: 0 -> shown
            assertThat(applied(REACH, "reach.organisations", "2023")).isEqualTo(SUP);
            assertThat(applied(REACH, "reach.organisations", "2024")).isEqualTo(Value.of(3));
            assertThat(applied(REACH, "reach.organisations", "2022")).isEqualTo(Value.of(0));
            // new: 2023 {O-1, O-2} = 2, 2024 {O-3, O-4} = 2 -> both suppressed; 2022 0 shown
            assertThat(applied(REACH, "reach.organisations.new", "2023")).isEqualTo(SUP);
            assertThat(applied(REACH, "reach.organisations.new", "2024")).isEqualTo(SUP);
            assertThat(applied(REACH, "reach.organisations.new", "2022")).isEqualTo(Value.of(0));
        }

        @Test
        @DisplayName("a count of 1 is suppressed too, and k = 4 suppresses a count of 3")
        void otherK() {
            Period y2024 = Period.year(2024);
            assertThat(K3.apply(S_A, y2024, "reach.organisations", Value.of(1), REACH))
                    .isEqualTo(SUP);
            DisclosureControl k4 = DisclosureControl.below(4);
            assertThat(k4.apply(
                            S_A, y2024, "reach.organisations", REACH.value(S_A, y2024, "reach.organisations"), REACH))
                    .isEqualTo(Value.undefined(Reason.SUPPRESSED, "4"));
            assertThat(k4.apply(S_A, y2024, "reach.organisations", Value.of(4), REACH))
                    .isEqualTo(Value.of(4));
        }

        @Test
        @DisplayName("shares over 2 organisations are suppressed, over 3 are not")
        void organisationShares() {
            // migrant-led 2023: O-1 of {O-1, O-2} = 50 over 2 -> suppressed
            assertThat(six(REACH.value(S_A, Period.year(2023), "reach.migrant-led.share")))
                    .isEqualByComparingTo("50");
            assertThat(applied(REACH, "reach.migrant-led.share", "2023")).isEqualTo(SUP);
            // 2024: O-1, O-3 of 3 = 66.666667 over 3 -> shown
            assertThat(six(applied(REACH, "reach.migrant-led.share", "2024"))).isEqualByComparingTo("66.666667");
            // multi-use 2023: O-1 used C and T -> 50 over 2 -> suppressed; 2024: nobody -> 0 over 3, shown
            assertThat(applied(REACH, "offers.multi-use.share", "2023")).isEqualTo(SUP);
            assertThat(six(applied(REACH, "offers.multi-use.share", "2024"))).isEqualByComparingTo("0");
        }

        @Test
        @DisplayName("cost.per-organisation is suppressed when reach is 2, not when it is 3")
        void costPerOrganisation() {
            // 2023: 1000.00 / 2 = 500 -> suppressed; 2024: 3000.00 / 3 = 1000 -> shown
            assertThat(six(REACH.value(S_A, Period.year(2023), "cost.per-organisation")))
                    .isEqualByComparingTo("500");
            assertThat(applied(REACH, "cost.per-organisation", "2023")).isEqualTo(SUP);
            assertThat(six(applied(REACH, "cost.per-organisation", "2024"))).isEqualByComparingTo("1000");
        }

        @Test
        @DisplayName("a value that is already undefined keeps its reason")
        void undefinedStays() {
            // retention 2023 over prev 2022 with 0 organisations: NO_DENOMINATOR, not SUPPRESSED
            assertThat(applied(REACH, "retention.share", "2023")).isEqualTo(Value.undefined(Reason.NO_DENOMINATOR));
            // cost.per-organisation 2022 has no budget: NO_DATA stays
            assertThat(applied(REACH, "cost.per-organisation", "2022").undefinedReason())
                    .contains(Reason.NO_DATA);
        }

        /*
         * Retention. asOf 2024-12-31; S-A and S-B from 2023-01-01, offers CA and CB (CONSULTING).
         * S-A: 2023 O-1, O-2; 2024 O-1 .. O-10            -> prev reach 2, reach 10, retention 2/2 = 100
         * S-B: 2023 P-1, P-2, P-3; 2024 P-1, P-2          -> prev reach 3, reach 2, retention 2/3 = 66.67
         */
        @Test
        @DisplayName("retention is suppressed by the previous period's reach of 2 although the current reach is 10")
        void retention() {
            TestData data = TestData.asOf("2024-12-31")
                    .site("S-A", "2023-01-01")
                    .site("S-B", "2023-01-01")
                    .offer("CA", "S-A", OfferType.CONSULTING)
                    .offer("CB", "S-B", OfferType.CONSULTING);
            for (int i = 1; i <= 10; i++) {
                data.org("O-" + i, OrganisationType.OTHER).delivery("DA24-" + i, "CA", "O-" + i, "2024-05-01");
            }
            data.delivery("DA23-1", "CA", "O-1", "2023-05-01").delivery("DA23-2", "CA", "O-2", "2023-05-01");
            for (int i = 1; i <= 3; i++) {
                data.org("P-" + i, OrganisationType.OTHER).delivery("DB23-" + i, "CB", "P-" + i, "2023-05-01");
            }
            data.delivery("DB24-1", "CB", "P-1", "2024-05-01").delivery("DB24-2", "CB", "P-2", "2024-05-01");
            Engine engine = data.engine();
            Period y2024 = Period.year(2024);
            assertThat(engine.value(S_A, y2024, "reach.organisations")).isEqualTo(Value.of(10));
            assertThat(six(engine.value(S_A, y2024, "retention.share"))).isEqualByComparingTo("100");
            assertThat(applied(engine, "retention.share", "2024")).isEqualTo(SUP);
            assertThat(applied(engine, "reach.organisations", "2024")).isEqualTo(Value.of(10));
            // S-B: over prev 3 shown, though the current reach of 2 is itself suppressed
            Scope sB = Scope.site("S-B");
            assertThat(six(K3.apply(sB, y2024, "retention.share", engine.value(sB, y2024, "retention.share"), engine)))
                    .isEqualByComparingTo("66.666667");
            assertThat(K3.apply(
                            sB, y2024, "reach.organisations", engine.value(sB, y2024, "reach.organisations"), engine))
                    .isEqualTo(SUP);
            // with an explicit previous period (operating years): prev = 2024 for 2024 itself, reach 10 -> shown
            assertThat(K3.apply(S_A, y2024, y2024, "retention.share", Value.of(100), engine))
                    .isEqualTo(Value.of(100));
        }

        /*
         * Grants. asOf 2024-12-31; S-A from 2023-01-01, offer G (MICRO_GRANT).
         * 2023: G-1 O-1 100.00, G-2 O-2 300.00 -> count 2, amount 400.00, mean 200, top 300/400 = 75, first-time 100
         * 2024: G-3 O-1 100.00, G-4 O-2 100.00, G-5 O-3 200.00
         *       -> count 3, amount 400.00, mean 133.333333, top 200/400 = 50, first-time G-5 only = 33.333333
         */
        @Test
        @DisplayName(
                "grant amounts, mean, top-recipient and first-time shares over 2 grants are suppressed, over 3 are not")
        void grants() {
            Engine engine = TestData.asOf("2024-12-31")
                    .site("S-A", "2023-01-01")
                    .org("O-1", OrganisationType.OTHER)
                    .org("O-2", OrganisationType.OTHER)
                    .org("O-3", OrganisationType.OTHER)
                    .offer("G", "S-A", OfferType.MICRO_GRANT)
                    .grant("G-1", "G", "O-1", "2023-02-01", "100.00")
                    .grant("G-2", "G", "O-2", "2023-03-01", "300.00")
                    .grant("G-3", "G", "O-1", "2024-02-01", "100.00")
                    .grant("G-4", "G", "O-2", "2024-03-01", "100.00")
                    .grant("G-5", "G", "O-3", "2024-04-01", "200.00")
                    .engine();
            assertThat(six(engine.value(S_A, Period.year(2023), "grants.top-recipient.share")))
                    .isEqualByComparingTo("75");
            for (String id : List.of(
                    "grants.amount", "grants.amount.mean", "grants.top-recipient.share", "grants.first-time.share")) {
                assertThat(applied(engine, id, "2023")).as(id).isEqualTo(SUP);
            }
            // the grant count itself is no rule of the spec: 2 stays
            assertThat(applied(engine, "grants.count", "2023")).isEqualTo(Value.of(2));
            assertThat(six(applied(engine, "grants.amount", "2024"))).isEqualByComparingTo("400");
            assertThat(six(applied(engine, "grants.amount.mean", "2024"))).isEqualByComparingTo("133.333333");
            assertThat(six(applied(engine, "grants.top-recipient.share", "2024")))
                    .isEqualByComparingTo("50");
            assertThat(six(applied(engine, "grants.first-time.share", "2024"))).isEqualByComparingTo("33.333333");
        }

        /*
         * Cooperations. asOf 2024-12-31; S-A from 2023-01-01.
         * C-1 formal from 2023-01-01, C-2 informal from 2023-06-01, C-3 formal from 2024-01-01.
         * active on 2023-12-31: C-1, C-2 = 2 -> formal share 50; on 2024-12-31: 3 -> 2/3 = 66.666667
         */
        @Test
        @DisplayName("the formal share over 2 active cooperations is suppressed, over 3 is not")
        void cooperations() {
            Engine engine = TestData.asOf("2024-12-31")
                    .site("S-A", "2023-01-01")
                    .cooperation("C-1", "S-A", PartnerType.FOUNDATION, "2023-01-01", null, true)
                    .cooperation("C-2", "S-A", PartnerType.BUSINESS, "2023-06-01", null, false)
                    .cooperation("C-3", "S-A", PartnerType.FOUNDATION, "2024-01-01", null, true)
                    .engine();
            assertThat(six(engine.value(S_A, Period.year(2023), "cooperations.formal.share")))
                    .isEqualByComparingTo("50");
            assertThat(applied(engine, "cooperations.formal.share", "2023")).isEqualTo(SUP);
            assertThat(six(applied(engine, "cooperations.formal.share", "2024")))
                    .isEqualByComparingTo("66.666667");
            // the stock itself is no rule of the spec
            assertThat(applied(engine, "cooperations.active", "2023")).isEqualTo(Value.of(2));
        }

        /*
         * Outcomes. asOf 2024-12-31; S-A from 2022-01-01, offer C.
         * Deliveries: O-3 2022-06-01, O-1 2023-03-01, O-2 2023-04-01. Outcomes: O-3 2023-01-15, O-1 2024-05-01.
         * 2024: W = 2023-01-01..2024-12-31, R = {O-1, O-2} = 2 (reach 2024 is 0!); O-1 has one -> 50, suppressed
         * 2023: W = 2022-01-01..2023-12-31, R = {O-3, O-1, O-2} = 3 (reach 2023 is 2); O-3 -> 33.333333, shown
         */
        @Test
        @DisplayName("the outcome share is suppressed by |R| of its 24-month window, not by the period's reach")
        void outcomes() {
            Engine engine = TestData.asOf("2024-12-31")
                    .site("S-A", "2022-01-01")
                    .org("O-1", OrganisationType.OTHER)
                    .org("O-2", OrganisationType.OTHER)
                    .org("O-3", OrganisationType.OTHER)
                    .offer("C", "S-A", OfferType.CONSULTING)
                    .delivery("D1", "C", "O-3", "2022-06-01")
                    .delivery("D2", "C", "O-1", "2023-03-01")
                    .delivery("D3", "C", "O-2", "2023-04-01")
                    .outcome("E1", "S-A", "O-3", "2023-01-15", OutcomeType.JOINED_NETWORK)
                    .outcome("E2", "S-A", "O-1", "2024-05-01", OutcomeType.JOINED_NETWORK)
                    .engine();
            assertThat(engine.value(S_A, Period.year(2024), "reach.organisations"))
                    .isEqualTo(Value.of(0));
            assertThat(six(engine.value(S_A, Period.year(2024), "outcomes.organisations.share")))
                    .isEqualByComparingTo("50");
            assertThat(applied(engine, "outcomes.organisations.share", "2024")).isEqualTo(SUP);
            assertThat(engine.value(S_A, Period.year(2023), "reach.organisations"))
                    .isEqualTo(Value.of(2));
            assertThat(six(applied(engine, "outcomes.organisations.share", "2023")))
                    .isEqualByComparingTo("33.333333");
        }

        @Test
        @DisplayName("plugin values are left alone, even a count of 1")
        void plugins() {
            TestData data = reachData().measurement("S-A", "complaint", "2023-05-01", "1");
            Engine engine = Engine.create(data.build(), List.of(new StandardCatalogue(), new ComplaintsPlugin()));
            Evaluation all = engine.evaluate(
                    EvaluationOptions.defaults().withScopeKinds(ScopeKind.SITE).withPeriodTypes(PeriodType.YEAR));
            Evaluation published = K3.apply(all, engine);
            assertThat(row(all, "site:S-A", "2023", "acme.complaints").value()).isEqualTo(Value.of(1));
            assertThat(row(published, "site:S-A", "2023", "acme.complaints"))
                    .isEqualTo(row(all, "site:S-A", "2023", "acme.complaints"));
            assertThat(K3.apply(S_A, Period.year(2023), "acme.complaints", Value.of(1), engine))
                    .isEqualTo(Value.of(1));
            // while the standard reach of 2 in the same evaluation is suppressed
            assertThat(row(published, "site:S-A", "2023", "reach.organisations").value())
                    .isEqualTo(SUP);
        }
    }

    @Nested
    @DisplayName("secondary suppression within a breakdown")
    class Secondary {

        private static final String[] TYPES = {"MIGRANT_ORGANISATION", "INTEGRATIVE_ASSOCIATION", "INITIATIVE", "OTHER"
        };

        /** S-A from 2024-01-01, asOf 2024-12-31: counts[i] organisations of type TYPES[i], each served once in 2024. */
        private Result reach(int... counts) {
            TestData data =
                    TestData.asOf("2024-12-31").site("S-A", "2024-01-01").offer("C", "S-A", OfferType.CONSULTING);
            for (int t = 0; t < counts.length; t++) {
                for (int i = 1; i <= counts[t]; i++) {
                    String org = "O-" + t + "-" + i;
                    data.org(org, OrganisationType.valueOf(TYPES[t])).delivery("D-" + org, "C", org, "2024-06-01");
                }
            }
            Engine engine = data.engine();
            Period y2024 = Period.year(2024);
            Result raw = engine.result(S_A, y2024, "reach.organisations");
            assertThat(raw.value()).isEqualTo(Value.of(Arrays.stream(counts).sum()));
            return K3.apply(S_A, y2024, "reach.organisations", raw, engine);
        }

        private static Map<String, Value> parts(Value... values) {
            Map<String, Value> parts = new LinkedHashMap<>();
            for (int i = 0; i < values.length; i++) {
                parts.put(TYPES[i], values[i]);
            }
            return parts;
        }

        @Test
        @DisplayName("parts 2, 5, 0, 7 of 14: the 2 is suppressed, and the 5 with it so 14 − 12 does not reveal it")
        void one() {
            Result r = reach(2, 5, 0, 7);
            assertThat(r.value()).isEqualTo(Value.of(14));
            assertThat(r.parts()).containsExactlyEntriesOf(parts(SUP, SUP, Value.of(0), Value.of(7)));
        }

        @Test
        @DisplayName("parts 1, 2, 0, 6 of 9: two primary suppressions need no third")
        void two() {
            Result r = reach(1, 2, 0, 6);
            assertThat(r.value()).isEqualTo(Value.of(9));
            assertThat(r.parts()).containsExactlyEntriesOf(parts(SUP, SUP, Value.of(0), Value.of(6)));
        }

        @Test
        @DisplayName("parts 2, 0, 0, 2 of 4: the only other non-zero part has the same size, so both are primary")
        void sameSize() {
            Result r = reach(2, 0, 0, 2);
            assertThat(r.value()).isEqualTo(Value.of(4));
            assertThat(r.parts()).containsExactlyEntriesOf(parts(SUP, Value.of(0), Value.of(0), SUP));
        }

        @Test
        @DisplayName("parts 2, 5, 0, 5 of 12: of two smallest other parts the first in category order is suppressed")
        void tie() {
            Result r = reach(2, 5, 0, 5);
            assertThat(r.value()).isEqualTo(Value.of(12));
            assertThat(r.parts()).containsExactlyEntriesOf(parts(SUP, SUP, Value.of(0), Value.of(5)));
        }

        @Test
        @DisplayName("parts 1, 1, 0, 0 of 2: the total is suppressed, the parts with it, the zeros stay")
        void totalSuppressed() {
            Result r = reach(1, 1, 0, 0);
            assertThat(r.value()).isEqualTo(SUP);
            assertThat(r.parts()).containsExactlyEntriesOf(parts(SUP, SUP, Value.of(0), Value.of(0)));
        }

        @Test
        @DisplayName("parts 0, 3, 0, 4 of 7: nothing is suppressed")
        void nothing() {
            Result r = reach(0, 3, 0, 4);
            assertThat(r.value()).isEqualTo(Value.of(7));
            assertThat(r.parts()).containsExactlyEntriesOf(parts(Value.of(0), Value.of(3), Value.of(0), Value.of(4)));
        }

        @Test
        @DisplayName("protect works on any additive row a report builds, in the row's order")
        void protect() {
            Map<String, Value> row = new LinkedHashMap<>();
            row.put("z", Value.of(9));
            row.put("a", SUP);
            row.put("m", Value.of(4));
            row.put("b", Value.of(4));
            // total 19 shown, one suppressed: smallest non-zero other is 4, first of the ties in row order is "m"
            Map<String, Value> out = K3.protect(Value.of(19), row);
            assertThat(out)
                    .containsExactly(
                            Map.entry("z", Value.of(9)),
                            Map.entry("a", SUP),
                            Map.entry("m", SUP),
                            Map.entry("b", Value.of(4)));
            // a suppressed total: nothing to protect
            assertThat(K3.protect(SUP, row)).isEqualTo(row);
        }
    }

    @Nested
    @DisplayName("a whole evaluation")
    class WholeEvaluation {

        private final Evaluation all = REACH.evaluate(
                EvaluationOptions.defaults().withScopeKinds(ScopeKind.SITE).withPeriodTypes(PeriodType.YEAR));
        private final Evaluation published = K3.apply(all, REACH);

        @Test
        @DisplayName("keeps the rows and their order and changes only the suppressed values")
        void rows() {
            assertThat(published.rows())
                    .extracting(r -> r.scope().id() + " " + r.period() + " "
                            + r.indicator().id())
                    .containsExactlyElementsOf(all.rows().stream()
                            .map(r -> r.scope().id() + " " + r.period() + " "
                                    + r.indicator().id())
                            .toList());
            // 2023: reach 2, new 2, migrant-led and multi-use over 2, outcome share 0 over |R| = 2 (W =
            // 2022-01-01..2023-12-31: O-1, O-2), cost over 2; 2024: new 2, retention over 2023's 2.
            // Not: 2024 outcome share over |R| = 4, the NO_DENOMINATOR / NO_DATA values of 2022 and retention 2023
            assertThat(published.rows().stream()
                            .filter(r -> DisclosureControl.isSuppressed(r.value()))
                            .map(r -> r.period() + " " + r.indicator().id()))
                    .containsExactly(
                            "2023 reach.organisations",
                            "2023 reach.organisations.new",
                            "2023 reach.migrant-led.share",
                            "2023 offers.multi-use.share",
                            "2023 outcomes.organisations.share",
                            "2023 cost.per-organisation",
                            "2024 reach.organisations.new",
                            "2024 retention.share");
            // every row equals what the single-value API gives
            for (Evaluation.Row r : all.rows()) {
                Result one =
                        K3.apply(r.scope(), r.period(), r.indicator().id(), Result.of(r.value(), r.parts()), REACH);
                Evaluation.Row p = row(
                        published,
                        r.scope().id(),
                        r.period().code(),
                        r.indicator().id());
                assertThat(Result.of(p.value(), p.parts())).isEqualTo(one);
            }
        }

        @Test
        @DisplayName("a suppressed actual hides attainment and status of its target, the target itself stays")
        void targets() {
            // 2023: actual 2, target 4 -> attainment 100 × 2 / 4 = 50, PARTLY before suppression
            TargetResult before =
                    row(all, "site:S-A", "2023", "reach.organisations").target();
            assertThat(before.attainment()).isEqualByComparingTo("50");
            assertThat(before.status()).isEqualTo(TargetStatus.PARTLY);
            TargetResult after =
                    row(published, "site:S-A", "2023", "reach.organisations").target();
            assertThat(after)
                    .isEqualTo(new TargetResult(
                            "S-A",
                            "reach.organisations",
                            Period.year(2023),
                            new BigDecimal("4"),
                            SUP,
                            null,
                            null,
                            null));
            assertThat(K3.apply(before, REACH)).isEqualTo(after);
            // 2024: actual 3 shown, target 3 -> attainment 100, ACHIEVED stays
            TargetResult shown =
                    row(published, "site:S-A", "2024", "reach.organisations").target();
            assertThat(shown.attainment()).isEqualByComparingTo("100");
            assertThat(shown.status()).isEqualTo(TargetStatus.ACHIEVED);
            assertThat(K3.apply(shown, REACH)).isSameAs(shown);
        }

        @Test
        @DisplayName("the tidy CSV shows suppressed values empty with the reason SUPPRESSED")
        void csv() {
            String csv = new TidyCsvWriter(CsvDialect.CSV).toString(published);
            assertThat(csv.split("\r\n"))
                    .filteredOn(l -> l.startsWith("site:S-A,2023,reach.organisations,")
                            || l.startsWith("site:S-A,2023,reach.migrant-led.share,")
                            || l.startsWith("site:S-A,2024,reach.organisations,"))
                    .containsExactly(
                            // total with its target 4; attainment and status withheld
                            "site:S-A,2023,reach.organisations,,,,organisations,4.000000,,,,SUPPRESSED",
                            "site:S-A,2023,reach.organisations,organisationType,MIGRANT_ORGANISATION,,organisations,,,,,SUPPRESSED",
                            "site:S-A,2023,reach.organisations,organisationType,INTEGRATIVE_ASSOCIATION,0,organisations,,,,,",
                            "site:S-A,2023,reach.organisations,organisationType,INITIATIVE,0,organisations,,,,,",
                            "site:S-A,2023,reach.organisations,organisationType,OTHER,,organisations,,,,,SUPPRESSED",
                            "site:S-A,2023,reach.migrant-led.share,,,,percent,,,,,SUPPRESSED",
                            // 2024: total 3 shown with its target; parts 1, 0, 1, 1 all primary
                            "site:S-A,2024,reach.organisations,,,3,organisations,3.000000,,100.000000,ACHIEVED,",
                            "site:S-A,2024,reach.organisations,organisationType,MIGRANT_ORGANISATION,,organisations,,,,,SUPPRESSED",
                            "site:S-A,2024,reach.organisations,organisationType,INTEGRATIVE_ASSOCIATION,0,organisations,,,,,",
                            "site:S-A,2024,reach.organisations,organisationType,INITIATIVE,,organisations,,,,,SUPPRESSED",
                            "site:S-A,2024,reach.organisations,organisationType,OTHER,,organisations,,,,,SUPPRESSED");
        }

        @Test
        @DisplayName("the JSON shows a suppressed value as null with its reason and k, and the withheld status as null")
        void json() {
            String json = new EvaluationJsonWriter().toString(published);
            assertThat(json)
                    .contains("\"value\" : null,\n      \"reason\" : \"SUPPRESSED\",\n      \"message\" : \"3\"")
                    .contains(
                            "\"target\" : 4.000000,\n        \"expectation\" : null,\n        \"attainment\" : null,\n"
                                    + "        \"status\" : null");
        }
    }
}
