package org.hor.indicators.diff;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.hor.indicators.Engine;
import org.hor.indicators.Evaluation;
import org.hor.indicators.output.KeyedValue;
import org.hor.indicators.output.KeyedValues;

/**
 * One side of a comparison ({@code OLD} or {@code NEW} of {@code hor diff}): the values of an
 * evaluation in output order and the {@code asOf} they were evaluated at, and, when the side is a
 * dataset, the engine that evaluated it (its dataset gives the records and their causes).
 *
 * <p>A dataset side is made with {@link #of(String, Engine, Evaluation)}; a side that has only
 * values, such as a release file, with {@link #ofValues(String, LocalDate, List)} or by implementing
 * this interface.
 */
public interface Side {

    /** {@return a name for messages and outputs, such as the file name} */
    String name();

    /** {@return the {@code asOf} the values were evaluated at: it decides which periods are complete} */
    LocalDate asOf();

    /** {@return every value, in evaluation output order (spec 02)} */
    List<KeyedValue> values();

    /**
     * {@return the engine the values were computed with, when the side is a dataset} Its dataset gives
     * the records that {@link RecordDiff} compares and {@link Causes} matches against the values; empty
     * for a side that has only values.
     */
    default Optional<Engine> engine() {
        return Optional.empty();
    }

    /**
     * {@return the evaluation the values are of, when the side has one} Two sides with evaluations are
     * compared row by row ({@link ValueDiff#compare(Evaluation, Evaluation, boolean)}), keying only the
     * rows that differ; {@link #values()} is then never called.
     */
    default Optional<Evaluation> evaluation() {
        return Optional.empty();
    }

    /**
     * Returns the side of a dataset: {@code evaluation}'s values (after disclosure control, if it was
     * applied; keyed only when asked for), {@code engine}'s dataset for the records.
     *
     * @param name       a name for outputs
     * @param engine     the engine that computed {@code evaluation}
     * @param evaluation the evaluation
     * @return the side
     * @throws NullPointerException if an argument is null
     */
    static Side of(String name, Engine engine, Evaluation evaluation) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(engine, "engine");
        Objects.requireNonNull(evaluation, "evaluation");
        LocalDate asOf = evaluation.asOf();
        return new Side() {
            private List<KeyedValue> values;

            @Override
            public String name() {
                return name;
            }

            @Override
            public LocalDate asOf() {
                return asOf;
            }

            @Override
            public synchronized List<KeyedValue> values() {
                if (values == null) {
                    values = KeyedValues.of(evaluation);
                }
                return values;
            }

            @Override
            public Optional<Engine> engine() {
                return Optional.of(engine);
            }

            @Override
            public Optional<Evaluation> evaluation() {
                return Optional.of(evaluation);
            }
        };
    }

    /**
     * Returns a side that has only values (such as a release file's): no records, so its differences
     * have no record changes and no causes.
     *
     * @param name   a name for outputs
     * @param asOf   the {@code asOf} the values were evaluated at
     * @param values the values, in output order
     * @return the side
     * @throws NullPointerException if an argument is null
     */
    static Side ofValues(String name, LocalDate asOf, List<KeyedValue> values) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(asOf, "asOf");
        List<KeyedValue> copy = List.copyOf(values);
        return new Side() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public LocalDate asOf() {
                return asOf;
            }

            @Override
            public List<KeyedValue> values() {
                return copy;
            }
        };
    }
}
