package org.hor.cli;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.hor.core.model.Dataset;
import org.hor.core.model.Period;
import org.hor.core.model.PeriodType;
import org.hor.core.spi.ScopeKind;
import org.hor.indicators.Catalogue;
import org.hor.indicators.Engine;
import org.hor.indicators.Evaluation;
import org.hor.indicators.EvaluationOptions;
import org.hor.indicators.evaluation.Findings;
import org.hor.indicators.output.EvaluationFormat;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code hor evaluate}: every indicator for the chosen scopes and periods, as tidy CSV or JSON. */
@Command(
        name = "evaluate",
        mixinStandardHelpOptions = true,
        description = "Compute the indicators for scopes and periods: tidy CSV (spec 04) or JSON.")
final class EvaluateCommand implements Callable<Integer> {

    @Mixin
    DatasetOptions input;

    @Mixin
    FindingsOptions findingsOptions;

    @Mixin
    PluginOptions plugins;

    @Mixin
    DisclosureOptions disclosure;

    @Mixin
    SelectionOptions selection;

    @Mixin
    LockOptions lock;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            converter = FormatConverter.class,
            description =
                    "csv (default), csv-de (German spreadsheet dialect), json or xlsx (an Excel workbook, needs -o); "
                            + "or a format a module provides (org.hor.indicators.output.EvaluationFormat).")
    EvaluationFormat format = EvaluationFormat.CSV;

    @Option(names = "--findings", description = "Add the formative evaluation of spec 03 (needs --format json).")
    boolean findings;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "FILE",
            description = "Output file (default: standard output).")
    Path output;

    @Override
    public Integer call() {
        Messages messages = HorCommand.messages();
        OutputGuard.refuse(output, messages, lock.inputs(OutputGuard.inputs(input.file)));
        EvaluationOptions options = selection.options(spec.commandLine(), messages);
        if (findings && !format.writesFindings()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--findings needs --format json");
        }
        if (format.needsFile() && (output == null || output.toString().equals("-"))) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(), "--format " + format.id() + " needs -o FILE." + format.id());
        }
        if (findings && disclosure.k() > 0) {
            // the findings' evidence and series hold the small counts that disclosure control withholds
            throw new CommandLine.ParameterException(
                    spec.commandLine(),
                    "--findings cannot be published: its evidence is not suppressed (use hor report --publish)");
        }
        Catalogue catalogue = Catalogues.load(spec.commandLine().getErr());
        Dataset dataset = input.load(catalogue, messages, spec.commandLine().getErr());
        Engine engine = plugins.configure(Engine.create(dataset, catalogue));
        lock.enforce(
                input, dataset, catalogue, engine, messages, spec.commandLine().getErr());
        Evaluation evaluation =
                disclosure.apply(engine.evaluate(options, ProgressBar.forTerminal()), engine, spec.commandLine());
        Findings f = findings ? findingsOptions.assess(engine, spec.commandLine()) : null;
        AtomicOutput.write(output, out -> format.write(evaluation, f, messages.locale(), out), messages);
        return plugins.exitCode(catalogue, evaluation, spec.commandLine().getErr());
    }

    static ScopeKind scopeKind(CommandLine cl, Messages messages, String name) {
        for (ScopeKind k : ScopeKind.values()) {
            if (k.prefix().equals(name)) {
                return k;
            }
        }
        throw new CommandLine.ParameterException(cl, messages.get("evaluate.badScope", name));
    }

    static PeriodType periodType(CommandLine cl, Messages messages, String name) {
        return switch (name) {
            case "year" -> PeriodType.YEAR;
            case "half" -> PeriodType.HALF_YEAR;
            case "quarter" -> PeriodType.QUARTER;
            case "month" -> PeriodType.MONTH;
            default -> throw new CommandLine.ParameterException(cl, messages.get("evaluate.badPeriodType", name));
        };
    }

    static Period period(CommandLine cl, Messages messages, String code) {
        return period(cl, messages, "PERIOD", code);
    }

    /** Parses a period code given with {@code option}; its years must lie in 1..9999. */
    static Period period(CommandLine cl, Messages messages, String option, String code) {
        Period p;
        try {
            p = Period.parse(code);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(cl, messages.get("evaluate.badPeriod", e.getMessage()));
        }
        return OptionValues.period(cl, messages, option, code, p);
    }

    /** Finds a format by its id among the built-in ones and those the class path provides. */
    static final class FormatConverter implements CommandLine.ITypeConverter<EvaluationFormat> {
        @Override
        public EvaluationFormat convert(String value) {
            Map<String, EvaluationFormat> formats = EvaluationFormat.available(FormatConverter.class.getClassLoader());
            EvaluationFormat format = formats.get(value);
            if (format == null) {
                throw new CommandLine.TypeConversionException(
                        "unknown format: " + value + " (allowed: " + String.join(", ", formats.keySet()) + ")");
            }
            return format;
        }
    }
}
