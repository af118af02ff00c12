package org.hor.cli;

import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.hor.core.model.Dataset;
import org.hor.indicators.Catalogue;
import org.hor.indicators.Engine;
import org.hor.indicators.evaluation.Findings;
import org.hor.indicators.evaluation.SupportTexts;
import org.hor.indicators.output.FindingsBriefing;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code hor findings}: the formative evaluation as a briefing for people. */
@Command(
        name = "findings",
        mixinStandardHelpOptions = true,
        description =
                "The formative evaluation (spec 03) of a year as a readable briefing: by site, then programme-wide.")
final class FindingsCommand implements Callable<Integer> {

    @Mixin
    DatasetOptions input;

    @Mixin
    FindingsOptions findingsOptions;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "FILE",
            description = "Output file (default: standard output).")
    Path output;

    @Override
    public Integer call() {
        Messages messages = HorCommand.messages();
        OutputGuard.refuse(output, messages, OutputGuard.inputs(input.file));
        Catalogue catalogue = Catalogues.load(spec.commandLine().getErr());
        Dataset dataset = input.load(catalogue, messages, spec.commandLine().getErr());
        Engine engine = Engine.create(dataset, catalogue);
        Findings findings = findingsOptions.assess(engine, spec.commandLine());
        AtomicOutput.write(
                output,
                out -> {
                    Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                    FindingsBriefing.write(
                            findings, dataset, SupportTexts.bundled(), catalogue.definitions(), messages.locale(), w);
                    w.flush();
                },
                messages);
        return ExitCodes.OK;
    }
}
