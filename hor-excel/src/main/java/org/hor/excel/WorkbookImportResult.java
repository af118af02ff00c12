package org.hor.excel;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.hor.core.model.Dataset;

/**
 * The outcome of a workbook import: the dataset, or every problem found.
 *
 * @param dataset    the dataset, present exactly when there are no violations
 * @param violations every problem, ordered by sheet ({@code dataset}, then the tables in the order
 *                   of spec 01, then unknown sheets), row, column and code (unmodifiable)
 * @param empty      whether the workbook's tables hold no record at all (a template whose example
 *                   rows were deleted): the dataset is then missing its sites and the violations say so
 */
public record WorkbookImportResult(Optional<Dataset> dataset, List<SheetViolation> violations, boolean empty) {

    /**
     * Checks and copies the components.
     *
     * @param dataset the dataset, present exactly when there are no violations
     * @param violations every problem found
     * @param empty whether the workbook's tables hold no record at all
     * @throws NullPointerException     if a component is null
     * @throws IllegalArgumentException if a dataset is given together with violations, or neither
     */
    public WorkbookImportResult {
        Objects.requireNonNull(dataset, "dataset");
        violations = List.copyOf(violations);
        if (dataset.isPresent() == !violations.isEmpty()) {
            throw new IllegalArgumentException("an import result has a dataset exactly when it has no violations");
        }
    }

    /**
     * Returns whether the workbook was imported without problems.
     *
     * @return whether {@link #dataset()} is present
     */
    public boolean isValid() {
        return dataset.isPresent();
    }
}
