package org.hor.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.hor.core.io.DatasetWriter;
import org.hor.core.model.Dataset;
import org.hor.excel.SheetViolation;
import org.hor.excel.WorkbookExporter;
import org.hor.excel.WorkbookImportResult;
import org.hor.excel.WorkbookImporter;
import org.hor.excel.WorkbookTemplate;

/** The Excel side of {@code hor import} and {@code hor export}: the commands dispatch here for {@code .xlsx} paths. */
final class Workbooks {

    private Workbooks() {}

    /** Whether a path names an Excel workbook. */
    static boolean isWorkbook(Path p) {
        return p != null
                && p.getFileName() != null
                && p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx");
    }

    /** {@code hor import --template FILE.xlsx [--force]}. */
    static int template(Path file, boolean force, Messages messages) {
        try {
            WorkbookTemplate.write(file, messages.locale(), force);
        } catch (FileAlreadyExistsException e) {
            throw new CliException(ExitCodes.CANNOT_CREATE, messages.get("output.exists", file));
        } catch (IOException e) {
            throw new CliException(
                    ExitCodes.CANNOT_CREATE, messages.get("output.cannotCreate", file, AtomicOutput.describe(e)));
        }
        return ExitCodes.OK;
    }

    /** Reads and checks a workbook with {@code importer}; prints every problem and fails with 65 when there is any. */
    static Dataset read(Path file, WorkbookImporter importer, Messages messages, PrintWriter err) {
        WorkbookImportResult r;
        try {
            r = importer.importFrom(file);
        } catch (IOException e) {
            throw CliException.reading(file, e, messages);
        }
        if (!r.isValid()) {
            for (SheetViolation v : r.violations()) {
                err.println(v.format(messages.locale()));
            }
            throw new CliException(
                    ExitCodes.DATA,
                    messages.get("input.invalid", file, r.violations().size()));
        }
        return r.dataset().orElseThrow();
    }

    /** {@code hor import FILE.xlsx [-o FILE]}. */
    static int importWorkbook(Path file, Path output, WorkbookImporter importer, Messages messages, PrintWriter err) {
        if (Files.isDirectory(file)) {
            throw new CliException(ExitCodes.NO_INPUT, messages.get("input.isDirectory", file));
        }
        Dataset dataset = read(file, importer, messages, err);
        DatasetWriter writer = DatasetWriter.create();
        AtomicOutput.write(output, out -> writer.write(dataset, out), messages);
        return ExitCodes.OK;
    }

    /** {@code hor export FILE.xlsx [DATASET]}. */
    static int export(Dataset dataset, Path file, Messages messages) {
        if (Files.isDirectory(file)) {
            throw new CliException(ExitCodes.CANNOT_CREATE, messages.get("output.isDirectory", file));
        }
        try {
            new WorkbookExporter(messages.locale()).exportTo(dataset, file);
        } catch (IOException e) {
            throw new CliException(
                    ExitCodes.CANNOT_CREATE, messages.get("output.cannotCreate", file, AtomicOutput.describe(e)));
        }
        return ExitCodes.OK;
    }
}
