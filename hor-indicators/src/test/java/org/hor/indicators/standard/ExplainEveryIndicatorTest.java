package org.hor.indicators.standard;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.hor.core.model.Dataset;
import org.hor.core.model.Period;
import org.hor.core.model.Site;
import org.hor.core.sample.SampleGenerator;
import org.hor.core.sample.SampleParameters;
import org.hor.core.spi.Scope;
import org.hor.core.spi.Trace;
import org.hor.core.spi.Value;
import org.hor.indicators.Engine;
import org.hor.indicators.Explanation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs {@code explain} for every indicator of the standard catalogue on the embedded sample, over
 * several scopes and periods (with undefined values among them), and recomputes each value from the
 * numbers of its explanation.
 */
@DisplayName("explain, for every standard indicator on the embedded sample")
class ExplainEveryIndicatorTest {

    private static final Engine ENGINE = Engine.create(SampleGenerator.generate(SampleParameters.defaults()));

    /** The indicators that count exactly the records their explanation lists. */
    private static final Set<String> COUNTS_ITS_RECORDS = Set.of(
            "reach.organisations",
            "reach.organisations.new",
            "deliveries.count",
            "grants.count",
            "outcomes.count",
            "cooperations.active",
            "cooperations.new",
            "exchange.participations",
            "exchange.peer-sites");

    private static final Pattern RATIO = Pattern.compile("^(100 × )?([0-9.]+)[^/]* / ([0-9.]+)");

    static Stream<String> indicators() {
        return StandardIndicators.ALL.stream().map(i -> i.definition().id());
    }

    static List<Scope> scopes() {
        Dataset d = ENGINE.dataset();
        Site first = d.sites().get(0);
        Site last = d.sites().get(d.sites().size() - 1);
        List<Scope> scopes = new ArrayList<>(List.of(Scope.site(first.id()), Scope.site(last.id())));
        if (first.carrierType() != null) {
            scopes.add(Scope.parse("carrierType:" + first.carrierType().name()));
        }
        if (first.state() != null) {
            scopes.add(Scope.parse("state:" + first.state()));
        }
        scopes.add(Scope.PROGRAMME);
        return scopes;
    }

    static final List<Period> PERIODS = Stream.of(
                    "2016", "2016-Q1", "2017-03", "2020-H2", "2024", "2025-Q4", "2025-12", "2023-07-01..2025-06-30")
            .map(Period::parse)
            .toList();

    @ParameterizedTest(name = "{0}")
    @MethodSource("indicators")
    @DisplayName("the explanation's numbers give the value")
    void explanationGivesTheValue(String id) {
        int defined = 0;
        for (Scope scope : scopes()) {
            for (Period period : PERIODS) {
                String where = id + " " + scope.id() + " " + period.code();
                Explanation e = ENGINE.explain(scope, period, id);
                Value value = ENGINE.value(scope, period, id);
                assertThat(e.value()).as(where).isEqualTo(value);
                assertThat(e.formula()).as(where).isNotBlank().doesNotContain(Trace.NOT_EXPLAINED);
                assertThat(e.recordCount())
                        .as(where)
                        .isGreaterThanOrEqualTo(e.records().size());
                if (value instanceof Value.Undefined u) {
                    assertThat(e.formula()).as(where).contains(u.reason().name());
                    continue;
                }
                defined++;
                BigDecimal v = ((Value.Defined) value).number();
                int eq = e.formula().lastIndexOf(" = ");
                assertThat(eq).as(where + ": " + e.formula()).isPositive();
                String left = e.formula().substring(0, eq);
                left = left.substring(left.lastIndexOf("; ") + 1).trim();
                BigDecimal shown = new BigDecimal(
                        e.formula().substring(eq + 3).replace(" EUR", "").trim());
                assertThat(shown).as(where + ": " + e.formula()).isEqualByComparingTo(round(v));
                Matcher m = RATIO.matcher(left);
                if (m.find()) {
                    BigDecimal num = new BigDecimal(m.group(2));
                    BigDecimal den = new BigDecimal(m.group(3));
                    BigDecimal recomputed = num.multiply(m.group(1) != null ? BigDecimal.valueOf(100) : BigDecimal.ONE)
                            .divide(den, MathContext.DECIMAL128);
                    assertThat(round(recomputed)).as(where + ": " + e.formula()).isEqualByComparingTo(round(v));
                } else {
                    assertThat(left).as(where + ": a count or sum has no ratio").doesNotContain(" / ");
                }
                if (COUNTS_ITS_RECORDS.contains(id)) {
                    assertThat(BigDecimal.valueOf(e.recordCount())).as(where).isEqualByComparingTo(v);
                }
            }
        }
        assertThat(defined).as(id + ": some values are defined").isPositive();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("indicators")
    @DisplayName("an undefined value is explained with its reason too")
    void undefinedValuesAreExplained(String id) {
        // a future-free period before any site opened, a custom range (years-only indicators do not apply),
        // and the programme (exchange.peer-sites does not apply)
        List<Period> periods = List.of(Period.parse("2016-01"), Period.parse("2020-02-01..2020-02-29"));
        for (Scope scope : List.of(Scope.PROGRAMME, scopes().get(0))) {
            for (Period period : periods) {
                Explanation e = ENGINE.explain(scope, period, id);
                if (e.value() instanceof Value.Undefined u) {
                    assertThat(e.formula())
                            .as(id + " " + scope.id() + " " + period.code())
                            .contains(u.reason().name());
                }
            }
        }
    }

    private static BigDecimal round(BigDecimal b) {
        return b.setScale(6, RoundingMode.HALF_EVEN);
    }
}
