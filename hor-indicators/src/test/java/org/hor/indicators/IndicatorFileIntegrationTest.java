package org.hor.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hor.indicators.FileIndicatorFixture.count;
import static org.hor.indicators.FileIndicatorFixture.deliveries;
import static org.hor.indicators.FileIndicatorFixture.indicator;
import static org.hor.indicators.FileIndicatorFixture.orgs;
import static org.hor.indicators.FileIndicatorFixture.where;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hor.core.model.Dataset;
import org.hor.core.model.OfferType;
import org.hor.core.model.Period;
import org.hor.core.model.PeriodType;
import org.hor.core.sample.SampleGenerator;
import org.hor.core.sample.SampleParameters;
import org.hor.core.spi.Reason;
import org.hor.core.spi.Scope;
import org.hor.core.spi.ScopeKind;
import org.hor.core.spi.Value;
import org.hor.indicators.disclosure.DisclosureControl;
import org.hor.indicators.evaluation.AssessmentOptions;
import org.hor.indicators.evaluation.Challenge;
import org.hor.indicators.evaluation.FormativeEvaluation;
import org.hor.indicators.evaluation.Rule;
import org.hor.indicators.files.Expression;
import org.hor.indicators.files.Field;
import org.hor.indicators.files.FileIndicator;
import org.hor.indicators.files.IndicatorFile;
import org.hor.indicators.files.IndicatorFiles;
import org.hor.indicators.files.RecordSet;
import org.hor.indicators.files.Selection;
import org.hor.indicators.output.CsvDialect;
import org.hor.indicators.output.EvaluationJsonWriter;
import org.hor.indicators.output.TidyCsvWriter;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Spec 05: a file indicator goes everywhere a standard one goes: explain, targets and
 * {@code TARGET_MISSED}, disclosure control, the tidy CSV and JSON; and file indicators that restate
 * standard ones give the standard values.
 */
@DisplayName("file indicators go everywhere standard ones go")
class IndicatorFileIntegrationTest {
    private static final String ORIGIN = "defined in indicator file own.json (sha256 "
            + "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef): ";
    private final Engine engine = FileIndicatorFixture.engine();

    private Explanation explain(String scope, String period, String id) {
        return engine.explain(Scope.parse(scope), Period.parse(period), id);
    }

    @Test
    @DisplayName("explain shows the expression with its numbers and the contributing records")
    void explainShare() {
        Explanation e = explain("site:S-A", "2024", "hh.consulting.repeat.share");
        assertThat(e.formula())
                .isEqualTo(ORIGIN
                        + "100 × [organisations(deliveries where offerType ∈ {CONSULTING}, atLeast 3) = 1]"
                        + " / [organisations(deliveries where offerType ∈ {CONSULTING}) = 2] = 50");
        assertThat(e.recordType()).isEqualTo("delivery");
        assertThat(e.records()).containsExactly("D-01", "D-02", "D-03", "D-04");
        assertThat(e.value())
                .isEqualTo(engine.value(Scope.parse("site:S-A"), Period.parse("2024"), "hh.consulting.repeat.share"));
    }

    @Test
    @DisplayName("explain: atLeast lists only the records of the organisations counted; sums, money, measurements")
    void explainLeaves() {
        Explanation outcomes = explain("site:S-A", "2024", "x.outcome.orgs");
        assertThat(outcomes.formula())
                .isEqualTo(ORIGIN + "organisations(outcomes where migrantLed = true, atLeast 2) = 1");
        assertThat(outcomes.recordType()).isEqualTo("outcome");
        assertThat(outcomes.records()).containsExactly("E-1", "E-2");
        Explanation ratio = explain("programme", "2024", "x.hours.per-org");
        assertThat(ratio.formula())
                .isEqualTo(ORIGIN + "[sum(hours of deliveries) = 16.25] / [organisations(deliveries) = 4] = 4.0625");
        assertThat(ratio.recordCount()).isEqualTo(12);
        assertThat(explain("site:S-A", "2024-Q1", "x.grants.amount").formula())
                .isEqualTo(ORIGIN + "sum(amount of deliveries where offerType ∈ {MICRO_GRANT}) = 0.00");
        Explanation visits = explain("site:S-A", "2024", "x.visits");
        assertThat(visits.formula()).isEqualTo(ORIGIN + "sum(value of measurements where metric ∈ {visits}) = 12.5");
        assertThat(visits.recordType()).isEqualTo("measurement");
        assertThat(visits.records()).containsExactly("/measurements/0", "/measurements/1");
        Explanation coop = explain("programme", "2024", "x.coop.informal-authorities");
        assertThat(coop.formula())
                .isEqualTo(ORIGIN + "count(cooperations where partnerType ∈ {LOCAL_AUTHORITY} and formal = false) = 1");
        assertThat(coop.records()).containsExactly("K-3");
    }

