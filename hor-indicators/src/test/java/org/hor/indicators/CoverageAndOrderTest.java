package org.hor.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import org.hor.core.model.CarrierType;
import org.hor.core.model.Coverage;
import org.hor.core.model.Period;
import org.hor.core.model.PeriodType;
import org.hor.core.spi.Scope;
import org.hor.core.spi.ScopeKind;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("what an evaluation covers and in which order")
class CoverageAndOrderTest {

    /*
     * asOf 2024-05-15.
     * S-B CONSORTIUM CITY DE-SN from 2023-10-01
     * S-A MIGRANT_UMBRELLA REGION DE-BE from 2024-02-01
     * S-C CONSORTIUM CITY DE-BB 2022-01-01..2023-03-31
     * No site is OTHER_CARRIER. No site is active in 2023-Q2 and 2023-Q3.
     * Targets of S-A: deliveries.count 2024-03 (a month), reach.organisations 2024-02-01..2024-03-31
     * (custom), deliveries.count 2024-06 (future).
     */
    private final Engine engine = TestData.asOf("2024-05-15")
            .site("S-B", CarrierType.CONSORTIUM, Coverage.CITY, "DE-SN", "2023-10-01", null)
            .site("S-A", CarrierType.MIGRANT_UMBRELLA, Coverage.REGION, "DE-BE", "2024-02-01", null)
            .site("S-C", CarrierType.CONSORTIUM, Coverage.CITY, "DE-BB", "2022-01-01", "2023-03-31")
            .target("S-A", "deliveries.count", "2024-03", "1")
            .target("S-A", "reach.organisations", "2024-02-01..2024-03-31", "2")
            .target("S-A", "deliveries.count", "2024-06", "1")
            .engine();

    private List<String> periods(String scope, EvaluationOptions options) {
        return engine.periods(Scope.parse(scope), options).stream()
                .map(Period::code)
                .toList();
    }

    @Test
    @DisplayName(
            "scopes: sites by id, groups that some site has in the order of spec 01, states by code, the programme")
    void scopes() {
        assertThat(engine.scopes(EnumSet.allOf(ScopeKind.class)))
                .extracting(Scope::id)
                .containsExactly(
                        "site:S-A",
                        "site:S-B",
                        "site:S-C",
                        "carrierType:MIGRANT_UMBRELLA",
                        "carrierType:CONSORTIUM",
                        "coverage:CITY",
                        "coverage:REGION",
                        "state:DE-BB",
                        "state:DE-BE",
                        "state:DE-SN",
                        "programme");
    }

    @Test
    @DisplayName("a scope has the periods that are not future and in which one of its sites is active")
    void periodsOfScopes() {
        EvaluationOptions o = EvaluationOptions.defaults();
        assertThat(periods("site:S-C", o))
                .containsExactly("2022", "2022-Q1", "2022-Q2", "2022-Q3", "2022-Q4", "2023", "2023-Q1");
        assertThat(periods("site:S-B", o)).containsExactly("2023", "2023-Q4", "2024", "2024-Q1", "2024-Q2");
        // the programme has a gap: nobody is active in 2023-Q2 and 2023-Q3; 2024-Q2 is partial, 2024-Q3 future
        assertThat(periods("programme", o))
                .containsExactly(
                        "2022", "2022-Q1", "2022-Q2", "2022-Q3", "2022-Q4", "2023", "2023-Q1", "2023-Q4", "2024",
                        "2024-Q1", "2024-Q2");
        assertThat(periods("coverage:REGION", o)).containsExactly("2024", "2024-Q1", "2024-Q2");
    }

    @Test
    @DisplayName("a site scope also gets the periods of its targets that are not future, whatever types were asked")
    void targetPeriods() {
        // the month and the custom range of S-A's targets; 2024-06 is future
        assertThat(periods("site:S-A", EvaluationOptions.defaults()))
                .containsExactly("2024", "2024-Q1", "2024-02-01..2024-03-31", "2024-03", "2024-Q2");
        assertThat(periods("site:S-A", EvaluationOptions.defaults().withPeriodTypes(PeriodType.YEAR)))
                .containsExactly("2024", "2024-02-01..2024-03-31", "2024-03");
        // group scopes do not get them
        assertThat(periods("coverage:REGION", EvaluationOptions.defaults().withPeriodTypes(PeriodType.YEAR)))
                .containsExactly("2024");
    }

