package org.hor.csv;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.hor.core.model.Dataset;
import org.hor.core.validation.Violation;

/**
 * The outcome of a CSV import: the dataset, or every problem found.
 *
 * @param dataset    the dataset, present exactly when there are no violations
 * @param violations every problem, ordered by file ({@code dataset.csv}, then the record files in
 *                   the order of spec 01, then unknown files), line, column and code (unmodifiable)
 * @param files      how each file present was read, in the same file order (unmodifiable)
 */
public record ImportResult(Optional<Dataset> dataset, List<CsvViolation> violations, List<ImportedFile> files) {

    /**
     * Checks and copies the components.
     *
     * @param dataset the dataset, present exactly when there are no violations
     * @param violations every problem found
     * @param files how each file present was read
     * @throws NullPointerException     if a component is null
     * @throws IllegalArgumentException if a dataset is given together with violations, or neither
     */
    public ImportResult {
        Objects.requireNonNull(dataset, "dataset");
        violations = List.copyOf(violations);
        files = List.copyOf(files);
        if (dataset.isPresent() == !violations.isEmpty()) {
            throw new IllegalArgumentException("an import result has a dataset exactly when it has no violations");
        }
    }

    /**
     * Returns whether the folder was imported without problems.
     *
     * @return whether {@link #dataset()} is present
     */
    public boolean isValid() {
        return dataset.isPresent();
    }

    /**
     * Returns the violations as the core type, in the same order (see {@link CsvViolation} for what
     * their pointer, line and column mean).
     *
     * @return the violations (unmodifiable)
     */
    public List<Violation> coreViolations() {
        return violations.stream().map(CsvViolation::violation).toList();
    }
}
