package org.hor.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.hor.core.model.CarrierType;
import org.hor.core.model.Coverage;
import org.hor.core.model.Dataset;
import org.hor.core.model.Measurement;
import org.hor.core.model.Programme;
import org.hor.core.model.Site;
import org.hor.core.spi.Indicator;
import org.hor.core.spi.IndicatorDefinition;
import org.hor.core.spi.IndicatorProvider;
import org.hor.core.spi.NumberStyle;
import org.hor.core.spi.Reason;
import org.hor.core.spi.Result;
import org.hor.core.spi.Value;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("the plugin test kit")
class PluginTestKitTest {

    // one site from 2024, asOf 2024-06-30; measurements "x" of 2 (2024-01-15) and 3 (2024-04-15)
    private static final Dataset DATA = new Dataset(
            "1",
            LocalDate.parse("2024-06-30"),
            new Programme("hor", "House of Resources", null),
            List.of(new Site(
                    "S-A",
                    "Haus A",
                    "Dresden",
                    "DE-SN",
                    "Träger",
                    CarrierType.MIGRANT_UMBRELLA,
                    Coverage.CITY,
                    LocalDate.parse("2024-01-01"),
                    null)),
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            List.of(
                    new Measurement("S-A", "x", LocalDate.parse("2024-01-15"), new java.math.BigDecimal("2"), null),
                    new Measurement("S-A", "x", LocalDate.parse("2024-04-15"), new java.math.BigDecimal("3"), null)),
            List.of());

    private static IndicatorDefinition def(String id) {
        return IndicatorDefinition.builder(id)
                .label("X", "X")
                .definition("Summe von x.", "Sum of x.")
                .unit("x")
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
        };
    }

    private static final Indicator SUM_X = Indicator.of(
            def("acme.x"),
            (ctx, scope, period) -> Result.of(Value.of(ctx.sites(scope).stream()
                    .flatMap(s -> ctx.measurements(s.id(), period.first(), period.last()).stream())
                    .filter(m -> m.metric().equals("x"))
                    .map(Measurement::value)
                    .reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add))));

    @Test
    @DisplayName("runs a good plugin through the host and reads its values")
    void goodPlugin() {
        PluginRun run = PluginTestKit.run(provider("acme", SUM_X), DATA).assertContract();
        run.assertValue("site:S-A", "2024", "acme.x", "5") // 2 + 3
                .assertValue("site:S-A", "2024-Q1", "acme.x", "2")
                .assertValue("programme", "2024-Q2", "acme.x", "3");
        assertThat(run.parts("site:S-A", "2024", "acme.x")).isEmpty();
        assertThat(run.value("site:S-A", "2024", "reach.organisations")).isEqualTo(Value.of(0));
        assertThatThrownBy(() -> run.assertValue("site:S-A", "2024", "acme.x", "6"))
                .isInstanceOf(AssertionError.class)
                .hasMessage("acme.x for site:S-A 2024: expected 6 but was 5");
        assertThatThrownBy(() -> run.assertUndefined("site:S-A", "2024", "acme.x", Reason.NO_DATA))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("expected undefined (NO_DATA) but was 5");
    }

    @Test
    @DisplayName("a share is asserted with the 6 digits the CSV writes: 200 / 3 is 66.666667")
    void shareDigits() {
        IndicatorDefinition share = IndicatorDefinition.builder("acme.x.share")
                .label("X", "X")
                .definition("Anteil von x.", "Share of x.")
                .unit("percent")
                .numberStyle(NumberStyle.DECIMAL)
                .build();
        // 200 / 3 with the plugin's own 10 digits, 66.6666666667: the host rounds it to 66.666667
        Indicator twoThirds =
                Indicator.of(share, (c, s, p) -> Result.of(Value.of(new java.math.BigDecimal("66.6666666667"))));
        PluginRun run = PluginTestKit.run(provider("acme", twoThirds), DATA).assertContract();
        run.assertValue("site:S-A", "2024", "acme.x.share", "66.666667");
        assertThat(run.value("site:S-A", "2024", "acme.x.share"))
                .isEqualTo(Value.of(new java.math.BigDecimal("66.666667")));
        // Value.share: 100 * 2 / 3 = 66.666…667 with 50 digits, rounded by the host the same way
        Indicator viaShare = Indicator.of(share, (c, s, p) -> Result.of(Value.share(2, 3)));
        PluginTestKit.run(provider("acme", viaShare), DATA)
                .assertContract()
                .assertValue("programme", "2024-Q1", "acme.x.share", "66.666667");
    }

    @Test
    @DisplayName("assertContract lists loading problems and FAILED values")
    void breaches() {
        PluginRun run = PluginTestKit.run(
                provider(
                        "acme",
                        SUM_X,
                        Indicator.of(def("rooms.mine"), (c, s, p) -> Result.of(Value.of(1))),
                        Indicator.of(def("acme.boom"), (c, s, p) -> {
                            throw new IllegalStateException("kaputt");
                        })),
                DATA);
        assertThat(run.failures())
                .isNotEmpty()
                .allSatisfy(f -> assertThat(f.indicatorId()).isEqualTo("acme.boom"));
        assertThatThrownBy(run::assertContract)
                .isInstanceOf(AssertionError.class)
                .hasMessageStartingWith("plugin 'acme' breaks the plugin contract:")
                .hasMessageContaining("loading: RESERVED_NAMESPACE: indicator 'rooms.mine'")
                .hasMessageContaining("FAILED: site:S-A 2024 acme.boom: acme: java.lang.IllegalStateException: kaputt");
    }

    @Test
    @DisplayName("assertContract catches a plugin that gives other values on a second run")
    void nondeterministic() {
        AtomicInteger calls = new AtomicInteger();
        PluginRun run = PluginTestKit.run(
                provider(
                        "acme",
                        Indicator.of(def("acme.calls"), (c, s, p) -> Result.of(Value.of(calls.incrementAndGet())))),
                DATA);
        assertThatThrownBy(run::assertContract)
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("not deterministic: acme.calls for site:S-A 2024 was 1 in the first run and");
    }

    @Test
    @DisplayName("assertContract catches a provider whose indicators could not be loaded")
    void nothingLoaded() {
        IndicatorProvider broken = provider("acme", Indicator.of(def("acme.x"), (c, s, p) -> Result.of(Value.of(1))));
        PluginRun run = PluginTestKit.run(
                new IndicatorProvider() {
                    @Override
                    public String id() {
                        return "Acme!";
                    }

                    @Override
                    public List<Indicator> indicators() {
                        return broken.indicators();
                    }
                },
                DATA);
        assertThatThrownBy(run::assertContract)
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("INVALID_PROVIDER_ID")
                .hasMessageContaining("contributes no indicator");
        assertThatThrownBy(() -> run.value("site:S-A", "2024", "acme.x"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("the catalogue has no such indicator");
    }
}
