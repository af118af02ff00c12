package org.hor.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hor.indicators.TestData.val;

import java.math.BigDecimal;
import java.util.List;
import org.hor.core.model.Period;
import org.hor.core.model.PeriodType;
import org.hor.core.spi.Accrual;
import org.hor.core.spi.IndicatorDefinition;
import org.hor.core.spi.NumberStyle;
import org.hor.core.spi.Reason;
import org.hor.core.spi.Scope;
import org.hor.core.spi.Value;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Spec 05 "Values": the indicators of {@link FileIndicatorFixture} against values worked out by hand. */
@DisplayName("indicator files evaluate to the values worked out by hand")
class IndicatorFileEvaluationTest {
    private final Engine engine = FileIndicatorFixture.engine();

    private String num(String scope, String period, String id) {
        Value v = val(engine, scope, period, id);
        assertThat(v.isDefined()).as("%s %s %s is %s", scope, period, id, v).isTrue();
        return v.asNumber().orElseThrow().stripTrailingZeros().toPlainString();
    }

    private Reason reason(String scope, String period, String id) {
        return val(engine, scope, period, id)
                .undefinedReason()
                .orElseThrow(() -> new AssertionError(id + " " + scope + " " + period + " is defined"));
    }

    @Test
    @DisplayName("count over deliveries: every delivery of the scope's sites dated in the period")
    void count() {
        assertThat(num("site:S-A", "2024", "x.deliveries.count")).isEqualTo("8");
        assertThat(num("site:S-B", "2024", "x.deliveries.count")).isEqualTo("3");
        assertThat(num("site:S-C", "2024", "x.deliveries.count")).isEqualTo("1");
        assertThat(num("carrierType:MIGRANT_UMBRELLA", "2024", "x.deliveries.count"))
                .isEqualTo("11");
        assertThat(num("programme", "2024", "x.deliveries.count")).isEqualTo("12");
        assertThat(num("site:S-A", "2024-Q1", "x.deliveries.count")).isEqualTo("5");
        assertThat(num("site:S-A", "2024-03", "x.deliveries.count")).isEqualTo("2");
        assertThat(num("site:S-A", "2023", "x.deliveries.count")).isEqualTo("1");
        assertThat(num("site:S-A", "2024-01-15..2024-03-01", "x.deliveries.count"))
                .isEqualTo("4");
    }

    @Test
    @DisplayName("an empty period is 0, not undefined")
    void emptyPeriod() {
        assertThat(num("site:S-A", "2024-Q4", "x.deliveries.count")).isEqualTo("0");
        assertThat(num("site:S-A", "2024-Q4", "x.hours")).isEqualTo("0");
        assertThat(num("site:S-A", "2024-Q4", "x.migrant.orgs")).isEqualTo("0");
        assertThat(num("site:S-A", "2024-Q1", "x.grants.amount")).isEqualTo("0");
    }

    @Test
    @DisplayName("distinct organisations are never summed across sites")
    void distinctOrganisations() {
        // migrant-led: O-1, O-3 at S-A; O-1 at S-B; together O-1, O-3
        assertThat(num("site:S-A", "2024", "x.migrant.orgs")).isEqualTo("2");
        assertThat(num("site:S-B", "2024", "x.migrant.orgs")).isEqualTo("1");
        assertThat(num("programme", "2024", "x.migrant.orgs")).isEqualTo("2");
    }

