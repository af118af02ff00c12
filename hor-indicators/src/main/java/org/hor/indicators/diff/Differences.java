package org.hor.indicators.diff;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The differences between two sides (spec 06 "Differences", {@code hor diff OLD NEW}): the values
 * that changed, appeared or disappeared, each with its causes, and, when both sides are datasets, the
 * record changes.
 *
 * <pre>{@code
 * Engine a = Engine.create(oldDataset);
 * Engine b = Engine.create(newDataset);
 * Differences d = Differences.compare(Side.of("old.json", a, a.evaluate(options)),
 *         Side.of("new.json", b, b.evaluate(options)), false);
 * d.values().forEach(v -> System.out.println(v.key() + " " + v.causes()));
 * }</pre>
 *
 * <p>Cost: the two evaluations (made by the caller), one hash join of their values, one pass over the
 * records of both datasets ({@link RecordDiff}), and for the changed values alone their causes
 * ({@link Causes}); nothing is evaluated again.
 *
 * @param oldName the old side's name
 * @param oldAsOf the old side's {@code asOf}
 * @param newName the new side's name
 * @param newAsOf the new side's {@code asOf}
 * @param partial whether keys of periods that are not complete on both sides were kept
 * @param values  the differing values with their causes, in evaluation output order
 * @param records the record changes, or {@code null} when a side is no dataset
 */
public record Differences(
        String oldName,
        LocalDate oldAsOf,
        String newName,
        LocalDate newAsOf,
        boolean partial,
        List<ValueChange> values,
        @Nullable RecordDiff records) {

    /**
     * Checks and copies the components. @throws NullPointerException if a component but records is null
     *
     * @param newAsOf the new side's {@code asOf}
     * @param newName the new side's name
     * @param oldAsOf the old side's {@code asOf}
     * @param oldName the old side's name
     * @param partial whether keys of periods that are not complete on both sides were kept
     * @param records the record changes, or {@code null} when a side is no dataset
     * @param values the values
     */
    public Differences {
        Objects.requireNonNull(oldName, "oldName");
        Objects.requireNonNull(oldAsOf, "oldAsOf");
        Objects.requireNonNull(newName, "newName");
        Objects.requireNonNull(newAsOf, "newAsOf");
        values = List.copyOf(values);
    }

    /**
     * Compares two sides: their values, and when both are datasets their records and the causes of each
     * value change.
     *
     * @param oldSide the old side
     * @param newSide the new side
     * @param partial whether keys of periods that are not complete on both sides are kept
     * @return the differences
     * @throws NullPointerException if a side is null
     */
    public static Differences compare(Side oldSide, Side newSide, boolean partial) {
        List<ValueChange> values = ValueDiff.compare(oldSide, newSide, partial);
        RecordDiff records = null;
        if (oldSide.engine().isPresent() && newSide.engine().isPresent()) {
            records = RecordDiff.of(
                    oldSide.engine().get().dataset(), newSide.engine().get().dataset());
            if (!values.isEmpty()) {
                values = Causes.of(oldSide, newSide, records).attach(values);
            }
        }
        return new Differences(
                oldSide.name(), oldSide.asOf(), newSide.name(), newSide.asOf(), partial, values, records);
    }

    /** {@return the record changes, when both sides are datasets} */
    public Optional<RecordDiff> recordsIfAny() {
        return Optional.ofNullable(records);
    }

    /** {@return whether some value differs: {@code hor diff}'s exit code 1} */
    public boolean valuesDiffer() {
        return !values.isEmpty();
    }

    /**
     * {@return how many values differ in the way {@code kind}}
     *
     * @param kind how the values differ
     */
    public long count(ValueChange.Kind kind) {
        return values.stream().filter(v -> v.kind() == kind).count();
    }
}
