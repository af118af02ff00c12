package org.hor.indicators.evaluation;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.hor.core.model.Period;
import org.jspecify.annotations.Nullable;

/**
 * A sign of a data problem in one site's quarter (spec 03 §8).
 *
 * @param kind    what was found
 * @param siteId  the site
 * @param quarter the quarter
 * @param numbers the numbers ({@link Evidence.Quantity} and {@link Evidence.Threshold}): the
 *                deliveries of the quarter (and of the previous quarter for a jump), the active days
 *                for a silent quarter, the deliveries on the top day and their share for bulk
 *                dating, and the threshold
 * @param day     for bulk dating, the day that holds the most deliveries (the earliest of equals); else
 *            {@code null}
 */
public record DataQualityFinding(
        Kind kind,
        String siteId,
        Period quarter,
        List<Evidence> numbers,
        @Nullable LocalDate day) {

    /** The kinds of finding, in the order they are listed within a quarter. */
    public enum Kind {
        /** No delivery although the site was active on all the quarter's days. */
        SILENT_QUARTER,
        /** {@code deliveries.count} changed by more than 50 % of the previous quarter's count. */
        JUMP,
        /** ≥ 20 deliveries, and one day holds more than 30 % of them. */
        BULK_DATING
    }

    /**
     * Copies {@code numbers}.
     *
     * @param kind what was found
     * @param siteId the site
     * @param quarter the quarter
     * @param numbers the numbers ({@link Evidence.Quantity} and {@link Evidence.Threshold}): the deliveries
     *                of the quarter (and of the previous quarter for a jump), the active days for a silent
     *                quarter, the deliveries on the top day and their share for bulk dating, and the
     *                threshold
     * @param day for bulk dating, the day that holds the most deliveries (the earliest of equals); else
     *            {@code null}
     */
    public DataQualityFinding {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(siteId, "siteId");
        Objects.requireNonNull(quarter, "quarter");
        numbers = List.copyOf(numbers);
    }

    /** {@return the bulk day, when there is one} */
    public Optional<LocalDate> dayIfAny() {
        return Optional.ofNullable(day);
    }
}