    @Test
    @DisplayName("atLeast counts an organisation's selected records over all sites of a group together")
    void atLeastOverGroups() {
        // CONSULTING at S-A 2024: O-1 ×3, O-2 ×1 -> 1 of 2 = 50
        assertThat(num("site:S-A", "2024", "hh.consulting.repeat.share")).isEqualTo("50");
        // S-A with S-B: O-1 ×4, O-2 ×3 (1 at S-A, 2 at S-B: neither site alone reaches 3) -> 2 of 2
        assertThat(num("carrierType:MIGRANT_UMBRELLA", "2024", "hh.consulting.repeat.share"))
                .isEqualTo("100");
        assertThat(num("programme", "2024", "hh.consulting.repeat.share")).isEqualTo("100");
        // 2024-Q1: O-1 ×2, O-2 ×1 -> 0 of 2
        assertThat(num("site:S-A", "2024-Q1", "hh.consulting.repeat.share")).isEqualTo("0");
        // outcomes of migrant-led organisations, at least 2: O-1 (E-1, E-2) in 2024, nobody in 2024-Q1
        assertThat(num("site:S-A", "2024", "x.outcome.orgs")).isEqualTo("1");
        assertThat(num("site:S-A", "2024-Q1", "x.outcome.orgs")).isEqualTo("0");
        assertThat(num("programme", "2023", "x.outcome.orgs")).isEqualTo("0");
    }

    @Test
    @DisplayName("sums: hours (a grant's too), amounts and participants, exactly; a missing number counts 0")
    void sums() {
        // CONSULTING and ROOM hours 2024: 1.5 + 2.25 + 1 + 0.5 + 3 + (D-06 none) + 2 + 4
        assertThat(num("programme", "2024", "x.hours")).isEqualTo("14.25");
        assertThat(num("site:S-A", "2024", "x.hours")).isEqualTo("5.25");
        assertThat(num("site:S-A", "2024-Q2", "x.hours")).isEqualTo("1");
        // all hours: plus the 2 hours of grant D-11
        assertThat(num("programme", "2024", "x.all.hours")).isEqualTo("16.25");
        assertThat(num("site:S-A", "2024", "x.all.hours")).isEqualTo("7.25");
        assertThat(num("site:S-A", "2024", "x.grants.amount")).isEqualTo("1250.75");
        assertThat(num("site:S-A", "2024", "x.training.participants")).isEqualTo("12");
        assertThat(num("site:S-A", "2024-Q2", "x.training.participants")).isEqualTo("0");
    }

    @Test
    @DisplayName("every filter kind selects what it names")
    void filters() {
        // organisationType INITIATIVE or OTHER: D-08, D-09, D-10 (S-A), D-12 (S-C)
        assertThat(num("programme", "2024", "x.orgtype.count")).isEqualTo("4");
        assertThat(num("site:S-A", "2024", "x.orgtype.count")).isEqualTo("3");
        // legalForm UNREGISTERED_GROUP (O-2): D-04, D-06, D-07; in 2023 D-13
        assertThat(num("programme", "2024", "x.legal.count")).isEqualTo("3");
        assertThat(num("programme", "2023", "x.legal.count")).isEqualTo("1");
        // attribute district "Nord": O-1 only; O-4's "nord" differs in case
        assertThat(num("programme", "2024", "x.district.orgs")).isEqualTo("1");
        assertThat(num("site:S-C", "2024", "x.district.orgs")).isEqualTo("0");
        // offerId F-AT: 5 + 7 participants (above, sums); offerType: x.hours (above)
        // outcome type ASSOCIATION_REGISTERED: E-1 (S-A), E-3 (S-B)
        assertThat(num("programme", "2024", "x.outcomes.count")).isEqualTo("2");
        assertThat(num("site:S-A", "2024", "x.outcomes.count")).isEqualTo("1");
        assertThat(num("site:S-A", "2023", "x.outcomes.count")).isEqualTo("0");
        // partnerType LOCAL_AUTHORITY and formal false on 2024-12-31: K-3 (S-B); K-1 is formal
        assertThat(num("programme", "2024", "x.coop.informal-authorities")).isEqualTo("1");
        assertThat(num("site:S-A", "2024", "x.coop.informal-authorities")).isEqualTo("0");
    }

