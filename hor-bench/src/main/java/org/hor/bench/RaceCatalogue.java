package org.hor.bench;

import java.util.List;
import org.hor.core.spi.Indicator;
import org.hor.core.spi.IndicatorProvider;
import org.hor.indicators.standard.StandardCatalogue;

/**
 * The standard catalogue cut down to the indicators of the race (the delivery-based ones), under
 * the standard catalogue's id so that the engine runs them exactly as in the full catalogue.
 */
final class RaceCatalogue implements IndicatorProvider {
    private final StandardCatalogue standard = new StandardCatalogue();

    @Override
    public String id() {
        return StandardCatalogue.ID;
    }

    @Override
    public String version() {
        return standard.version();
    }

    @Override
    public List<Indicator> indicators() {
        return standard.indicators().stream().filter(i -> Bench.race().contains(i.definition().id())).toList();
    }
}
