package org.hor.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import org.hor.core.model.Dataset;
import org.hor.indicators.Catalogue;
import org.hor.indicators.Engine;
import org.hor.indicators.Evaluation;
import org.hor.indicators.EvaluationOptions;
import org.hor.indicators.diff.Differences;
import org.hor.indicators.diff.DifferencesWriter;
import org.hor.indicators.diff.Side;
import org.hor.indicators.release.Release;
import org.hor.indicators.release.Releases;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code hor diff OLD NEW}: the values that changed, appeared or disappeared between two datasets, with
 * the records that caused each change, and the record changes (spec 06 "Differences"). Exit 0 when no
 * value differs, 1 when some does; 64, 65, 66 as the other commands.
 */
@Command(
        name = "diff",
        mixinStandardHelpOptions = true,
        description =
                "Compare two datasets or releases: changed, appearing and disappearing values with the records that caused them (spec 06; a release side has values only, and the other side is evaluated with its options). Exit 0: no value differs, 1: some do.")
final class DiffCommand implements Callable<Integer> {

    /** The output formats. */
    enum Format {
        text,
        csv,
        json
    }

    /** How a release file is told from a dataset (spec 06): its top-level {@code "kind"}. */
    private static final Pattern RELEASE = Pattern.compile("\"kind\"\\s*:\\s*\"hor-release\"");

    @Parameters(
            index = "0",
            paramLabel = "OLD",
            description = "The old dataset (JSON, format version 1) or a release file (hor release).")
    Path oldFile;

    @Parameters(index = "1", paramLabel = "NEW", description = "The new dataset or a release file.")
    Path newFile;

    @Option(names = "--lenient", description = "Ignore unknown fields (and say how many) instead of rejecting them.")
    boolean lenient;

    @Option(
            names = "--max-size",
            paramLabel = "MB",
            description = "Largest dataset file to read, in MiB (default: ${DEFAULT-VALUE}).",
            defaultValue = DatasetOptions.DEFAULT_MAX_SIZE_MB)
    long maxSizeMb;

    @Mixin
    SelectionOptions selection;

    @Mixin
    PluginOptions plugins;

    @Mixin
    DisclosureOptions disclosure;

    @Option(names = "--format", paramLabel = "FORMAT", description = "text (default), csv or json.")
    Format format = Format.text;

    @Option(
            names = "--partial",
            description =
                    "Keep the values of periods that are not complete on both sides (left out by default: a running quarter changes every day).")
    boolean partial;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "FILE",
            description = "Output file (default: standard output).")
    Path output;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Messages messages = HorCommand.messages();
        CommandLine cl = spec.commandLine();
        List<Path> inputs = new ArrayList<>(OutputGuard.inputs(oldFile));
        inputs.add(newFile);
        OutputGuard.refuse(output, messages, inputs);
        EvaluationOptions options = selection.options(cl, messages);
        Catalogue catalogue = Catalogues.load(cl.getErr());
        PrintWriter err = cl.getErr();
        Release oldRelease = isRelease(oldFile)
                ? ReleaseFiles.read(oldFile, catalogue, messages, err).release()
                : null;
        Release newRelease = isRelease(newFile)
                ? ReleaseFiles.read(newFile, catalogue, messages, err).release()
                : null;
        // spec 06: with a release on either side, both sides are evaluated with the release's options
        Release.Options releaseOptions =
                oldRelease != null ? oldRelease.options() : newRelease != null ? newRelease.options() : null;
        Evaluated a = side(oldFile, oldRelease, releaseOptions, catalogue, options, messages);
        Evaluated b = side(newFile, newRelease, releaseOptions, catalogue, options, messages);
        Differences differences = Differences.compare(a.side(), b.side(), partial);
        DifferencesWriter writer = new DifferencesWriter(
                switch (format) {
                    case text -> DifferencesWriter.Format.TEXT;
                    case csv -> DifferencesWriter.Format.CSV;
                    case json -> DifferencesWriter.Format.JSON;
                });
        AtomicOutput.write(output, out -> writer.write(differences, out), messages);
        int pluginExit = Math.max(
                a.evaluation() == null ? ExitCodes.OK : plugins.exitCode(catalogue, a.evaluation(), err),
                b.evaluation() == null ? ExitCodes.OK : plugins.exitCode(catalogue, b.evaluation(), err));
        if (pluginExit != ExitCodes.OK) {
            return pluginExit;
        }
        return differences.valuesDiffer() ? 1 : ExitCodes.OK;
    }

    private record Evaluated(Side side, Evaluation evaluation) {}

    /**
     * One side: a release's values as they were released (no records, so no causes), or a dataset read,
     * validated and evaluated; with the release's options when either side is a release (spec 06).
     */
    private Evaluated side(
            Path file,
            Release release,
            Release.Options releaseOptions,
            Catalogue catalogue,
            EvaluationOptions options,
            Messages messages) {
        if (release != null) {
            return new Evaluated(Side.ofValues(file.toString(), release.asOf(), release.values()), null);
        }
        DatasetOptions input = new DatasetOptions();
        input.file = file;
        input.lenient = lenient;
        input.maxSizeMb = maxSizeMb;
        Dataset dataset = input.load(catalogue, messages, spec.commandLine().getErr());
        Engine engine = plugins.configure(Engine.create(dataset, catalogue));
        Evaluation evaluation = releaseOptions != null
                ? Releases.evaluate(engine, releaseOptions)
                : disclosure.apply(engine.evaluate(options, ProgressBar.forTerminal()), engine, spec.commandLine());
        return new Evaluated(Side.of(file.toString(), engine, evaluation), evaluation);
    }

    /** Whether the first 64 KiB of {@code file} say it is a release; false when it cannot be read (reading reports that). */
    private static boolean isRelease(Path file) {
        if (!Files.isRegularFile(file)) {
            return false;
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(64 * 1024);
            return RELEASE.matcher(new String(head, StandardCharsets.UTF_8)).find();
        } catch (IOException e) {
            return false;
        }
    }
}