    @Test
    @DisplayName("explain: undefined operands with their reasons, and the sites that make a scope not applicable")
    void explainUndefined() {
        assertThat(explain("site:S-B", "2024", "x.nested.ratio").formula())
                .isEqualTo(ORIGIN
                        + "[[count(deliveries) = 3] / [count(deliveries where offerType ∈ {NETWORKING_EVENT}) = 0]"
                        + " = undefined (NO_DENOMINATOR)] / [sum(value of measurements where metric ∈ {visits})"
                        + " = undefined (NOT_APPLICABLE)] = undefined (NOT_APPLICABLE)");
        assertThat(explain("site:S-B", "2024", "hh.consulting.repeat.share").formula())
                .isEqualTo(ORIGIN + "applies only to scopes with one of the sites [S-A]: NOT_APPLICABLE");
    }

    @Test
    @DisplayName("a target may name a file indicator: attainment, status and TARGET_MISSED")
    void targets() {
        List<TargetResult> targets = engine.targets("S-A");
        assertThat(targets).singleElement().satisfies(t -> {
            assertThat(t.indicator()).isEqualTo("x.deliveries.count");
            assertThat(t.actual()).isEqualTo(Value.of(8));
            assertThat(t.attainment()).isEqualByComparingTo("40");
            assertThat(t.status()).isEqualTo(TargetStatus.MISSED);
        });
        List<Challenge> challenges = FormativeEvaluation.assess(
                        engine, AssessmentOptions.defaults().withYear(2024))
                .challengesOf("S-A");
        assertThat(challenges)
                .filteredOn(c -> c.rule() == Rule.TARGET_MISSED)
                .singleElement()
                .satisfies(c -> assertThat(c.indicator()).isEqualTo("x.deliveries.count"));
    }

    @Test
    @DisplayName(
            "disclosure control: organisations like reach counts, shares over organisations like shares of organisations")
    void disclosure() {
        DisclosureControl publish = DisclosureControl.publish();
        Scope a = Scope.parse("site:S-A");
        Period y = Period.parse("2024");
        // organisations results of 1 or 2 are withheld, 0 is not
        assertThat(publish.apply(a, y, "x.migrant.orgs", Value.of(2), engine)).isEqualTo(publish.suppressed());
        assertThat(publish.apply(Scope.PROGRAMME, y, "x.district.orgs", Value.of(1), engine))
                .isEqualTo(publish.suppressed());
        assertThat(publish.apply(Scope.parse("site:S-C"), y, "x.district.orgs", Value.of(0), engine))
                .isEqualTo(Value.of(0));
        // a share over 2 organisations is withheld; a ratio over 4 organisations is shown, over 2 withheld
        Value share = engine.value(a, y, "hh.consulting.repeat.share");
        assertThat(publish.apply(a, y, "hh.consulting.repeat.share", share, engine))
                .isEqualTo(publish.suppressed());
        Value perOrg = engine.value(Scope.PROGRAMME, y, "x.hours.per-org");
        assertThat(publish.apply(Scope.PROGRAMME, y, "x.hours.per-org", perOrg, engine))
                .isEqualTo(perOrg);
        assertThat(publish.apply(
                        Scope.parse("site:S-B"),
                        y,
                        "x.hours.per-org",
                        engine.value(Scope.parse("site:S-B"), y, "x.hours.per-org"),
                        engine))
                .isEqualTo(publish.suppressed());
        // counts, sums and shares over counts are published as they are
        assertThat(publish.apply(Scope.parse("site:S-C"), y, "x.deliveries.count", Value.of(1), engine))
                .isEqualTo(Value.of(1));
        Value integrative = engine.value(Scope.parse("site:S-B"), y, "x.integrative.share");
        assertThat(publish.apply(Scope.parse("site:S-B"), y, "x.integrative.share", integrative, engine))
                .isEqualTo(integrative);
        // the whole evaluation: the same
        Evaluation published = publish.apply(
                engine.evaluate(EvaluationOptions.defaults()
                        .withScopeKinds(ScopeKind.SITE)
                        .withPeriodTypes(PeriodType.YEAR)),
                engine);
        assertThat(published.rows())
                .filteredOn(r -> r.scope().equals(a)
                        && r.period().equals(y)
                        && r.indicator().id().equals("x.migrant.orgs"))
                .singleElement()
                .satisfies(r -> assertThat(r.value().undefinedReason()).contains(Reason.SUPPRESSED));
    }

