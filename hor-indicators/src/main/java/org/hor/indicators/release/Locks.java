package org.hor.indicators.release;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.hor.core.model.Dataset;
import org.hor.core.validation.RuleCode;
import org.hor.core.validation.Violation;
import org.hor.indicators.output.KeyedValue;
import org.hor.indicators.output.ValueKey;

/**
 * Locks (spec 06): checks that a dataset leaves a release's figures as they were. Each released key
 * of a period complete at the release's {@code asOf} must exist in the new evaluation (made with the
 * release's options, {@link Releases#values}) with the same value and reason; values of periods
 * still running at the release's {@code asOf} may change. A dataset older than the release, or of
 * another programme, is refused as a whole.
 *
 * <pre>{@code
 * List<Violation> v = Locks.check(release, dataset, Releases.values(engine, release.options()), Locks.Causes.NONE);
 * }</pre>
 */
public final class Locks {

    private Locks() {}

    /**
     * Names the records that cause a change of a released value. With the release's own dataset at
     * hand ({@code --against-dataset}) a caller passes the record comparison of spec 06 "Causes"
     * here; {@link #NONE} names none.
     */
    @FunctionalInterface
    public interface Causes {
        /** Names no cause. */
        Causes NONE = key -> List.of();

        /**
         * {@return the causes of the change of {@code key}, each as {@code array/id}, in spec 06's order}
         *
         * @param key the key of the changed value
         */
        List<String> of(ValueKey key);
    }

    /**
     * Returns the released values of periods complete at the release's {@code asOf} that the new
     * values change or lack, in the release's order.
     *
     * @param release the release
     * @param current the new evaluation's values (made with the release's options)
     * @return the changes (empty when every locked value is unchanged)
     */
    public static List<ReleasedChange> changes(Release release, List<KeyedValue> current) {
        Map<ValueKey, KeyedValue> now = new HashMap<>(current.size() * 2);
        for (KeyedValue v : current) {
            now.put(v.key(), v);
        }
        List<ReleasedChange> out = new ArrayList<>();
        List<KeyedValue> values = release.values();
        for (int i = 0; i < values.size(); i++) {
            KeyedValue r = values.get(i);
            if (!Releases.complete(r.key(), release.asOf())) {
                continue;
            }
            KeyedValue n = now.get(r.key());
            if (n == null || !r.sameAs(n)) {
                out.add(new ReleasedChange(i, r, n));
            }
        }
        return out;
    }

    /**
     * Checks a dataset and its values against a release: {@code HOR-614} when the programme differs,
     * {@code HOR-612} when the dataset is older than the release (both naming the dates), else one
     * {@code HOR-610} (changed) or {@code HOR-611} (missing) per released value that changed, at the
     * value's JSON pointer in the release file.
     *
     * @param release     the release
     * @param releaseName how to name the release in messages (its file, or its name)
     * @param dataset     the new dataset
     * @param current     the dataset's values evaluated with the release's options
     * @param causes      the causes of a change, or {@link Causes#NONE}
     * @return the violations, empty when the lock holds
     */
    public static List<Violation> check(
            Release release, String releaseName, Dataset dataset, List<KeyedValue> current, Causes causes) {
        Objects.requireNonNull(causes, "causes");
        List<Violation> refused = refused(release, releaseName, dataset);
        if (!refused.isEmpty()) {
            return refused;
        }
        List<Violation> out = new ArrayList<>();
        for (ReleasedChange c : changes(release, current)) {
            out.add(violation(c, causes.of(c.key())));
        }
        return out;
    }

    /**
     * {@return why a dataset cannot be compared with a release at all: {@code HOR-614} when its
     * programme is another, {@code HOR-612} when it is older than the release; else nothing}
     *
     * @param release     the release
     * @param releaseName how to name it in the message
     * @param dataset     the dataset
     */
    public static List<Violation> refused(Release release, String releaseName, Dataset dataset) {
        String programmeId =
                dataset.programme() == null ? "" : dataset.programme().id();
        if (!programmeId.equals(release.programmeId())) {
            return List.of(Violation.of(
                    "/programmeId",
                    -1,
                    -1,
                    RuleCode.LOCK_PROGRAMME,
                    programmeId,
                    programmeId,
                    releaseName,
                    release.programmeId()));
        }
        return older(release, releaseName, dataset);
    }

    /**
     * {@return {@code HOR-612} naming both dates when the dataset's {@code asOf} is earlier than the
     * release's, else nothing}
     *
     * @param release     the release
     * @param releaseName how to name it in the message
     * @param dataset     the dataset
     */
    public static List<Violation> older(Release release, String releaseName, Dataset dataset) {
        if (dataset.asOf() != null && dataset.asOf().isBefore(release.asOf())) {
            return List.of(Violation.of(
                    "/asOf",
                    -1,
                    -1,
                    RuleCode.LOCK_OLDER,
                    dataset.asOf().toString(),
                    dataset.asOf().toString(),
                    releaseName,
                    release.asOf().toString()));
        }
        return List.of();
    }

    /**
     * {@return the violation of a changed released value: key, old → new, and the causes when named}
     *
     * @param change the change
     * @param causes its causes, possibly empty
     */
    public static Violation violation(ReleasedChange change, List<String> causes) {
        String key = ReleasedChange.describe(change.key());
        String old = ReleasedChange.describe(change.released());
        if (change.current() == null) {
            return Violation.of(change.pointer(), -1, -1, RuleCode.LOCK_MISSING, null, key, old);
        }
        String now = ReleasedChange.describe(change.current());
        if (causes.isEmpty()) {
            return Violation.of(change.pointer(), -1, -1, RuleCode.LOCK_CHANGED, null, key, old, now);
        }
        return new Violation(
                change.pointer(),
                -1,
                -1,
                RuleCode.LOCK_CHANGED.code(),
                null,
                RuleCode.LOCK_CHANGED.messageKey("causes"),
                List.of(key, old, now, String.join(", ", causes)));
    }
}
