package org.hor.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.hor.core.io.DatasetWriter;
import org.hor.core.model.Dataset;
import org.hor.core.model.Organisation;
import org.hor.core.privacy.Erasure;
import org.hor.core.privacy.ErasureResult;
import org.hor.indicators.Catalogue;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code hor erase}: removes organisations on request, or every dated record before a day (retention). */
@Command(
        name = "erase",
        mixinStandardHelpOptions = true,
        description = {
            "Remove organisations and every record that refers to them (--organisation), or every dated "
                    + "record before a day and the organisations left without records (--before).",
            "Prints what was removed per array, validates the result and writes nothing on any problem."
        })
final class EraseCommand implements Callable<Integer> {

    @Mixin
    DatasetOptions input;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--organisation", arity = "1..*", paramLabel = "ID", description = "Organisation ids to erase.")
    List<String> organisations = new ArrayList<>();

    @Option(
            names = "--before",
            paramLabel = "DATE",
            description = "Remove the dated records before this day (YYYY-MM-DD).")
    String before;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "FILE",
            description = "The remaining dataset (JSON).")
    Path output;

    @Override
    public Integer call() {
        Messages messages = HorCommand.messages();
        CommandLine cl = spec.commandLine();
        if (organisations.isEmpty() == (before == null)) {
            throw new CommandLine.ParameterException(cl, messages.get("erase.oneOf"));
        }
        if (output == null) {
            throw new CommandLine.ParameterException(cl, messages.get("pseudonymise.needOutput"));
        }
        LocalDate day = null;
        if (before != null) {
            try {
                day = LocalDate.parse(before);
            } catch (DateTimeParseException e) {
                throw new CommandLine.ParameterException(cl, messages.get("erase.badDate", before));
            }
        }
        Catalogue catalogue = Catalogues.load(cl.getErr());
        Dataset dataset = input.load(catalogue, messages, cl.getErr());
        ErasureResult result;
        if (day != null) {
            result = Erasure.before(dataset, day);
        } else {
            Set<String> unknown = new TreeSet<>(organisations);
            dataset.organisations().stream().map(Organisation::id).forEach(unknown::remove);
            if (!unknown.isEmpty()) {
                throw new CliException(ExitCodes.DATA, messages.get("erase.unknown", String.join(", ", unknown)));
            }
            result = Erasure.organisations(dataset, organisations);
        }
        PrivacyWarnings.requireValid(result.dataset(), catalogue, messages);
        DatasetWriter writer = DatasetWriter.create();
        AtomicOutput.write(output, out -> writer.write(result.dataset(), out), messages);
        cl.getErr().println(messages.get("erase.done", PrivacyWarnings.counts(result.removed(), messages)));
        return ExitCodes.OK;
    }
}
