package org.hor.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hor.core.model.Period;
import org.hor.core.model.PeriodType;
import org.hor.core.spi.Breakdown;
import org.hor.core.spi.Indicator;
import org.hor.core.spi.IndicatorDefinition;
import org.hor.core.spi.IndicatorProvider;
import org.hor.core.spi.NumberStyle;
import org.hor.core.spi.Result;
import org.hor.core.spi.Scope;
import org.hor.core.spi.ScopeKind;
import org.hor.core.spi.Value;
import org.hor.indicators.output.CsvDialect;
import org.hor.indicators.output.EvaluationJsonWriter;
import org.hor.indicators.output.TidyCsvWriter;
import org.hor.indicators.standard.StandardCatalogue;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The host rounds a plugin's values once, by the indicator's number style, the way every output
 * writes the standard values: the engine, the CSV, the JSON and {@code explain} show the same digits.
 */
@DisplayName("plugin values are rounded by their number style")
class PluginNumberStyleTest {

    private static final EvaluationOptions PROGRAMME_2024 =
            EvaluationOptions.defaults().withScopeKinds(ScopeKind.PROGRAMME).withPeriodTypes(PeriodType.YEAR);

    private final TestData data = TestData.asOf("2024-12-31").site("S-A", "2024-01-01");

    private static IndicatorDefinition def(String id, String unit, NumberStyle style, Breakdown breakdown) {
        return IndicatorDefinition.builder(id)
                .label("Test", "Test")
                .definition("Ein Test.", "A test.")
                .unit(unit)
                .numberStyle(style)
                .breakdown(breakdown)
                .build();
    }

    private static IndicatorProvider plugin(Indicator... indicators) {
        return new IndicatorProvider() {
            @Override
            public String id() {
                return "acme";
            }

            @Override
            public List<Indicator> indicators() {
                return List.of(indicators);
            }
        };
    }

    private Engine engine(Indicator... indicators) {
        return Engine.create(data.build(), List.of(new StandardCatalogue(), plugin(indicators)));
    }

    private static Indicator constant(IndicatorDefinition def, String number) {
        return Indicator.of(def, (c, s, p) -> Result.of(Value.of(new BigDecimal(number))));
    }

    private static String value(Engine engine, String id) {
        return engine.value(Scope.PROGRAMME, Period.parse("2024"), id)
                .asNumber()
                .orElseThrow()
                .toPlainString();
    }

    @Test
    @DisplayName(
            "a share (DECIMAL) is rounded half-even to 6 fraction digits: 92.1052631579 is 92.105263, 2/3 is 66.666667")
    void decimal() {
        Engine engine = engine(
                constant(def("acme.a.share", "percent", NumberStyle.DECIMAL, null), "92.1052631579"),
                Indicator.of(
                        def("acme.b.share", "percent", NumberStyle.DECIMAL, null),
                        (c, s, p) -> Result.of(Value.share(2, 3))),
                constant(def("acme.c.share", "percent", NumberStyle.DECIMAL, null), "12.3456785"));
        assertThat(value(engine, "acme.a.share")).isEqualTo("92.105263");
        assertThat(value(engine, "acme.b.share")).isEqualTo("66.666667");
        // half-even: ...785 -> ...78
        assertThat(value(engine, "acme.c.share")).isEqualTo("12.345678");
    }

    @Test
    @DisplayName("money (MONEY) gets 2 fraction digits half-even, sums (EXACT) stay exact")
    void moneyAndExact() {
        Engine engine = engine(
                constant(def("acme.a.money", "EUR", NumberStyle.MONEY, null), "10.125"),
                constant(def("acme.b.money", "EUR", NumberStyle.MONEY, null), "7"),
                constant(def("acme.c.hours", "hours", NumberStyle.EXACT, null), "3.125"));
        assertThat(value(engine, "acme.a.money")).isEqualTo("10.12");
        // 7 has no digits to round: kept (the writers pad it to 7.00)
        assertThat(value(engine, "acme.b.money")).isEqualTo("7");
        assertThat(value(engine, "acme.c.hours")).isEqualTo("3.125");
    }

    @Test
    @DisplayName("parts are checked against the exact total, then each is rounded: 1/3 + 2/3 = 1")
    void parts() {
        Breakdown kind = new Breakdown("kind", List.of("A", "B"));
        Engine engine = engine(Indicator.of(def("acme.mean", "things", NumberStyle.DECIMAL, kind), (c, s, p) -> {
            Map<String, Value> parts = new LinkedHashMap<>();
            parts.put("A", Value.of(new BigDecimal("0.3333333333")));
            parts.put("B", Value.of(new BigDecimal("0.6666666667")));
            return Result.of(Value.of(1), parts);
        }));
        Map<String, Value> parts = engine.parts(Scope.PROGRAMME, Period.parse("2024"), "acme.mean");
        assertThat(parts)
                .containsExactly(
                        Map.entry("A", Value.of(new BigDecimal("0.333333"))),
                        Map.entry("B", Value.of(new BigDecimal("0.666667"))));
        assertThat(value(engine, "acme.mean")).isEqualTo("1");
    }

    @Test
    @DisplayName("CSV, JSON and explain show the digits the engine returns")
    void outputsAgree() {
        Engine engine = engine(constant(def("acme.a.share", "percent", NumberStyle.DECIMAL, null), "92.1052631579"));
        Evaluation e = engine.evaluate(PROGRAMME_2024);
        assertThat(new TidyCsvWriter(CsvDialect.CSV).toString(e))
                .contains("programme,2024,acme.a.share,,,92.105263,percent,");
        assertThat(new EvaluationJsonWriter().toString(e)).contains("92.105263").doesNotContain("92.1052631579");
        assertThat(engine.explain(Scope.PROGRAMME, Period.parse("2024"), "acme.a.share")
                        .value())
                .isEqualTo(Value.of(new BigDecimal("92.105263")));
    }
}
