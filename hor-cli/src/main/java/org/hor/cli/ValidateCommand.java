package org.hor.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.hor.core.io.DatasetReader;
import org.hor.core.io.ReadResult;
import org.hor.core.model.Dataset;
import org.hor.core.validation.Violation;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code hor validate}: checks a dataset against the format and its integrity rules. */
@Command(
        name = "validate",
        mixinStandardHelpOptions = true,
        description = "Check a dataset: prints a one-line summary when valid, else every violation "
                + "(pointer (line:column) CODE message [value]) and exits with 65.")
final class ValidateCommand implements Callable<Integer> {

    @Mixin
    DatasetOptions input;

    @Mixin
    LockOptions lock;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Option(
            names = "--strict-privacy",
            description = "Treat possible personal data in free texts as errors (exit 65) instead of warnings.")
    boolean strictPrivacy;

    @Override
    public Integer call() {
        Messages messages = HorCommand.messages();
        // plugins are loaded only when a target names an indicator that is not standard
        ReadResult result = input.read(
                DatasetReader.builder()
                        .knownIndicators(Catalogues.lazyKnownIndicators(
                                spec.commandLine().getErr())),
                messages);
        PrintWriter out = spec.commandLine().getOut();
        if (!result.isValid()) {
            for (Violation v : result.violations()) {
                out.println(SizeLimitLines.line(v, messages, input.maxSizeMb));
            }
            spec.commandLine()
                    .getErr()
                    .println(messages.get(
                            "validate.invalid",
                            input.sourceName(),
                            result.violations().size()));
            return ExitCodes.DATA;
        }
        Dataset d = result.dataset().orElseThrow();
        java.util.List<String> sites = Catalogues.siteViolations(Catalogues.loadedFiles(), d);
        if (!sites.isEmpty()) {
            sites.forEach(out::println);
            spec.commandLine()
                    .getErr()
                    .println("hor: "
                            + messages.get(
                                    "indicators.invalid",
                                    sites.size(),
                                    Catalogues.loadedFiles().size()));
            return ExitCodes.DATA;
        }
        out.println(messages.get(
                "validate.valid",
                input.sourceName(),
                d.sites().size(),
                d.organisations().size(),
                d.offers().size(),
                d.deliveries().size(),
                d.cooperations().size(),
                d.outcomes().size(),
                d.exchanges().size(),
                d.targets().size(),
                d.budgets().size(),
                d.measurements().size(),
                d.supportActions().size()));
        if (result.ignoredUnknownFields() > 0) {
            spec.commandLine().getErr().println(messages.get("input.ignoredFields", result.ignoredUnknownFields()));
        }
        if (lock.against != null || lock.againstDataset != null) {
            org.hor.indicators.Catalogue catalogue =
                    Catalogues.load(spec.commandLine().getErr());
            org.hor.indicators.release.Release release =
                    lock.enforce(input, d, catalogue, org.hor.indicators.Engine.create(d, catalogue), messages, out);
            out.println(
                    messages.get("lock.holds", lock.against, release.values().size()));
        }
        return PrivacyWarnings.report(
                d,
                input.sourceName(),
                strictPrivacy,
                messages,
                out,
                spec.commandLine().getErr());
    }
}