    @Test
    @DisplayName("from and to keep the periods whose first day lies from the first day of from to the last day of to")
    void range() {
        EvaluationOptions o =
                EvaluationOptions.defaults().withFrom(Period.parse("2023-Q4")).withTo(Period.parse("2024-Q1"));
        // 2023 starts 2023-01-01 (before 2023-10-01): out; 2024 starts 2024-01-01 (within): in
        assertThat(periods("programme", o)).containsExactly("2023-Q4", "2024", "2024-Q1");
    }

    @Test
    @DisplayName("half-years and months are enumerated when asked for")
    void otherTypes() {
        EvaluationOptions o = EvaluationOptions.defaults().withPeriodTypes(PeriodType.HALF_YEAR, PeriodType.MONTH);
        assertThat(periods("coverage:REGION", o))
                .containsExactly("2024-H1", "2024-02", "2024-03", "2024-04", "2024-05");
    }

    @Test
    @DisplayName("rows come by scope, then period, then indicator in catalogue order")
    void rowOrder() {
        EvaluationOptions o = EvaluationOptions.defaults()
                .withScopeKinds(ScopeKind.SITE, ScopeKind.PROGRAMME)
                .withPeriodTypes(PeriodType.YEAR);
        Evaluation ev = engine.evaluate(o);
        List<String> ids = engine.catalogue().stream().map(d -> d.id()).toList();
        assertThat(ids).hasSize(25);
        // site:S-A 2024, 2024-02-01..2024-03-31, 2024-03; S-B 2023, 2024; S-C 2022, 2023; programme 2022, 2023, 2024
        List<String> expected = new java.util.ArrayList<>();
        String[][] sp = {
            {"site:S-A", "2024"},
            {"site:S-A", "2024-02-01..2024-03-31"},
            {"site:S-A", "2024-03"},
            {"site:S-B", "2023"},
            {"site:S-B", "2024"},
            {"site:S-C", "2022"},
            {"site:S-C", "2023"},
            {"programme", "2022"},
            {"programme", "2023"},
            {"programme", "2024"}
        };
        for (String[] x : sp) {
            for (String id : ids) {
                expected.add(x[0] + " " + x[1] + " " + id);
            }
        }
        assertThat(ev.rows())
                .extracting(r -> r.scope().id() + " " + r.period().code() + " "
                        + r.indicator().id())
                .containsExactlyElementsOf(expected);
        // targets sit on their rows only
        assertThat(ev.rows())
                .filteredOn(r -> r.target() != null)
                .extracting(r -> r.period().code() + " " + r.indicator().id())
                .containsExactly("2024-02-01..2024-03-31 reach.organisations", "2024-03 deliveries.count");
    }

    @Test
    @DisplayName("the standard catalogue lists the 25 indicators in the order of spec 02")
    void catalogueOrder() {
        assertThat(engine.catalogue())
                .extracting(d -> d.id())
                .containsExactly(
                        "reach.organisations",
                        "reach.organisations.new",
                        "reach.migrant-led.share",
                        "deliveries.count",
                        "consulting.hours",
                        "training.participants",
                        "rooms.hours",
                        "grants.count",
                        "grants.amount",
                        "grants.amount.mean",
                        "grants.first-time.share",
                        "grants.top-recipient.share",
                        "events.count",
                        "events.participants",
                        "retention.share",
                        "offers.multi-use.share",
                        "outcomes.count",
                        "outcomes.organisations.share",
                        "cooperations.active",
                        "cooperations.new",
                        "cooperations.formal.share",
                        "exchange.participations",
                        "exchange.peer-sites",
                        "budget.amount",
                        "cost.per-organisation");
    }
}
