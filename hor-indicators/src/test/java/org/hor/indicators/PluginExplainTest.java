package org.hor.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.hor.core.model.OfferType;
import org.hor.core.model.OrganisationType;
import org.hor.core.model.Period;
import org.hor.core.spi.EvaluationContext;
import org.hor.core.spi.Indicator;
import org.hor.core.spi.IndicatorDefinition;
import org.hor.core.spi.IndicatorProvider;
import org.hor.core.spi.Result;
import org.hor.core.spi.Scope;
import org.hor.core.spi.Trace;
import org.hor.core.spi.Value;
import org.hor.indicators.standard.StandardCatalogue;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("explain asks plugin indicators the same way as the standard ones")
class PluginExplainTest {

    private static IndicatorDefinition def(String id) {
        return IndicatorDefinition.builder(id)
                .label("L", "L")
                .definition("D.", "D.")
                .unit("u")
                .build();
    }

    private static Engine engine(Indicator... indicators) {
        IndicatorProvider p = new IndicatorProvider() {
            @Override
            public String id() {
                return "acme";
            }

            @Override
            public String version() {
                return "1.2";
            }

            @Override
            public List<Indicator> indicators() {
                return List.of(indicators);
            }
        };
        TestData data = TestData.asOf("2024-12-31")
                .site("S-A", "2024-01-01")
                .org("O-1", OrganisationType.OTHER)
                .offer("A", "S-A", OfferType.CONSULTING)
                .delivery("D1", "A", "O-1", "2024-02-01");
        return Engine.create(data.build(), List.of(new StandardCatalogue(), p));
    }

    @Test
    @DisplayName("a plugin that does not explain gives its value and says that it gave no explanation")
    void defaultExplanation() {
        Engine engine = engine(Indicator.of(def("acme.seven"), (ctx, scope, period) -> Result.of(Value.of(7))));
        Explanation e = engine.explain(Scope.PROGRAMME, Period.parse("2024"), "acme.seven");
        assertThat(e.formula()).isEqualTo("computed by plugin acme 1.2: 7 (no explanation given by the plugin)");
        assertThat(e.recordType()).isEmpty();
        assertThat(e.records()).isEmpty();
        assertThat(e.value()).isEqualTo(Value.of(7));
    }

    @Test
    @DisplayName("a plugin's own explanation is shown with the plugin's name, and its records listed")
    void ownExplanation() {
        Indicator explained = new Indicator() {
            @Override
            public IndicatorDefinition definition() {
                return def("acme.deliveries");
            }

            @Override
            public Result compute(EvaluationContext ctx, Scope scope, Period period) {
                return Result.of(Value.of(
                        ctx.deliveries("S-A", period.first(), period.last()).size()));
            }

            @Override
            public Trace explain(EvaluationContext ctx, Scope scope, Period period, Result result) {
                List<String> ids = ctx.deliveries("S-A", period.first(), period.last()).stream()
                        .map(d -> d.id())
                        .toList();
                return new Trace("deliveries of S-A = " + ids.size(), "delivery", ids);
            }
        };
        Explanation e = engine(explained).explain(Scope.PROGRAMME, Period.parse("2024"), "acme.deliveries");
        assertThat(e.formula()).isEqualTo("computed by plugin acme 1.2: deliveries of S-A = 1");
        assertThat(e.recordType()).isEqualTo("delivery");
        assertThat(e.records()).containsExactly("D1");
    }

    @Test
    @DisplayName("a plugin whose explanation throws fails only the explanation, with the plugin's name")
    void failingExplanation() {
        Indicator failing = new Indicator() {
            @Override
            public IndicatorDefinition definition() {
                return def("acme.broken");
            }

            @Override
            public Result compute(EvaluationContext ctx, Scope scope, Period period) {
                return Result.of(Value.of(3));
            }

            @Override
            public Trace explain(EvaluationContext ctx, Scope scope, Period period, Result result) {
                throw new IllegalStateException("no words");
            }
        };
        Explanation e = engine(failing).explain(Scope.PROGRAMME, Period.parse("2024"), "acme.broken");
        assertThat(e.value()).isEqualTo(Value.of(3));
        assertThat(e.formula())
                .isEqualTo("computed by plugin acme 1.2: 3 (the explanation failed: acme: "
                        + "java.lang.IllegalStateException: no words)");
    }
}
