package org.hor.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import org.hor.core.model.PeriodType;
import org.hor.core.spi.Indicator;
import org.hor.core.spi.IndicatorDefinition;
import org.hor.core.spi.IndicatorProvider;
import org.hor.core.spi.Result;
import org.hor.core.spi.Value;
import org.hor.indicators.PluginProblem.Kind;
import org.hor.indicators.standard.StandardCatalogue;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Loading validates every provider: each test adds one bad provider or indicator next to the
 * standard catalogue and a good plugin, and proves that it is reported as a problem and skipped while
 * the rest loads exactly as without it.
 */
@DisplayName("the catalogue validates what it loads")
class PluginLoadingTest {

    private static final String TEST_CLASSES = Catalogue.location(PluginLoadingTest.class);

    private static IndicatorDefinition def(String id) {
        return IndicatorDefinition.builder(id)
                .label("L", "L")
                .definition("D.", "D.")
                .unit("things")
                .build();
    }

    private static Indicator one(String id) {
        return Indicator.of(def(id), (c, s, p) -> Result.of(Value.of(1)));
    }

    private static IndicatorProvider provider(String id, Supplier<List<Indicator>> indicators) {
        return new IndicatorProvider() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public List<Indicator> indicators() {
                return indicators.get();
            }
        };
    }

    /** The standard catalogue, the complaints plugin and {@code bad}; checks that all but bad loaded as without it. */
    private static Catalogue with(IndicatorProvider bad) {
        Catalogue without =
                Catalogue.builder().standard().add(new ComplaintsPlugin()).build();
        Catalogue c = Catalogue.builder()
                .standard()
                .add(new ComplaintsPlugin())
                .add(bad)
                .build();
        assertThat(without.problems()).isEmpty();
        List<String> ids = c.definitions().stream()
                .map(IndicatorDefinition::id)
                .filter(i -> !i.startsWith("bad."))
                .toList();
        assertThat(ids)
                .isEqualTo(without.definitions().stream()
                        .map(IndicatorDefinition::id)
                        .toList());
        assertThat(c.problems()).hasSize(1);
        return c;
    }

    @Test
    @DisplayName("the reserved namespaces are the first segments of the standard indicator ids")
    void reserved() {
        assertThat(Catalogue.reservedNamespaces())
                .containsExactly(
                        "budget",
                        "consulting",
                        "cooperations",
                        "cost",
                        "deliveries",
                        "events",
                        "exchange",
                        "grants",
                        "offers",
                        "outcomes",
                        "reach",
                        "retention",
                        "rooms",
                        "training");
    }

    @Test
    @DisplayName("an indicator in a reserved namespace is skipped, the provider's others load")
    void reservedNamespace() {
        Catalogue c = with(provider("bad", () -> List.of(one("reach.extra"), one("bad.fine"))));
        PluginProblem p = c.problems().get(0);
        assertThat(p.kind()).isEqualTo(Kind.RESERVED_NAMESPACE);
        assertThat(p.providerId()).isEqualTo("bad");
        assertThat(p.jar()).isEqualTo(TEST_CLASSES);
        assertThat(p.message()).contains("'reach.extra'", "namespace 'reach'", "'hor.standard'", "'bad.reach.extra'");
        assertThat(c.definition("bad.fine")).isPresent();
        assertThat(c.definition("reach.extra")).isEmpty();
    }

    @Test
    @DisplayName("a plugin may not take the standard catalogue's provider id")
    void standardProviderId() {
        Catalogue c = with(provider("hor.standard", () -> List.of(one("bad.x"))));
        assertThat(c.problems().get(0).kind()).isEqualTo(Kind.RESERVED_NAMESPACE);
        assertThat(c.providers())
                .extracting(IndicatorProvider::getClass)
                .doesNotContainNull()
                .filteredOn(k -> k == StandardCatalogue.class)
                .hasSize(1);
    }

    @Test
    @DisplayName("an indicator id defined twice: the later provider's is skipped, naming both providers and jars")
    void duplicateIndicator() {
        Catalogue c = with(provider("bad", () -> List.of(one("acme.complaints"))));
        PluginProblem p = c.problems().get(0);
        assertThat(p.kind()).isEqualTo(Kind.DUPLICATE_INDICATOR);
        assertThat(p.message())
                .isEqualTo("indicator id 'acme.complaints' is defined twice: by provider 'acme' ("
                        + ComplaintsPlugin.class.getName() + ", " + TEST_CLASSES + ") and by provider 'bad' ("
                        + p.providerClass() + ", " + TEST_CLASSES + "); the second is skipped");
        assertThat(c.definition("acme.complaints")).contains(ComplaintsPlugin.DEFINITION);
    }

    @Test
    @DisplayName("two providers with one id: the second is skipped")
    void duplicateProvider() {
        Catalogue c = with(provider("acme", () -> List.of(one("bad.x"))));
        assertThat(c.problems().get(0).kind()).isEqualTo(Kind.DUPLICATE_PROVIDER);
        assertThat(c.problems().get(0).message()).startsWith("two indicator providers have the id 'acme': ");
        assertThat(c.definition("bad.x")).isEmpty();
    }

    @Test
    @DisplayName("an indicator without a label: the provider cannot list its indicators and is skipped")
    void missingLabel() {
        Catalogue c = with(provider(
                "bad",
                () -> List.of(Indicator.of(
                        IndicatorDefinition.builder("bad.x")
                                .definition("D.", "D.")
                                .unit("things")
                                .build(),
                        (x, s, p) -> Result.of(Value.of(1))))));
        PluginProblem p = c.problems().get(0);
        assertThat(p.kind()).isEqualTo(Kind.INVALID_DEFINITION);
        assertThat(p.message())
                .contains("NullPointerException: label", "a label and a definition in German and English");
        assertThat(c.providers()).extracting(IndicatorProvider::id).doesNotContain("bad");
    }

    @Test
    @DisplayName("an indicator whose definition() cannot be built is skipped with the grammar in the message")
    void badId() {
        Indicator broken = new Indicator() {
            @Override
            public IndicatorDefinition definition() {
                return def("Bad.Visits");
            }

            @Override
            public Result compute(
                    org.hor.core.spi.EvaluationContext ctx,
                    org.hor.core.spi.Scope scope,
                    org.hor.core.model.Period period) {
                return Result.of(Value.of(1));
            }
        };
        Catalogue c = with(provider("bad", () -> List.of(broken, one("bad.fine"))));
        PluginProblem p = c.problems().get(0);
        assertThat(p.kind()).isEqualTo(Kind.INVALID_DEFINITION);
        assertThat(p.message())
                .startsWith("indicator #1 of provider 'bad'")
                .contains("lowercase dot-separated segments", "'Bad.Visits'");
        assertThat(c.definition("bad.fine")).isPresent();
    }

    @Test
    @DisplayName("a provider id that is not lowercase dot-separated segments is skipped")
    void badProviderId() {
        Catalogue c = with(provider("Bad Corp", () -> List.of(one("bad.x"))));
        assertThat(c.problems().get(0).kind()).isEqualTo(Kind.INVALID_PROVIDER_ID);
        assertThat(c.problems().get(0).message()).contains("'Bad Corp'");
    }

    @Test
    @DisplayName("a provider whose indicators() throws is skipped")
    void indicatorsThrow() {
        Catalogue c = with(provider("bad", () -> {
            throw new IllegalStateException("database down");
        }));
        assertThat(c.problems().get(0).kind()).isEqualTo(Kind.BROKEN_PROVIDER);
        assertThat(c.problems().get(0).message()).contains("'bad'", "IllegalStateException: database down");
    }

    @Test
    @DisplayName("explicit registration with Catalogue.of is strict: a problem is an exception")
    void strictOf() {
        assertThatThrownBy(() ->
                        Catalogue.of(List.of(new StandardCatalogue(), provider("bad", () -> List.of(one("rooms.x"))))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'rooms.x'");
    }

    @Test
    @DisplayName("service loading reports a missing class and a throwing constructor, and loads the rest")
    void serviceConfigurationErrors(@TempDir Path dir) throws IOException {
        Path services = dir.resolve("META-INF/services/" + IndicatorProvider.class.getName());
        Files.createDirectories(services.getParent());
        Files.writeString(
                services,
                "org.hor.indicators.NoSuchProvider\n" + ServiceLoadedPlugins.Exploding.class.getName() + "\n"
                        + ServiceLoadedPlugins.Good.class.getName() + "\n");
        try (URLClassLoader loader =
                new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader())) {
            Catalogue c = Catalogue.load(loader);
            assertThat(c.providers()).extracting(IndicatorProvider::id).containsExactly("hor.standard", "good");
            assertThat(c.definitions()).hasSize(26);
            assertThat(c.definitions().get(25).id()).isEqualTo("good.one");
            assertThat(c.problems())
                    .extracting(PluginProblem::kind)
                    .containsExactly(Kind.BROKEN_PROVIDER, Kind.BROKEN_PROVIDER);
            assertThat(c.problems().get(0).message()).contains("org.hor.indicators.NoSuchProvider", "not found");
            assertThat(c.problems().get(1).providerClass()).isEqualTo(ServiceLoadedPlugins.Exploding.class.getName());
            assertThat(c.problems().get(1).message())
                    .contains("could not be instantiated", "IllegalStateException: no config file");
            assertThat(c.providerInfos())
                    .extracting(ProviderInfo::id, ProviderInfo::version, ProviderInfo::indicatorIds)
                    .last()
                    .isEqualTo(org.assertj.core.groups.Tuple.tuple("good", "DEVELOPMENT", List.of("good.one")));
        }
    }

    @Test
    @DisplayName("the catalogue's known indicators include the plugins' ids and period types")
    void knownIndicators() {
        Catalogue c = Catalogue.builder().standard().add(new ComplaintsPlugin()).build();
        assertThat(c.knownIndicators().knows("acme.complaints")).isTrue();
        assertThat(c.knownIndicators().periodTypes("budget.amount")).containsExactly(PeriodType.YEAR);
        assertThat(c.knownIndicators().ids()).hasSize(26).last().isEqualTo("acme.complaints");
    }
}
