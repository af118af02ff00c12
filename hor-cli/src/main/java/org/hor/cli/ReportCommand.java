package org.hor.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.hor.core.model.Dataset;
import org.hor.core.validation.Violation;
import org.hor.indicators.Catalogue;
import org.hor.indicators.Engine;
import org.hor.indicators.Evaluation;
import org.hor.indicators.evaluation.Findings;
import org.hor.indicators.release.Locks;
import org.hor.indicators.release.Release;
import org.hor.report.builder.ReportOptions;
import org.hor.report.builder.Reports;
import org.hor.report.document.Document;
import org.hor.report.render.RenderOptions;
import org.hor.report.render.Renderer;
import org.hor.report.render.Renderers;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code hor report}: the site report or the programme report of an evaluation year. */
@Command(
        name = "report",
        mixinStandardHelpOptions = true,
        description = "Write the site report (--site ID) or the programme report (--programme) of a year: "
                + "HTML (one self-contained file), Markdown or the document as JSON.")
final class ReportCommand implements Callable<Integer> {

    @Mixin
    DatasetOptions input;

    @Mixin
    FindingsOptions findingsOptions;

    @Mixin
    PluginOptions plugins;

    @Mixin
    DisclosureOptions disclosure;

    @Mixin
    LockOptions lock;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Subject subject;

    /** Which report: exactly one of the two. */
    static final class Subject {
        @Option(names = "--site", paramLabel = "ID", description = "The site report of this site.")
        String site;

        @Option(names = "--programme", description = "The programme report.")
        boolean programme;
    }

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            description =
                    "html (default), md, json, pdf (PDF/UA) or docx (Word); or a format added by a renderer on the class path.")
    String format = "html";

    @Option(
            names = "--attribute",
            paramLabel = "NAME",
            description =
                    "Show this organisation attribute in the report (repeatable). Attributes are never shown unless named.")
    List<String> attributes = List.of();

    @Option(
            names = "--since",
            paramLabel = "RELEASE",
            description =
                    "Add a section \"Changes since NAME\" listing every released figure that changed, old and new, and mark those figures in the tables.")
    Path since;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "FILE",
            description = "Output file (default: standard output).")
    Path output;

    @Override
    public Integer call() {
        Messages messages = HorCommand.messages();
        CommandLine cl = spec.commandLine();
        List<Path> inputs = lock.inputs(OutputGuard.inputs(input.file));
        if (since != null) {
            inputs.add(since);
        }
        OutputGuard.refuse(output, messages, inputs);
        Renderers renderers = Renderers.load();
        Renderer renderer = renderers
                .find(format)
                .orElseThrow(() -> new CommandLine.ParameterException(
                        cl, messages.get("report.unknownFormat", format, String.join(", ", renderers.formats()))));
        Catalogue catalogue = Catalogues.load(spec.commandLine().getErr());
        Dataset dataset = input.load(catalogue, messages, cl.getErr());
        if (subject.site != null && dataset.sites().stream().noneMatch(s -> s.id().equals(subject.site))) {
            throw new CommandLine.ParameterException(cl, messages.get("report.unknownSite", subject.site));
        }
        Engine engine = plugins.configure(Engine.create(dataset, catalogue));
        lock.enforce(input, dataset, catalogue, engine, messages, cl.getErr());
        Findings findings = findingsOptions.assess(engine, cl);
        Evaluation evaluation = disclosure.apply(
                engine.evaluate(
                        Reports.evaluationOptions(findings.year().first().getYear())),
                engine,
                cl);
        // statistics over suppressed values (medians, quartiles, recommended targets) are withheld too
        Findings shown = disclosure.control().apply(findings, evaluation, engine);
        ReportOptions options = ReportOptions.defaults()
                .withLocale(messages.locale())
                .withOrganisationAttributes(attributes.toArray(String[]::new))
                .withSuppressBelow(disclosure.k());
        if (since != null) {
            Release release =
                    ReleaseFiles.read(since, catalogue, messages, cl.getErr()).release();
            List<Violation> refused = Locks.refused(release, since.toString(), dataset);
            if (!refused.isEmpty()) {
                throw new CliException(ExitCodes.DATA, refused.get(0).format(messages.locale()));
            }
            options = options.withSince(release.name(), Locks.changes(release, lock.values(engine, release.options())));
        }
        Document document = subject.programme
                ? Reports.programmeReport(engine, evaluation, shown, options)
                : Reports.siteReport(engine, evaluation, shown, subject.site, options);
        // a site report's sections are short: in print they follow each other instead of each taking a new page
        RenderOptions render = RenderOptions.defaults().withPageBreaks(subject.programme);
        AtomicOutput.write(output, out -> renderer.render(document, render, out), messages);
        return plugins.exitCode(catalogue, evaluation, cl.getErr());
    }
}
