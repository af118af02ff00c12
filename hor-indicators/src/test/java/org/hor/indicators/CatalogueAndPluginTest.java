package org.hor.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hor.core.model.Period;
import org.hor.core.model.Site;
import org.hor.core.spi.Breakdown;
import org.hor.core.spi.Indicator;
import org.hor.core.spi.IndicatorDefinition;
import org.hor.core.spi.IndicatorProvider;
import org.hor.core.spi.Reason;
import org.hor.core.spi.Result;
import org.hor.core.spi.Scope;
import org.hor.core.spi.Value;
import org.hor.indicators.standard.StandardCatalogue;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("the catalogue, providers and the guarded plugin calls")
class CatalogueAndPluginTest {

    private static IndicatorDefinition def(String id) {
        return IndicatorDefinition.builder(id)
                .label("L", "L")
                .definition("D.", "D.")
                .unit("things")
                .build();
    }

    private static IndicatorProvider provider(String id, Indicator... indicators) {
        return new IndicatorProvider() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public List<Indicator> indicators() {
                return List.of(indicators);
            }

            @Override
            public boolean appliesTo(Site site) {
                return !id.equals("only-b") || site.id().equals("S-B");
            }
        };
    }

    private final TestData data =
            TestData.asOf("2024-12-31").site("S-A", "2024-01-01").site("S-B", "2024-01-01");

    @Test
    @DisplayName("the service loader finds the standard catalogue first")
    void serviceLoader() {
        Catalogue c = Catalogue.load();
        assertThat(c.providers().get(0).id()).isEqualTo(StandardCatalogue.ID);
        assertThat(c.definitions()).hasSizeGreaterThanOrEqualTo(25);
        assertThat(c.definitions().get(0).id()).isEqualTo("reach.organisations");
    }

    @Test
    @DisplayName("plugin indicators follow the standard ones, by id")
    void pluginOrder() {
        Catalogue c = Catalogue.of(List.of(
                provider("zeta", Indicator.of(def("zeta.b"), (ctx, s, p) -> Result.of(Value.of(1)))),
                provider("alpha", Indicator.of(def("zeta.a"), (ctx, s, p) -> Result.of(Value.of(2)))),
                new StandardCatalogue()));
        assertThat(c.providers())
                .extracting(IndicatorProvider::id)
                .containsExactly(StandardCatalogue.ID, "alpha", "zeta");
        assertThat(c.definitions()).hasSize(27);
        assertThat(c.definitions().subList(25, 27))
                .extracting(IndicatorDefinition::id)
                .containsExactly("zeta.a", "zeta.b");
    }

    @Test
    @DisplayName("two indicators with one id are rejected, naming both providers")
    void duplicateIds() {
        assertThatThrownBy(() -> Catalogue.of(List.of(
                        new StandardCatalogue(),
                        provider(
                                "acme",
                                Indicator.of(def("reach.organisations"), (ctx, s, p) -> Result.of(Value.of(1)))))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("reach.organisations")
                .hasMessageContaining("'hor.standard'")
                .hasMessageContaining("'acme'");
        assertThatThrownBy(() -> Catalogue.of(List.of(new StandardCatalogue(), new StandardCatalogue())))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("hor.standard");
    }

    @Test
    @DisplayName("indicator ids follow the grammar and are at most 64 characters")
    void idGrammar() {
        assertThatThrownBy(() -> def("reach")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> def("Reach.x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> def("a." + "b".repeat(63))).isInstanceOf(IllegalArgumentException.class);
        assertThat(def("a." + "b".repeat(62)).id()).hasSize(64);
        for (IndicatorDefinition d : Catalogue.standard().definitions()) {
            assertThat(d.id()).matches(IndicatorDefinition.ID);
        }
    }

    @Test
    @DisplayName("a plugin that throws yields FAILED with its id and message, and the others go on")
    void failureIsolation() {
        Engine engine = Engine.create(
                data.build(),
                List.of(new StandardCatalogue(), provider("boom", Indicator.of(def("boom.x"), (ctx, s, p) -> {
                    throw new IllegalStateException("no luck");
                }))));
        Value v = engine.value(Scope.site("S-A"), Period.parse("2024"), "boom.x");
        assertThat(v).isInstanceOf(Value.Undefined.class);
        assertThat(((Value.Undefined) v).reason()).isEqualTo(Reason.FAILED);
        assertThat(((Value.Undefined) v).message()).startsWith("boom: ").contains("no luck");
        assertThat(engine.value(Scope.site("S-A"), Period.parse("2024"), "reach.organisations"))
                .isEqualTo(Value.of(0));
        assertThat(engine.evaluate().rows()).isNotEmpty();
    }

    @Test
    @DisplayName(
            "parts that do not match the breakdown make the value FAILED; an undefined total makes every part undefined")
    void partsChecked() {
        IndicatorDefinition withBreakdown = IndicatorDefinition.builder("acme.split")
                .label("L", "L")
                .definition("D.", "D.")
                .unit("u")
                .breakdown(new Breakdown("kind", List.of("A", "B")))
                .build();
        IndicatorDefinition undefinedTotal = IndicatorDefinition.builder("acme.none")
                .label("L", "L")
                .definition("D.", "D.")
                .unit("u")
                .breakdown(new Breakdown("kind", List.of("A", "B")))
                .build();
        Engine engine = Engine.create(
                data.build(),
                List.of(provider(
                        "acme",
                        Indicator.of(withBreakdown, (ctx, s, p) -> Result.of(Value.of(1), Map.of("A", Value.of(1)))),
                        Indicator.of(undefinedTotal, (ctx, s, p) -> {
                            Map<String, Value> parts = new LinkedHashMap<>();
                            parts.put("A", Value.of(0));
                            parts.put("B", Value.of(0));
                            return Result.of(Value.undefined(Reason.NO_DATA), parts);
                        }))));
        assertThat(engine.value(Scope.PROGRAMME, Period.parse("2024"), "acme.split")
                        .undefinedReason())
                .contains(Reason.FAILED);
        assertThat(engine.parts(Scope.PROGRAMME, Period.parse("2024"), "acme.none")
                        .values())
                .containsOnly(Value.undefined(Reason.NO_DATA));
    }

    @Test
    @DisplayName("a provider's indicators are not applicable to a scope none of whose sites it applies to")
    void appliesTo() {
        Engine engine = Engine.create(
                data.build(),
                List.of(provider("only-b", Indicator.of(def("onlyb.x"), (ctx, s, p) -> Result.of(Value.of(5))))));
        assertThat(engine.value(Scope.site("S-A"), Period.parse("2024"), "onlyb.x")
                        .undefinedReason())
                .contains(Reason.NOT_APPLICABLE);
        assertThat(engine.value(Scope.site("S-B"), Period.parse("2024"), "onlyb.x"))
                .isEqualTo(Value.of(5));
        assertThat(engine.value(Scope.PROGRAMME, Period.parse("2024"), "onlyb.x"))
                .isEqualTo(Value.of(5));
    }

    @Test
    @DisplayName("on-demand calls reject unknown indicators, scopes without sites and future periods")
    void preconditions() {
        Engine engine = data.engine();
        assertThatThrownBy(() -> engine.value(Scope.PROGRAMME, Period.parse("2024"), "no.such"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no.such");
        assertThatThrownBy(() -> engine.value(Scope.parse("state:DE-HH"), Period.parse("2024"), "reach.organisations"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("state:DE-HH");
        assertThatThrownBy(() -> engine.value(Scope.PROGRAMME, Period.parse("2025"), "reach.organisations"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("future");
    }
}
