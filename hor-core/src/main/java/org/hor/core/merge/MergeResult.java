package org.hor.core.merge;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.hor.core.model.Dataset;
import org.hor.core.validation.Violation;
import org.jspecify.annotations.Nullable;

/**
 * The outcome of a merge.
 *
 * @param dataset    the merged dataset, present exactly when there is no error (no conflict, no
 *                   violation, and no probable duplicate when strict)
 * @param conflicts  records with the same id (or key) and different content (unmodifiable)
 * @param duplicates probable duplicate organisations (unmodifiable)
 * @param violations the merged dataset's violations, each with the source of the record it points
 *                   at (unmodifiable)
 * @param strict     whether probable duplicates are errors
 */
public record MergeResult(
        Optional<Dataset> dataset,
        List<MergeIssue> conflicts,
        List<MergeIssue> duplicates,
        List<Located> violations,
        boolean strict) {

    /**
     * A violation of the merged dataset and the source of the record it concerns.
     *
     * @param source    the source, or {@code null} for the top-level fields (the base's)
     * @param violation the violation (its pointer is into the merged dataset)
     */
    public record Located(@Nullable String source, Violation violation) {}

    /**
     * Checks and copies the components.
     *
     * @param dataset the merged dataset, when the merge succeeded
     * @param conflicts records that differ between submissions under one id
     * @param duplicates records submitted more than once, identically
     * @param violations problems of the merged dataset
     * @param strict whether duplicates were treated as conflicts
     * @throws NullPointerException if a component is null
     */
    public MergeResult {
        Objects.requireNonNull(dataset, "dataset");
        conflicts = List.copyOf(conflicts);
        duplicates = List.copyOf(duplicates);
        violations = List.copyOf(violations);
    }

    /**
     * Returns whether the merge succeeded.
     *
     * @return whether {@link #dataset()} is present
     */
    public boolean isValid() {
        return dataset.isPresent();
    }
}
