package org.hor.bench;

import org.hor.indicators.standard.StandardCatalogue;

/**
 * The standard catalogue cut down to the indicators of the race (the delivery-based ones), still the
 * standard provider, so that the engine runs them exactly as in the full catalogue.
 */
final class RaceCatalogue {
    private RaceCatalogue() {}

    static StandardCatalogue create() {
        return StandardCatalogue.only(Bench.race());
    }
}
