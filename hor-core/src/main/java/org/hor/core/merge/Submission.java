package org.hor.core.merge;

import java.util.Objects;
import org.hor.core.model.Dataset;

/**
 * One dataset to merge and where it came from.
 *
 * @param source  how messages name it, such as the file name {@code house-a.xlsx}
 * @param dataset the dataset
 */
public record Submission(String source, Dataset dataset) {

    /**
     * Checks the components.
     *
     * @param source how messages name it, such as the file name {@code house-a.xlsx}
     * @param dataset the dataset
     * @throws NullPointerException if a component is null
     */
    public Submission {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(dataset, "dataset");
    }
}
