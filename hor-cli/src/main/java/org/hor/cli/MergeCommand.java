package org.hor.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.hor.core.io.DatasetWriter;
import org.hor.core.merge.DatasetMerger;
import org.hor.core.merge.MergeIssue;
import org.hor.core.merge.MergeResult;
import org.hor.core.merge.Submission;
import org.hor.core.model.Dataset;
import org.hor.core.validation.KnownIndicators;
import org.hor.csv.CsvViolation;
import org.hor.csv.DatasetImporter;
import org.hor.csv.ImportResult;
import org.hor.excel.WorkbookImporter;
import org.hor.indicators.Catalogue;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code hor merge}: many houses' submissions into one programme dataset. */
@Command(
        name = "merge",
        mixinStandardHelpOptions = true,
        description = "Merge submissions (dataset JSON, CSV folders or .xlsx workbooks) into one programme dataset: "
                + "BASE gives the programme and asOf; equal records are kept once, the same id with different "
                + "content is a conflict, organisations whose names are equal after normalisation are reported "
                + "as probable duplicates. The result is validated as a whole; nothing is written on any error.")
final class MergeCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(
            index = "0",
            paramLabel = "BASE",
            description = "The base: its programme and asOf are the merged dataset's.")
    Path base;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "SUBMISSION", description = "The submissions, in order.")
    List<Path> submissions = new ArrayList<>();

    @Option(
            names = {"-o", "--output"},
            paramLabel = "FILE",
            description = "The merged dataset JSON (default: standard output).")
    Path output;

    @Option(names = "--strict", description = "Probable duplicate organisations are errors, not warnings.")
    boolean strict;

    @Override
    public Integer call() {
        Messages messages = HorCommand.messages();
        PrintWriter err = spec.commandLine().getErr();
        Catalogue catalogue = Catalogues.load(err);
        KnownIndicators known = Catalogues.knownIndicators(catalogue);
        List<Submission> read = new ArrayList<>();
        int unreadable = 0;
        List<Path> all = new ArrayList<>();
        all.add(base);
        all.addAll(submissions);
        for (Path p : all) {
            try {
                read.add(new Submission(p.toString(), read(p, catalogue, known, messages, err)));
            } catch (CliException e) {
                if (e.exitCode() != ExitCodes.DATA) {
                    throw e;
                }
                err.println(e.getMessage());
                unreadable++;
            }
        }
        if (unreadable > 0) {
            throw new CliException(ExitCodes.DATA, messages.get("merge.failed", 0, unreadable, 0));
        }
        MergeResult r = DatasetMerger.create(known).strict(strict).merge(read.get(0), read.subList(1, read.size()));
        for (MergeIssue c : r.conflicts()) {
            err.println(messages.get(
                    "merge.conflict",
                    c.section(),
                    c.key(),
                    c.source(),
                    c.otherSource(),
                    String.join(", ", c.fields())));
        }
        for (MergeIssue d : r.duplicates()) {
            err.println(messages.get(
                    strict ? "merge.duplicateError" : "merge.duplicate",
                    d.key(),
                    d.source(),
                    d.otherKey(),
                    d.otherSource(),
                    d.fields().get(0)));
        }
        for (MergeResult.Located v : r.violations()) {
            err.println((v.source() == null ? "" : v.source() + ": ")
                    + v.violation().format(messages.locale()));
        }
        if (!r.isValid()) {
            throw new CliException(
                    ExitCodes.DATA,
                    messages.get(
                            "merge.failed",
                            r.conflicts().size(),
                            r.violations().size(),
                            strict ? r.duplicates().size() : 0));
        }
        Dataset merged = r.dataset().orElseThrow();
        DatasetWriter writer = DatasetWriter.create();
        AtomicOutput.write(output, out -> writer.write(merged, out), messages);
        err.println(messages.get(
                "merge.done",
                all.size(),
                merged.sites().size(),
                merged.organisations().size(),
                merged.deliveries().size()));
        return ExitCodes.OK;
    }

    private static Dataset read(
            Path p, Catalogue catalogue, KnownIndicators known, Messages messages, PrintWriter err) {
        if (Workbooks.isWorkbook(p)) {
            return Workbooks.read(
                    p, WorkbookImporter.builder().knownIndicators(known).build(), messages, err);
        }
        if (Files.isDirectory(p)) {
            ImportResult r;
            try {
                r = DatasetImporter.builder().knownIndicators(known).build().importFrom(p);
            } catch (NotDirectoryException e) {
                throw new CliException(ExitCodes.NO_INPUT, messages.get("input.notFound", p));
            } catch (IOException e) {
                throw CliException.reading(p, e, messages);
            }
            if (!r.isValid()) {
                for (CsvViolation v : r.violations()) {
                    err.println(p + "/" + v.format(messages.locale()));
                }
                throw new CliException(
                        ExitCodes.DATA,
                        messages.get("input.invalid", p, r.violations().size()));
            }
            return r.dataset().orElseThrow();
        }
        DatasetOptions input = new DatasetOptions();
        input.file = p;
        input.maxSizeMb = Long.parseLong(DatasetOptions.DEFAULT_MAX_SIZE_MB);
        return input.load(catalogue, messages, err);
    }
}
