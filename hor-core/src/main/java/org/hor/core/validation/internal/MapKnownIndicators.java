package org.hor.core.validation.internal;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.hor.core.model.PeriodType;
import org.hor.core.validation.KnownIndicators;

/** {@link KnownIndicators} over an immutable copy of a map. */
public final class MapKnownIndicators implements KnownIndicators {

    private final Map<String, Set<PeriodType>> types;

    /**
     * Copies the map.
     *
     * @param types id to period types
     */
    public MapKnownIndicators(Map<String, Set<PeriodType>> types) {
        Map<String, Set<PeriodType>> copy = new LinkedHashMap<>();
        types.forEach((id, set) -> copy.put(
                Objects.requireNonNull(id, "id"),
                Collections.unmodifiableSet(set.isEmpty() ? EnumSet.noneOf(PeriodType.class) : EnumSet.copyOf(set))));
        this.types = Collections.unmodifiableMap(copy);
    }

    @Override
    public boolean knows(String id) {
        return types.containsKey(id);
    }

    @Override
    public Set<PeriodType> periodTypes(String id) {
        return types.getOrDefault(id, Set.of());
    }

    @Override
    public Collection<String> ids() {
        return List.copyOf(types.keySet());
    }

    @Override
    public String toString() {
        return "KnownIndicators" + types.keySet();
    }
}
