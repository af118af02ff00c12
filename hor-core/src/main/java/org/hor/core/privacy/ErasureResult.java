package org.hor.core.privacy;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.hor.core.model.Dataset;

/**
 * What {@link Erasure} gives: the dataset without the erased records and how many records each
 * array lost.
 *
 * @param dataset the remaining dataset
 * @param removed per array of the format (such as {@code deliveries}), how many records were removed,
 *                for every array that can lose records, in the order of the format, zeros included (unmodifiable)
 */
public record ErasureResult(Dataset dataset, Map<String, Integer> removed) {

    /**
     * Checks and copies the components.
     *
     * @param dataset the remaining dataset
     * @param removed per array of the format (such as {@code deliveries}), how many records were removed, for
     *                every array that can lose records, in the order of the format, zeros included
     *                (unmodifiable)
     * @throws NullPointerException if a component is null
     */
    public ErasureResult {
        Objects.requireNonNull(dataset, "dataset");
        removed = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(removed, "removed")));
    }

    /** {@return how many records were removed in all} */
    public int total() {
        return removed.values().stream().mapToInt(Integer::intValue).sum();
    }
}
