package org.hor.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import org.hor.core.io.DatasetReader;
import org.hor.core.io.ReadLimits;
import org.hor.core.io.ReadResult;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The dataset input shared by the commands: a file, or the embedded sample when none is given. */
final class DatasetOptions {

    /** The class-path resource of the embedded sample dataset (gzipped JSON). */
    static final String SAMPLE_RESOURCE = "/org/hor/cli/sample-dataset.json.gz";

    /** The default of {@code --max-size}, in MiB. */
    static final String DEFAULT_MAX_SIZE_MB = "512";

    @Parameters(
            index = "0",
            arity = "0..1",
            paramLabel = "FILE",
            description = "The dataset (JSON, format version 1). Default: the embedded sample.")
    Path file;

    @Option(names = "--lenient", description = "Ignore unknown fields (and say how many) instead of rejecting them.")
    boolean lenient;

    @Option(
            names = "--max-size",
            paramLabel = "MB",
            description = "Largest dataset file to read, in MiB (default: ${DEFAULT-VALUE}).",
            defaultValue = DEFAULT_MAX_SIZE_MB)
    long maxSizeMb;

    /** Returns a name for messages: the file, or {@code <sample>}. */
    String sourceName() {
        return file == null ? "<sample>" : file.toString();
    }

    /**
     * Reads and validates the dataset for a command that evaluates it: when it has violations, they are
     * printed to standard error (the first 20, then how many more) and the command ends with 65.
     *
     * @throws CliException with exit code 65 when the dataset is invalid, 66 or 74 as {@link #read}
     */
    org.hor.core.model.Dataset load(
            org.hor.indicators.Catalogue catalogue, Messages messages, java.io.PrintWriter err) {
        ReadResult result = read(Catalogues.readerBuilder(catalogue), messages);
        if (!result.isValid()) {
            int shown = 0;
            for (org.hor.core.validation.Violation v : result.violations()) {
                if (shown++ == 20) {
                    err.println(messages.get(
                            "input.moreViolations", result.violations().size() - 20));
                    break;
                }
                err.println(SizeLimitLines.line(v, messages, maxSizeMb));
            }
            throw new CliException(
                    ExitCodes.DATA,
                    messages.get(
                            "input.invalid", sourceName(), result.violations().size()));
        }
        if (result.ignoredUnknownFields() > 0) {
            err.println(messages.get("input.ignoredFields", result.ignoredUnknownFields()));
        }
        // the sites an indicator file names must be sites of the dataset (spec 05)
        Catalogues.checkSites(result.dataset().orElseThrow());
        return result.dataset().orElseThrow();
    }

    /**
     * Reads (and validates) the dataset.
     *
     * @throws CliException with exit code 66 when the file is missing or unreadable, 74 on an I/O error
     */
    ReadResult read(DatasetReader.Builder builder, Messages messages) {
        if (maxSizeMb < 1 || maxSizeMb > Long.MAX_VALUE >> 20) {
            throw new CliException(ExitCodes.USAGE, messages.get("input.badMaxSize", maxSizeMb));
        }
        DatasetReader reader = builder.progress(ProgressBar.forTerminal())
                .limits(ReadLimits.defaults().withMaxDocumentBytes(maxSizeMb * 1024 * 1024))
                .lenient(lenient)
                .build();
        try {
            if (file == null) {
                try (InputStream in = new GZIPInputStream(DatasetOptions.class.getResourceAsStream(SAMPLE_RESOURCE))) {
                    return reader.read(in, "<sample>");
                }
            }
            if (Files.isDirectory(file)) {
                throw new CliException(ExitCodes.NO_INPUT, messages.get("input.isDirectory", file));
            }
            return reader.read(file);
        } catch (IOException e) {
            throw CliException.reading(sourceName(), e, messages);
        }
    }
}
