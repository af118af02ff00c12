package org.hor.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.hor.core.io.DatasetReader;
import org.hor.core.io.ReadResult;
import org.hor.core.validation.Violation;
import org.hor.indicators.Catalogue;
import org.hor.indicators.PluginProblem;
import org.hor.indicators.files.FileIndicator;
import org.hor.indicators.files.IndicatorFile;
import org.hor.indicators.files.IndicatorFileResult;
import org.hor.indicators.files.IndicatorFiles;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code hor indicators}: indicator files (spec 05). {@code --template FILE} writes a commented
 * example that loads as it is; {@code check FILE [DATASET]} checks a file alone or against a dataset.
 */
@Command(
        name = "indicators",
        mixinStandardHelpOptions = true,
        subcommands = IndicatorsCommand.Check.class,
        description = "Indicator files (spec 05): write a commented template with --template FILE, "
                + "or check a file with: hor indicators check FILE [DATASET].")
final class IndicatorsCommand implements Callable<Integer> {

    /** The class-path resource of the template, also the README's first worked example. */
    static final String TEMPLATE_RESOURCE = "/org/hor/cli/indicators-template.json";

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(
            names = "--template",
            paramLabel = "FILE",
            description = "Write a commented example indicator file, which loads as it is.")
    Path template;

    @Option(names = "--force", description = "With --template: replace the file if it exists.")
    boolean force;

    @Override
    public Integer call() {
        Messages messages = HorCommand.messages();
        if (template == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), messages.get("indicators.needTemplate"));
        }
        if (!force && Files.exists(template, LinkOption.NOFOLLOW_LINKS)) {
            throw new CliException(ExitCodes.CANNOT_CREATE, messages.get("indicators.templateExists", template));
        }
        byte[] bytes = template();
        AtomicOutput.write(template, out -> out.write(bytes), messages);
        int n = IndicatorFiles.read("template", bytes)
                .file()
                .map(f -> f.indicators().size())
                .orElse(0);
        spec.commandLine().getErr().println(messages.get("indicators.templateWritten", template, n));
        return ExitCodes.OK;
    }

    /** Returns the template's bytes. */
    static byte[] template() {
        try (InputStream in = IndicatorsCommand.class.getResourceAsStream(TEMPLATE_RESOURCE)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code hor indicators check FILE [DATASET]}. */
    @Command(
            name = "check",
            mixinStandardHelpOptions = true,
            description = "Check an indicator file alone (syntax, limits, field rules, ids already loaded), or "
                    + "against a dataset (its sites, and the dataset's targets): a one-line summary when fine, "
                    + "else every violation (pointer (line:column) CODE message [value]) and exit 65.")
    static final class Check implements Callable<Integer> {

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Parameters(index = "0", paramLabel = "FILE", description = "The indicator file.")
        Path file;

        @Parameters(
                index = "1",
                arity = "0..1",
                paramLabel = "DATASET",
                description = "A dataset to check the file against (the embedded sample is not used unless named).")
        Path dataset;

        @Option(
                names = "--max-size",
                paramLabel = "MB",
                description = "Largest dataset file to read, in MiB (default: ${DEFAULT-VALUE}).",
                defaultValue = DatasetOptions.DEFAULT_MAX_SIZE_MB)
        long maxSizeMb;

        @Override
        public Integer call() {
            Messages messages = HorCommand.messages();
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            Catalogue base = Catalogues.loadBase();
            for (PluginProblem p : base.problems()) {
                err.println("hor: plugin skipped: " + p);
            }
            // files given with --indicators count as loaded before this one
            List<IndicatorFile> earlier = Catalogues.readFiles(base, Catalogues.indicatorFiles);
            Map<String, String> loaded = Catalogues.origins(base);
            for (IndicatorFile f : earlier) {
                for (FileIndicator i : f.indicators()) {
                    loaded.put(i.id(), f.name());
                }
            }
            IndicatorFileResult r = Catalogues.readFile(file, messages);
            List<Violation> violations = new ArrayList<>(r.violations());
            r.file().ifPresent(f -> violations.addAll(IndicatorFiles.checkIds(f, loaded)));
            if (!violations.isEmpty()) {
                for (Violation v : violations) {
                    out.println(v.format(messages.locale()));
                }
                err.println("hor: " + messages.get("indicators.invalid", violations.size(), 1));
                return ExitCodes.DATA;
            }
            IndicatorFile f = r.file().orElseThrow();
            List<String> ids = f.indicators().stream().map(FileIndicator::id).toList();
            if (dataset != null) {
                List<IndicatorFile> all = new ArrayList<>(earlier);
                all.add(f);
                DatasetOptions input = new DatasetOptions();
                input.file = dataset;
                input.maxSizeMb = maxSizeMb;
                ReadResult d = input.read(
                        DatasetReader.builder().knownIndicators(Catalogues.knownIndicators(base, all)), messages);
                if (!d.isValid()) {
                    for (Violation v : d.violations()) {
                        out.println(dataset + ": " + SizeLimitLines.line(v, messages, maxSizeMb));
                    }
                    err.println("hor: "
                            + messages.get(
                                    "validate.invalid", dataset, d.violations().size()));
                    return ExitCodes.DATA;
                }
                List<Violation> sites = IndicatorFiles.checkSites(f, d.dataset().orElseThrow());
                if (!sites.isEmpty()) {
                    for (Violation v : sites) {
                        out.println(v.format(messages.locale()));
                    }
                    err.println("hor: " + messages.get("indicators.invalid", sites.size(), 1));
                    return ExitCodes.DATA;
                }
            }
            out.println(messages.get("indicators.valid", file, ids.size(), String.join(", ", ids), f.sha256()));
            if (dataset != null) {
                out.println(messages.get("indicators.validWithDataset", file, dataset));
            }
            return ExitCodes.OK;
        }
    }
}
