package org.hor.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hor.core.model.Dataset;
import org.hor.core.validation.RuleCode;
import org.hor.core.validation.Violation;
import org.hor.indicators.Catalogue;
import org.hor.indicators.Engine;
import org.hor.indicators.diff.Cause;
import org.hor.indicators.diff.Causes;
import org.hor.indicators.diff.RecordDiff;
import org.hor.indicators.diff.ValueChange;
import org.hor.indicators.output.KeyedValue;
import org.hor.indicators.output.KeyedValues;
import org.hor.indicators.output.ValueKey;
import org.hor.indicators.release.Locks;
import org.hor.indicators.release.Release;
import org.hor.indicators.release.Releases;
import picocli.CommandLine.Option;

/**
 * Locks (spec 06): {@code --against RELEASE} and {@code --against-dataset OLD} on validate, evaluate
 * and report. Any violation ends the command with 65 before an output file is written.
 */
final class LockOptions {

    @Option(
            names = "--against",
            paramLabel = "RELEASE",
            description =
                    "Check that every released value of a period complete at the release's asOf is unchanged (exit 65 and no output otherwise).")
    Path against;

    @Option(
            names = "--against-dataset",
            paramLabel = "OLD",
            description =
                    "The release's own dataset (its SHA-256 must match the release's), to name the records that cause each change.")
    Path againstDataset;

    /** The engine, options and values of the last {@link #values} evaluation. */
    private Engine checkedEngine;

    private Release.Options checkedOptions;
    private List<KeyedValue> checkedValues;

    /** Returns {@code inputs} with the files of these options added (an output must not overwrite them). */
    List<Path> inputs(List<Path> inputs) {
        List<Path> all = new ArrayList<>(inputs);
        if (against != null) {
            all.add(against);
        }
        if (againstDataset != null) {
            all.add(againstDataset);
        }
        return all;
    }

    /**
     * Checks the dataset against the release, when {@code --against} is given: prints each violation
     * ({@code pointer CODE message [value]}, the pointer into the release file) to {@code out}.
     *
     * @return the release, or {@code null} without {@code --against}
     * @throws CliException 64 for {@code --against-dataset} without {@code --against}; 65 when the lock
     *                      is broken, the dataset is older than the release, or the old dataset is not the
     *                      release's; 66 when a file cannot be read
     */
    Release enforce(
            DatasetOptions input,
            Dataset dataset,
            Catalogue catalogue,
            Engine engine,
            Messages messages,
            PrintWriter out) {
        if (against == null) {
            if (againstDataset != null) {
                throw new CliException(ExitCodes.USAGE, messages.get("lock.datasetWithoutRelease"));
            }
            return null;
        }
        Release release = ReleaseFiles.read(against, catalogue, messages, out).release();
        List<KeyedValue> current = values(engine, release.options());
        Locks.Causes causes = Locks.Causes.NONE;
        if (againstDataset != null) {
            DatasetOptions old = new DatasetOptions();
            old.file = againstDataset;
            old.lenient = input.lenient;
            old.maxSizeMb = input.maxSizeMb;
            Dataset oldDataset = old.load(catalogue, messages, out);
            String sha = Releases.sha256(oldDataset);
            if (!sha.equals(release.datasetSha256())) {
                out.println(Violation.of(
                                "/dataset/sha256",
                                -1,
                                -1,
                                RuleCode.LOCK_DATASET,
                                null,
                                againstDataset.toString(),
                                sha,
                                release.datasetSha256())
                        .format(messages.locale()));
                throw new CliException(ExitCodes.DATA, messages.get("lock.wrongDataset", againstDataset, against));
            }
            causes = causes(oldDataset, catalogue, engine, release, current);
        }
        List<Violation> violations = Locks.check(release, against.toString(), dataset, current, causes);
        if (!violations.isEmpty()) {
            for (Violation v : violations) {
                out.println(v.format(messages.locale()));
            }
            boolean refused = violations.get(0).rule() == RuleCode.LOCK_OLDER
                    || violations.get(0).rule() == RuleCode.LOCK_PROGRAMME;
            throw new CliException(
                    ExitCodes.DATA,
                    refused
                            ? messages.get("lock.refused", against)
                            : messages.get("lock.violated", against, violations.size()));
        }
        return release;
    }

    /**
     * Returns the values of {@code engine}'s dataset evaluated with a release's options: those the last
     * {@link #enforce} checked when it used the same engine and options (so {@code report --since R
     * --against R} evaluates once), else a new evaluation.
     */
    List<KeyedValue> values(Engine engine, Release.Options options) {
        if (engine != checkedEngine || !options.equals(checkedOptions)) {
            checkedValues = KeyedValues.of(Releases.evaluate(engine, options));
            checkedEngine = engine;
            checkedOptions = options;
        }
        return checkedValues;
    }

    /**
     * The causes of changed released values (spec 06 "Locks"): the records of the release's dataset and
     * the new one that each changed value reads, found as {@code hor diff} finds them. Causes read
     * records, not values, so the release's dataset is not evaluated at all; each changed key's causes
     * are looked up only when the lock names it.
     *
     * @param current the new dataset's values with the release's options (those the lock checks)
     */
    static Locks.Causes causes(
            Dataset old, Catalogue catalogue, Engine now, Release release, List<KeyedValue> current) {
        Engine before = Engine.create(old, catalogue);
        Causes finder = Causes.of(before, now, RecordDiff.of(old, now.dataset()));
        Map<ValueKey, KeyedValue> released = new HashMap<>();
        release.values().forEach(v -> released.put(v.key(), v));
        Map<ValueKey, KeyedValue> values = new HashMap<>();
        current.forEach(v -> values.put(v.key(), v));
        return key -> {
            KeyedValue was = released.get(key);
            KeyedValue is = values.get(key);
            if (was == null) {
                return List.of();
            }
            ValueChange change = new ValueChange(
                    key, is == null ? ValueChange.Kind.DISAPPEARED : ValueChange.Kind.CHANGED, was, is, List.of());
            return finder.of(change).stream().map(Cause::toString).toList();
        };
    }
}
