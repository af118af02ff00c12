package org.hor.cli;

import java.util.List;
import org.hor.core.spi.Indicator;
import org.hor.core.spi.IndicatorDefinition;
import org.hor.core.spi.IndicatorProvider;

/** A plugin whose one indicator always throws; loaded only through {@code --plugins} in a test. */
public final class FailingPlugin implements IndicatorProvider {

    static final IndicatorDefinition BROKEN = IndicatorDefinition.builder("acme.broken")
            .label("Kaputt", "Broken")
            .definition("Wirft immer.", "Always throws.")
            .unit("things")
            .build();

    @Override
    public String id() {
        return "acme";
    }

    @Override
    public List<Indicator> indicators() {
        return List.of(Indicator.of(BROKEN, (ctx, scope, period) -> {
            throw new IllegalStateException("the acme database is down");
        }));
    }
}
