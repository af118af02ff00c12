package org.hor.indicators.files;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.hor.core.validation.Violation;

/**
 * The outcome of reading an indicator file: the checked file, or every problem found (never both).
 *
 * @param file the checked file, present exactly when there are no violations
 * @param violations the problems, with pointer, line, column, {@code HOR-5xx} code and value
 */
public record IndicatorFileResult(Optional<IndicatorFile> file, List<Violation> violations) {

    /**
     * Checks that exactly one of file and violations is given.
     *
     * @param file the checked file, present exactly when there are no violations
     * @param violations the problems, with pointer, line, column, {@code HOR-5xx} code and value
     */
    public IndicatorFileResult {
        Objects.requireNonNull(file, "file");
        violations = List.copyOf(violations);
        if (file.isPresent() != violations.isEmpty()) {
            throw new IllegalArgumentException("a file is present exactly when there are no violations");
        }
    }
}
