package org.hor.core.validation;

import jakarta.validation.ConstraintViolation;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.hor.core.model.Dataset;
import org.hor.core.validation.internal.Constraints;
import org.hor.core.validation.internal.Integrity;
import org.hor.core.validation.internal.Pointers;

/**
 * Validates a {@link Dataset} held in memory against spec 01: the field rules (the Jakarta
 * constraints on the records, run by Hibernate Validator without expression language) and the
 * integrity rules across records. Thread-safe and reusable.
 *
 * <p>Violations carry JSON pointers such as {@code /deliveries/17/amount} and no location (line and
 * column -1): a dataset in memory has no file. {@link org.hor.core.io.DatasetReader} runs the same
 * rules and adds locations.
 */
public final class DatasetValidator {

    private final KnownIndicators known;

    private DatasetValidator(KnownIndicators known) {
        this.known = known;
    }

    /**
     * Creates a validator that checks targets against the given indicator catalogue.
     *
     * @param known the indicator catalogue, e.g. {@link KnownIndicators#standard()}
     * @return the validator
     * @throws NullPointerException if {@code known} is null
     */
    public static DatasetValidator create(KnownIndicators known) {
        return new DatasetValidator(Objects.requireNonNull(known, "known"));
    }

    /**
     * Returns every violation of the dataset, ordered by pointer (top-level fields in spec order,
     * array indices numerically), then code; empty when the dataset is valid.
     *
     * @param dataset the dataset
     * @return the violations (unmodifiable)
     * @throws NullPointerException if {@code dataset} is null
     */
    public List<Violation> validate(Dataset dataset) {
        Objects.requireNonNull(dataset, "dataset");
        List<Violation> all = new ArrayList<>();
        for (ConstraintViolation<Dataset> cv : Constraints.validator().validate(dataset)) {
            all.add(Constraints.toViolation(cv, Constraints.pointer(cv.getPropertyPath()), -1, -1));
        }
        boolean badVersion = all.stream().anyMatch(v -> v.rule() == RuleCode.FORMAT_VERSION);
        if (badVersion) {
            return all.stream().filter(v -> v.rule() == RuleCode.FORMAT_VERSION).toList();
        }
        all.addAll(Integrity.check(dataset, known));
        all.sort(Pointers.BY_POINTER);
        return List.copyOf(all);
    }
}
