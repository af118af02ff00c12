package org.hor.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.hor.core.io.DatasetWriter;
import org.hor.core.model.Dataset;
import org.hor.csv.CsvViolation;
import org.hor.csv.DatasetExporter;
import org.hor.csv.DatasetImporter;
import org.hor.csv.Dialect;
import org.hor.csv.Encoding;
import org.hor.csv.ImportResult;
import org.hor.csv.ImportedFile;
import org.hor.csv.Templates;
import org.hor.excel.WorkbookImporter;
import org.hor.indicators.Catalogue;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code hor import}: a folder of spreadsheet CSV files to a validated dataset. */
@Command(
        name = "import",
        mixinStandardHelpOptions = true,
        description = "Read a folder of CSV files (one per record type, header row with the format's field names) "
                + "and write the dataset as JSON, or list every problem with file, line and column.")
final class ImportCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "DIR", description = "The folder with the CSV files.")
    Path dir;

    @Option(
            names = "--template",
            paramLabel = "DIR",
            description =
                    "Instead: write a template, a folder of CSV files or an Excel workbook FILE.xlsx, with headers and one example row per table.")
    Path template;

    @Option(
            names = "--force",
            description =
                    "With --template: replace the template files already there (the folder's CSV files of the template's names, or FILE.xlsx).")
    boolean force;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "FILE",
            description = "The dataset JSON (default: standard output).")
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

    @Option(
            names = "--max-size",
            paramLabel = "MB",
            defaultValue = DatasetOptions.DEFAULT_MAX_SIZE_MB,
            description = "Largest CSV file to read, in MiB (default: ${DEFAULT-VALUE}).")
    long maxSizeMb;

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
            writeTemplate(messages);
            return ExitCodes.OK;
        }
        if (dir == null) {
            throw new CommandLine.ParameterException(cl, "give the folder with the CSV files, or --template DIR");
        }
        List<Path> inputs = new ArrayList<>(OutputGuard.inputs(null));
        if (Workbooks.isWorkbook(dir)) {
            inputs.add(dir);
            OutputGuard.refuse(output, messages, inputs);
            WorkbookImporter importer = WorkbookImporter.builder()
                    .asOf(asOfDay(cl, messages))
                    .programmeId(programmeId)
                    .programmeName(programmeName)
                    .knownIndicators(Catalogues.knownIndicators(Catalogues.load(cl.getErr())))
                    .build();
            return Workbooks.importWorkbook(dir, output, importer, messages, cl.getErr());
        }
        DatasetExporter.fileNames().forEach(name -> inputs.add(dir.resolve(name)));
        OutputGuard.refuse(output, messages, inputs);
        DatasetImporter importer = importer(cl, messages);
        ImportResult result;
        try {
            result = importer.importFrom(dir);
        } catch (NotDirectoryException e) {
            throw new CliException(ExitCodes.NO_INPUT, messages.get("import.notAFolder", dir));
        } catch (IOException e) {
            throw CliException.reading(dir, e, messages);
        }
        PrintWriter err = cl.getErr();
        boolean detected = Encoding.of(encoding) == Encoding.AUTO; // a chosen encoding needs no notice
        for (ImportedFile f : result.files()) {
            if (detected && f.encoding() == Encoding.WINDOWS_1252) {
                err.println(messages.get("import.windows1252", f.file()));
            }
        }
        if (!result.isValid()) {
            for (CsvViolation v : result.violations()) {
                err.println(SizeLimitLines.line(v, messages, maxSizeMb));
            }
            throw new CliException(
                    ExitCodes.DATA,
                    messages.get("input.invalid", dir, result.violations().size()));
        }
        Dataset dataset = result.dataset().orElseThrow();
        DatasetWriter writer = DatasetWriter.create();
        AtomicOutput.write(output, out -> writer.write(dataset, out), messages);
        return ExitCodes.OK;
    }

    /**
     * Writes the template folder; files of its names already in the folder are replaced only with
     * {@code --force}, else the command ends with 73 and names them.
     */
    private void writeTemplate(Messages messages) {
        if (!force) {
            List<String> existing = new ArrayList<>();
            for (String name : DatasetExporter.fileNames()) {
                if (Files.exists(template.resolve(name), LinkOption.NOFOLLOW_LINKS)) {
                    existing.add(name);
                }
            }
            if (!existing.isEmpty()) {
                throw new CliException(
                        ExitCodes.CANNOT_CREATE,
                        messages.get("import.templateExists", template, String.join(", ", existing)));
            }
        }
        try {
            DatasetExporter.builder().replaceExisting(force).build().exportTo(Templates.example(), template);
        } catch (IOException e) {
            throw ExportCommand.failure(template, e, messages);
        }
    }

    /** Returns {@code --as-of} as a day (checked like every date option), or {@code null} without it. */
    private LocalDate asOfDay(CommandLine cl, Messages messages) {
        if (asOf == null) {
            return null;
        }
        try {
            return OptionValues.date(cl, messages, "--as-of", asOf, LocalDate.parse(asOf));
        } catch (DateTimeParseException e) {
            throw new CommandLine.ParameterException(cl, "--as-of is not a date YYYY-MM-DD: " + asOf);
        }
    }

    private DatasetImporter importer(CommandLine cl, Messages messages) {
        DatasetImporter.Builder b = DatasetImporter.builder();
        if (maxSizeMb < 1 || maxSizeMb > Long.MAX_VALUE >> 20) {
            throw new CliException(ExitCodes.USAGE, HorCommand.messages().get("input.badMaxSize", maxSizeMb));
        }
        b.maxFileBytes(maxSizeMb << 20);
        try {
            b.dialect(Dialect.of(dialect)).encoding(Encoding.of(encoding));
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(cl, e.getMessage());
        }
        b.asOf(asOfDay(cl, messages)).programmeId(programmeId).programmeName(programmeName);
        Catalogue catalogue = Catalogues.load(cl.getErr());
        return b.knownIndicators(Catalogues.knownIndicators(catalogue)).build();
    }
}
