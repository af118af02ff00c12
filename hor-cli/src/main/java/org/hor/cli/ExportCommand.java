package org.hor.cli;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.hor.core.model.Dataset;
import org.hor.csv.DatasetExporter;
import org.hor.csv.Dialect;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code hor export}: a dataset to a folder of spreadsheet CSV files. */
@Command(
        name = "export",
        mixinStandardHelpOptions = true,
        description = "Write a dataset as a folder of CSV files (the format hor import reads); texts that a "
                + "spreadsheet would run as a formula get a leading '.")
final class ExportCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(
            index = "0",
            paramLabel = "DIR",
            description = "The folder to write (or FILE.xlsx: one Excel workbook).")
    Path dir;

    @Parameters(
            index = "1",
            arity = "0..1",
            paramLabel = "FILE",
            description = "The dataset (JSON). Default: the embedded sample.")
    Path file;

    @Option(
            names = "--dialect",
            paramLabel = "DIALECT",
            description = "standard (default: , and 1500.50) or german (; 1500,50 TT.MM.JJJJ, with BOM).")
    String dialect = "standard";

    @Override
    public Integer call() {
        Messages messages = HorCommand.messages();
        CommandLine cl = spec.commandLine();
        Dialect d;
        try {
            d = Dialect.of(dialect);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(cl, e.getMessage());
        }
        if (d == Dialect.AUTO) {
            throw new CommandLine.ParameterException(cl, "--dialect for export is standard or german");
        }
        for (String name : DatasetExporter.fileNames()) {
            OutputGuard.refuse(dir.resolve(name), messages, OutputGuard.inputs(file));
        }
        DatasetOptions input = new DatasetOptions();
        input.file = file;
        input.maxSizeMb = Long.parseLong(DatasetOptions.DEFAULT_MAX_SIZE_MB);
        Dataset dataset = input.load(Catalogues.load(), messages, cl.getErr());
        if (Workbooks.isWorkbook(dir)) {
            return Workbooks.export(dataset, dir, messages);
        }
        try {
            DatasetExporter.builder().dialect(d).build().exportTo(dataset, dir);
        } catch (IOException e) {
            throw failure(dir, e, messages);
        }
        return ExitCodes.OK;
    }

    /**
     * The failure of writing a folder of CSV files, which leaves the folder as it was: 73 when a file
     * or folder cannot be created (naming it), 74 on another I/O error (a full disk).
     */
    static CliException failure(Path dir, IOException e, Messages messages) {
        int code = e instanceof FileSystemException ? ExitCodes.CANNOT_CREATE : ExitCodes.IO_ERROR;
        String file = e instanceof FileSystemException fse && fse.getFile() != null ? fse.getFile() : dir.toString();
        return new CliException(code, messages.get("output.folderFailed", dir, file, AtomicOutput.describe(e)));
    }
}
