package org.hor.core.privacy;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What {@link Pseudonymiser#apply} gives: the pseudonymised dataset and what was taken out.
 *
 * @param dataset           the pseudonymised dataset
 * @param organisations     how many organisations got a pseudonym
 * @param droppedAttributes how many attribute values were dropped (not named to be kept)
 * @param removed           per field (such as {@code outcomes.note}, {@code organisations.attributes.field}),
 *                          how many texts were replaced by {@link Pseudonymiser#REMOVED}; only fields with at
 *                          least one, in the order of the format (unmodifiable)
 */
public record PseudonymisationResult(
        org.hor.core.model.Dataset dataset, int organisations, int droppedAttributes, Map<String, Integer> removed) {

    /**
     * Checks and copies the components.
     *
     * @param dataset the pseudonymised dataset
     * @param organisations how many organisations got a pseudonym
     * @param droppedAttributes how many attribute values were dropped (not named to be kept)
     * @param removed per field (such as {@code outcomes.note}, {@code organisations.attributes.field}), how
     *                many texts were replaced by {@link Pseudonymiser#REMOVED}; only fields with at least
     *                one, in the order of the format (unmodifiable)
     * @throws NullPointerException if {@code dataset} or {@code removed} is null
     */
    public PseudonymisationResult {
        Objects.requireNonNull(dataset, "dataset");
        removed = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(removed, "removed")));
    }
}
