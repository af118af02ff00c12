package org.hor.indicators;

import java.util.List;
import org.hor.core.spi.Indicator;
import org.hor.core.spi.IndicatorDefinition;
import org.hor.core.spi.IndicatorProvider;
import org.hor.core.spi.Result;
import org.hor.core.spi.Value;

/** Providers that {@link PluginLoadingTest} lists in a services file of its own. */
final class ServiceLoadedPlugins {

    private ServiceLoadedPlugins() {}

    /** A good provider: {@code good.one} is always 1. */
    public static final class Good implements IndicatorProvider {
        /** For the service loader. */
        public Good() {}

        @Override
        public String id() {
            return "good";
        }

        @Override
        public List<Indicator> indicators() {
            return List.of(Indicator.of(
                    IndicatorDefinition.builder("good.one")
                            .label("Eins", "One")
                            .definition("Immer eins.", "Always one.")
                            .unit("things")
                            .build(),
                    (c, s, p) -> Result.of(Value.of(1))));
        }
    }

    /** A provider whose constructor throws: the service loader reports a ServiceConfigurationError. */
    public static final class Exploding implements IndicatorProvider {
        /** Always throws. */
        public Exploding() {
            throw new IllegalStateException("no config file");
        }

        @Override
        public String id() {
            return "exploding";
        }

        @Override
        public List<Indicator> indicators() {
            return List.of();
        }
    }
}
