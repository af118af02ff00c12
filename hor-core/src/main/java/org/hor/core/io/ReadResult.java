package org.hor.core.io;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.hor.core.model.Dataset;
import org.hor.core.validation.Violation;

/**
 * The result of reading a dataset: the dataset when it is valid, else every violation found.
 *
 * @param dataset             the dataset, present exactly when {@code violations} is empty
 * @param violations          the violations, in file order (unmodifiable)
 * @param ignoredUnknownFields how many unknown fields a lenient reader ignored (0 when strict)
 */
public record ReadResult(Optional<Dataset> dataset, List<Violation> violations, int ignoredUnknownFields) {

    /**
     * Checks the invariant.
     *
     * @param dataset the dataset, present exactly when {@code violations} is empty
     * @param violations the violations, in file order (unmodifiable)
     * @param ignoredUnknownFields how many unknown fields a lenient reader ignored (0 when strict)
     * @throws IllegalArgumentException if a dataset is present together with violations, or neither is
     */
    public ReadResult {
        Objects.requireNonNull(dataset, "dataset");
        violations = List.copyOf(violations);
        if (dataset.isPresent() != violations.isEmpty()) {
            throw new IllegalArgumentException("a dataset is present exactly when there are no violations");
        }
    }

    /** {@return whether the document was a valid dataset (no violations)} */
    public boolean isValid() {
        return violations.isEmpty();
    }
}