    @Test
    @DisplayName("the tidy CSV and the JSON carry file indicators with spec 05's number formats")
    void machineOutputs() {
        Evaluation ev = engine.evaluate(EvaluationOptions.defaults()
                .withScopeKinds(ScopeKind.SITE)
                .withPeriodTypes(PeriodType.YEAR)
                .withFrom(Period.parse("2024"))
                .withTo(Period.parse("2024")));
        String csv = new TidyCsvWriter(CsvDialect.CSV).toString(ev);
        assertThat(csv)
                .contains(
                        "site:S-A,2024,hh.consulting.repeat.share,,,50.000000,percent,,,,,\r\n",
                        "site:S-A,2024,x.deliveries.count,,,8,deliveries,20.000000,,40.000000,MISSED,\r\n",
                        "site:S-A,2024,x.hours,,,5.25,hours,,,,,\r\n",
                        "site:S-A,2024,x.grants.amount,,,1250.75,EUR,,,,,\r\n",
                        "site:S-A,2024,x.visits,,,12.5,visits,,,,,\r\n",
                        "site:S-B,2024,x.visits,,,,visits,,,,,NOT_APPLICABLE\r\n",
                        "site:S-B,2024,x.integrative.share,,,66.666667,percent,,,,,\r\n",
                        "site:S-B,2024,hh.consulting.repeat.share,,,,percent,,,,,NOT_APPLICABLE\r\n",
                        "site:S-C,2024,x.grants.amount,,,0.00,EUR,,,,,\r\n");
        // after the standard indicators, in file order
        assertThat(csv.indexOf("site:S-A,2024,hh.consulting.repeat.share"))
                .isGreaterThan(csv.indexOf("site:S-A,2024,cost.per-organisation"))
                .isLessThan(csv.indexOf("site:S-A,2024,x.deliveries.count"));
        String json = new EvaluationJsonWriter().toString(ev);
        assertThat(json)
                .contains("\"x.integrative.share\"")
                .contains("66.666667")
                .contains("1250.75");
    }

    @Test
    @DisplayName("file indicators that restate standard ones give the standard values for every scope and period")
    void restatedStandardIndicators() {
        Dataset sample = SampleGenerator.generate(
                SampleParameters.defaults().withSites(6).withOrganisations(80).withDeliveries(3000));
        List<FileIndicator> list = new ArrayList<>();
        Map<String, String> same = new java.util.LinkedHashMap<>();
        restate(list, same, "reach.organisations", orgs(deliveries(where()), 1));
        restate(list, same, "deliveries.count", count(deliveries(where())));
        restate(
                list,
                same,
                "consulting.hours",
                new Expression.Sum(deliveries(where().offerType(OfferType.CONSULTING)), Field.HOURS));
        restate(
                list,
                same,
                "training.participants",
                new Expression.Sum(deliveries(where().offerType(OfferType.TRAINING)), Field.PARTICIPANTS));
        restate(list, same, "grants.count", count(deliveries(where().offerType(OfferType.MICRO_GRANT))));
        restate(
                list,
                same,
                "grants.amount",
                new Expression.Sum(deliveries(where().offerType(OfferType.MICRO_GRANT)), Field.AMOUNT));
        restate(
                list,
                same,
                "grants.amount.mean",
                new Expression.Ratio(
                        new Expression.Sum(deliveries(where().offerType(OfferType.MICRO_GRANT)), Field.AMOUNT),
                        count(deliveries(where().offerType(OfferType.MICRO_GRANT)))));
        restate(
                list,
                same,
                "reach.migrant-led.share",
                new Expression.Share(orgs(deliveries(where().migrantLed(true)), 1), orgs(deliveries(where()), 1)));
        restate(list, same, "outcomes.count", count(new Selection(RecordSet.OUTCOMES, where().build())));
        restate(list, same, "cooperations.active", count(new Selection(RecordSet.COOPERATIONS, where().build())));
        restate(
                list,
                same,
                "cooperations.formal.share",
                new Expression.Share(
                        count(new Selection(
                                RecordSet.COOPERATIONS, where().formal(true).build())),
                        count(new Selection(RecordSet.COOPERATIONS, where().build()))));
        IndicatorFile file = new IndicatorFile("restated.json", "ab".repeat(32), list);
        Engine e = Engine.create(
                sample,
                Catalogue.builder()
                        .standard()
                        .add(IndicatorFiles.provider(file))
                        .build());
        Evaluation ev = e.evaluate(
                EvaluationOptions.defaults().withPeriodTypes(PeriodType.YEAR, PeriodType.QUARTER, PeriodType.MONTH));
        Map<String, Value> values = new java.util.HashMap<>();
        for (Evaluation.Row r : ev.rows()) {
            values.put(r.scope().id() + "|" + r.period() + "|" + r.indicator().id(), r.value());
        }
        int compared = 0;
        for (Evaluation.Row r : ev.rows()) {
            String standard = same.get(r.indicator().id());
            if (standard == null) {
                continue;
            }
            Value expected = values.get(r.scope().id() + "|" + r.period() + "|" + standard);
            assertThat(equal(r.value(), expected))
                    .as(
                            "%s %s %s: %s, standard %s",
                            r.scope().id(), r.period(), r.indicator().id(), r.value(), expected)
                    .isTrue();
            compared++;
        }
        assertThat(compared).isGreaterThan(1000);
    }

    private static void restate(List<FileIndicator> list, Map<String, String> same, String standard, Expression e) {
        String id = "restated." + standard.replace('.', '-');
        list.add(indicator(id, "unit", e));
        same.put(id, standard);
    }

    private static boolean equal(Value a, Value b) {
        if (a instanceof Value.Defined x && b instanceof Value.Defined y) {
            return x.number().compareTo(y.number()) == 0;
        }
        return a.equals(b);
    }

    static String utf8(byte[] b) {
        return new String(b, StandardCharsets.UTF_8);
    }

    static BigDecimal n(String s) {
        return new BigDecimal(s);
    }
}
