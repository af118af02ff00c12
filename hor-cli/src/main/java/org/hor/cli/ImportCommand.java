package org.hor.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import org.hor.core.io.DatasetWriter;
import org.hor.core.model.Dataset;
import org.hor.csv.CsvViolation;
import org.hor.csv.DatasetImporter;
import org.hor.csv.Dialect;
import org.hor.csv.Encoding;
import org.hor.csv.ImportResult;
import org.hor.csv.ImportedFile;
import org.hor.csv.Templates;
import org.hor.indicators.Catalogue;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code hor import}: a folder of spreadsheet CSV files to a validated dataset. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Read a folder of CSV files (one per record type, header row with the format's field names) "
                + "and write the dataset as JSON, or list every problem with file, line and column.")
final class ImportCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "DIR", description = "The folder with the CSV files.")
    Path dir;

    @Option(names = "--template", paramLabel = "DIR",
            description = "Instead: write a template folder with headers and one example row per file.")
    Path template;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "The dataset JSON (default: standard output).")
    Path output;

    @Option(names = "--as-of", paramLabel = "DATE", description = "asOf (overrides dataset.csv), YYYY-MM-DD.")
    String asOf;

    @Option(names = "--programme-id", paramLabel = "ID", description = "Programme id (overrides dataset.csv).")
    String programmeId;

    @Option(names = "--programme-name", paramLabel = "NAME", description = "Programme name (overrides dataset.csv).")
    String programmeName;

    @Option(names = "--dialect", paramLabel = "DIALECT", description = "auto (default), standard or german.")
    String dialect = "auto";

    @Option(names = "--encoding", paramLabel = "ENCODING", description = "auto (default), UTF-8 or windows-1252.")
    String encoding = "auto";

    @Option(names = "--force", description = "With --template FILE.xlsx: replace an existing file.")
    boolean force;

    @Override
    public Integer call() {
        Messages messages = HorCommand.messages();
        CommandLine cl = spec.commandLine();
        if (template != null) {
            if (dir != null) {
                throw new CommandLine.ParameterException(cl, "--template takes its own folder; give no DIR with it");
            }
            if (Workbooks.isWorkbook(template)) {
                return Workbooks.template(template, force, messages);
            }
            try {
                Templates.write(template);
            } catch (IOException e) {
                throw new CliException(ExitCodes.CANNOT_CREATE,
                        messages.get("output.cannotCreate", template, AtomicOutput.describe(e)));
            }
            return ExitCodes.OK;
        }
        if (dir == null) {
            throw new CommandLine.ParameterException(cl, "give the folder with the CSV files, or --template DIR");
        }
        if (Workbooks.isWorkbook(dir)) {
            LocalDate day = null;
            if (asOf != null) {
                try {
                    day = LocalDate.parse(asOf);
                } catch (DateTimeParseException e) {
                    throw new CommandLine.ParameterException(cl, "--as-of is not a date YYYY-MM-DD: " + asOf);
                }
            }
            return Workbooks.importWorkbook(dir, output, day, programmeId, programmeName,
                    Catalogues.knownIndicators(Catalogues.load(cl.getErr())), messages, cl.getErr());
        }
        DatasetImporter importer = importer(cl);
        ImportResult result;
        try {
            result = importer.importFrom(dir);
        } catch (NoSuchFileException | NotDirectoryException e) {
            throw new CliException(ExitCodes.NO_INPUT, messages.get("input.notFound", dir));
        } catch (AccessDeniedException e) {
            throw new CliException(ExitCodes.NO_INPUT, messages.get("input.notReadable", dir));
        } catch (IOException e) {
            throw new CliException(ExitCodes.IO_ERROR, messages.get("input.ioError", dir, AtomicOutput.describe(e)));
        }
        PrintWriter err = cl.getErr();
        for (ImportedFile f : result.files()) {
            if (f.encoding() == Encoding.WINDOWS_1252) {
                err.println(messages.get("import.windows1252", f.file()));
            }
        }
        if (!result.isValid()) {
            for (CsvViolation v : result.violations()) {
                err.println(v.format(messages.locale()));
            }
            throw new CliException(ExitCodes.DATA, messages.get("input.invalid", dir, result.violations().size()));
        }
        Dataset dataset = result.dataset().orElseThrow();
        DatasetWriter writer = DatasetWriter.create();
        AtomicOutput.write(output, out -> writer.write(dataset, out), messages);
        return ExitCodes.OK;
    }

    private DatasetImporter importer(CommandLine cl) {
        DatasetImporter.Builder b = DatasetImporter.builder();
        try {
            b.dialect(Dialect.of(dialect)).encoding(Encoding.of(encoding));
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(cl, e.getMessage());
        }
        if (asOf != null) {
            try {
                b.asOf(LocalDate.parse(asOf));
            } catch (DateTimeParseException e) {
                throw new CommandLine.ParameterException(cl, "--as-of is not a date YYYY-MM-DD: " + asOf);
            }
        }
        if (programmeId != null) {
            b.programmeId(programmeId);
        }
        if (programmeName != null) {
            b.programmeName(programmeName);
        }
        Catalogue catalogue = Catalogues.load(cl.getErr());
        return b.knownIndicators(Catalogues.knownIndicators(catalogue)).build();
    }
}