    @Test
    @DisplayName("cooperations are the active ones on the reference day, a stock")
    void cooperations() {
        // ref 2024-06-30: K-1 and K-2 (ends on the reference day, not before it)
        assertThat(num("site:S-A", "2024-Q2", "x.coop.active")).isEqualTo("2");
        // ref 2024-12-31: K-1
        assertThat(num("site:S-A", "2024", "x.coop.active")).isEqualTo("1");
        assertThat(num("site:S-A", "2022", "x.coop.active")).isEqualTo("0");
        assertThat(definition("x.coop.active").accrual()).isEqualTo(Accrual.LEVEL);
        assertThat(definition("x.deliveries.count").accrual()).isEqualTo(Accrual.CUMULATIVE);
    }

    @Test
    @DisplayName("measurements: summed where the metric is kept; NOT_APPLICABLE for a scope that never recorded it")
    void measurements() {
        assertThat(num("site:S-A", "2024", "x.visits")).isEqualTo("12.5");
        assertThat(num("site:S-A", "2024", "x.visits.count")).isEqualTo("2");
        // kept at S-A: a quarter or year without a measurement is 0
        assertThat(num("site:S-A", "2024-Q4", "x.visits")).isEqualTo("0");
        assertThat(num("programme", "2023", "x.visits")).isEqualTo("0");
        assertThat(num("carrierType:MIGRANT_UMBRELLA", "2024", "x.visits")).isEqualTo("12.5");
        // S-B records only "rooms", S-C nothing: not applicable in every period
        assertThat(reason("site:S-B", "2024", "x.visits")).isEqualTo(Reason.NOT_APPLICABLE);
        assertThat(reason("site:S-B", "2024-Q1", "x.visits.count")).isEqualTo(Reason.NOT_APPLICABLE);
        assertThat(reason("site:S-C", "2024", "x.visits")).isEqualTo(Reason.NOT_APPLICABLE);
    }

    @Test
    @DisplayName("shares and ratios are ratios of the group's sums, never means of its sites")
    void sharesAndRatios() {
        // integrative (O-2) deliveries: S-B 2 of 3; the group 3 of 11 (not the mean of 12.5 and 66.67)
        assertThat(val(engine, "site:S-B", "2024", "x.integrative.share"))
                .isEqualTo(Value.share(BigDecimal.valueOf(2), BigDecimal.valueOf(3)));
        assertThat(NumberStyle.DECIMAL
                        .apply(BigDecimal.valueOf(200)
                                .divide(BigDecimal.valueOf(3), 20, java.math.RoundingMode.HALF_EVEN))
                        .toPlainString())
                .isEqualTo("66.666667");
        assertThat(val(engine, "carrierType:MIGRANT_UMBRELLA", "2024", "x.integrative.share"))
                .isEqualTo(Value.share(BigDecimal.valueOf(3), BigDecimal.valueOf(11)));
        assertThat(num("site:S-C", "2024", "x.integrative.share")).isEqualTo("0");
        // all hours over organisations: 16.25 / 4 and 5 / 2
        assertThat(num("programme", "2024", "x.hours.per-org")).isEqualTo("4.0625");
        assertThat(num("site:S-B", "2024", "x.hours.per-org")).isEqualTo("2.5");
    }

    @Test
    @DisplayName("a share or ratio over 0 is NO_DENOMINATOR; of several reasons the first of spec 02 wins")
    void reasons() {
        assertThat(reason("site:S-A", "2024-Q4", "x.integrative.share")).isEqualTo(Reason.NO_DENOMINATOR);
        assertThat(reason("site:S-A", "2024-Q4", "x.hours.per-org")).isEqualTo(Reason.NO_DENOMINATOR);
        assertThat(reason("site:S-A", "2024-Q4", "hh.consulting.repeat.share")).isEqualTo(Reason.NO_DENOMINATOR);
        // no events: the inner ratio is NO_DENOMINATOR; over S-A's visits it stays so
        assertThat(reason("site:S-A", "2024", "x.nested.ratio")).isEqualTo(Reason.NO_DENOMINATOR);
        // S-B keeps no visits: NOT_APPLICABLE comes before NO_DENOMINATOR
        assertThat(reason("site:S-B", "2024", "x.nested.ratio")).isEqualTo(Reason.NOT_APPLICABLE);
    }

