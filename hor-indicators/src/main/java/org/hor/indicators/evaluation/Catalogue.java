package org.hor.indicators.evaluation;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Catalogue order of indicator ids: the source's order, unknown ids after them by id. */
final class Catalogue {

    private Catalogue() {}

    static Comparator<String> order(IndicatorSource source) {
        List<String> ids = source.indicatorIds();
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            index.putIfAbsent(ids.get(i), i);
        }
        return Comparator.<String>comparingInt(id -> index.getOrDefault(id, Integer.MAX_VALUE))
                .thenComparing(Comparator.naturalOrder());
    }
}
