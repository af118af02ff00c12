package org.hor.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.hor.core.io.DatasetReader;
import org.hor.core.model.PeriodType;
import org.hor.core.spi.IndicatorDefinition;
import org.hor.core.validation.KnownIndicators;
import org.hor.indicators.Catalogue;

/** Loads the indicator catalogue and wires it into the dataset reader, so targets are checked against it. */
final class Catalogues {
    private Catalogues() {
    }

    /** Returns the catalogue: the standard indicators and every plugin on the class path. */
    static Catalogue load() {
        return Catalogue.load();
    }

    /** Returns a reader that checks targets against {@code catalogue}. */
    static DatasetReader.Builder readerBuilder(Catalogue catalogue) {
        return DatasetReader.builder().knownIndicators(knownIndicators(catalogue));
    }

    /** Returns the ids and period types of {@code catalogue}'s indicators, for checking targets. */
    static KnownIndicators knownIndicators(Catalogue catalogue) {
        Map<String, Set<PeriodType>> known = new LinkedHashMap<>();
        for (IndicatorDefinition d : catalogue.definitions()) {
            known.put(d.id(), d.periodTypes());
        }
        return KnownIndicators.of(known);
    }
}