    @Test
    @DisplayName("sites and periods: NOT_APPLICABLE elsewhere, before every other reason")
    void sitesAndPeriods() {
        // sites [S-A]: a scope without S-A does not apply, whatever its values would be
        assertThat(reason("site:S-B", "2024", "hh.consulting.repeat.share")).isEqualTo(Reason.NOT_APPLICABLE);
        // S-C alone has no CONSULTING at all (would be NO_DENOMINATOR)
        assertThat(reason("state:DE-HH", "2024", "hh.consulting.repeat.share")).isEqualTo(Reason.NOT_APPLICABLE);
        // periods [year, quarter]: months and halves do not apply, even for an empty one
        assertThat(reason("site:S-A", "2024-01", "hh.consulting.repeat.share")).isEqualTo(Reason.NOT_APPLICABLE);
        assertThat(reason("site:S-A", "2024-H2", "hh.consulting.repeat.share")).isEqualTo(Reason.NOT_APPLICABLE);
        assertThat(reason("site:S-A", "2024-01-01..2024-12-31", "hh.consulting.repeat.share"))
                .isEqualTo(Reason.NOT_APPLICABLE);
        assertThat(definition("hh.consulting.repeat.share").periodTypes())
                .containsExactlyInAnyOrder(PeriodType.YEAR, PeriodType.QUARTER);
    }

    @Test
    @DisplayName("the number styles of spec 05: integer counts, money with 2 digits, exact sums, 6-digit shares")
    void numberStyles() {
        assertThat(definition("x.deliveries.count").numberStyle()).isEqualTo(NumberStyle.INTEGER);
        assertThat(definition("x.migrant.orgs").numberStyle()).isEqualTo(NumberStyle.INTEGER);
        assertThat(definition("x.grants.amount").numberStyle()).isEqualTo(NumberStyle.MONEY);
        assertThat(definition("x.hours").numberStyle()).isEqualTo(NumberStyle.EXACT);
        assertThat(definition("x.visits").numberStyle()).isEqualTo(NumberStyle.EXACT);
        assertThat(definition("x.integrative.share").numberStyle()).isEqualTo(NumberStyle.DECIMAL);
        assertThat(definition("x.hours.per-org").numberStyle()).isEqualTo(NumberStyle.DECIMAL);
    }

    @Test
    @DisplayName(
            "the catalogue lists the file's indicators after the standard ones, in file order, with the file as origin")
    void catalogue() {
        List<String> ids =
                engine.catalogue().stream().map(IndicatorDefinition::id).toList();
        int standard = Catalogue.standard().definitions().size();
        assertThat(ids.subList(standard, ids.size()))
                .startsWith("hh.consulting.repeat.share", "x.deliveries.count", "x.migrant.orgs", "x.hours")
                .endsWith("x.hours.per-org", "x.nested.ratio");
        ProviderInfo info = FileIndicatorFixture.catalogue().providerInfos().get(1);
        assertThat(info.id()).isEqualTo("file.0123456789abcdef");
        assertThat(info.version()).isEqualTo("sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef");
        assertThat(info.jar()).isEqualTo("own.json");
        assertThat(info.indicatorIds())
                .hasSize(FileIndicatorFixture.file().indicators().size());
        // validation knows them: a dataset's target may name one
        assertThat(FileIndicatorFixture.catalogue().knownIndicators().knows("x.deliveries.count"))
                .isTrue();
    }

    private IndicatorDefinition definition(String id) {
        return engine.catalogue().stream()
                .filter(d -> d.id().equals(id))
                .findFirst()
                .orElseThrow();
    }

    static Scope scope(String id) {
        return Scope.parse(id);
    }

    static Period period(String code) {
        return Period.parse(code);
    }
}
