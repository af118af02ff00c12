package org.hor.cli;

import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import org.hor.core.model.Dataset;
import org.hor.core.model.Period;
import org.hor.core.spi.IndicatorDefinition;
import org.hor.core.spi.NumberStyle;
import org.hor.core.spi.Scope;
import org.hor.core.spi.Value;
import org.hor.indicators.Catalogue;
import org.hor.indicators.Engine;
import org.hor.indicators.Explanation;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code hor explain}: one figure with its definition, formula and contributing records. */
@Command(
        name = "explain",
        mixinStandardHelpOptions = true,
        description =
                "Explain one value: definition, the formula with the numbers filled in, and the contributing records.")
final class ExplainCommand implements Callable<Integer> {

    @Mixin
    DatasetOptions input;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(
            names = "--scope",
            required = true,
            paramLabel = "ID",
            description = "site:ID, carrierType:VALUE, coverage:VALUE, state:CODE or programme.")
    String scope;

    @Option(
            names = "--period",
            required = true,
            paramLabel = "CODE",
            description = "2024, 2024-H1, 2024-Q1, 2024-05 or 2019-03-01..2020-02-29.")
    String period;

    @Option(names = "--indicator", required = true, paramLabel = "ID", description = "The indicator id.")
    String indicator;

    @Override
    public Integer call() {
        Messages messages = HorCommand.messages();
        CommandLine cl = spec.commandLine();
        Scope s;
        try {
            s = Scope.parse(scope);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(cl, messages.get("explain.badScope", e.getMessage()));
        }
        Period p = EvaluateCommand.period(cl, messages, "--period", period);
        Catalogue catalogue = Catalogues.load(spec.commandLine().getErr());
        if (catalogue.definition(indicator).isEmpty()) {
            throw new CommandLine.ParameterException(cl, messages.get("explain.unknownIndicator", indicator));
        }
        Dataset dataset = input.load(catalogue, messages, cl.getErr());
        Explanation e;
        try {
            e = Engine.create(dataset, catalogue).explain(s, p, indicator);
        } catch (IllegalArgumentException ex) {
            throw new CommandLine.ParameterException(cl, ex.getMessage());
        }
        boolean german = messages.locale().getLanguage().equals("de");
        IndicatorDefinition d = e.indicator();
        PrintWriter out = cl.getOut();
        out.println(d.id() + " — " + (german ? d.label().de() : d.label().en()));
        out.println("  " + (german ? d.definition().de() : d.definition().en()));
        out.println("scope:   " + e.scope().id());
        out.println("period:  " + e.period().code() + " (" + e.period().first() + " .. "
                + e.period().last() + ")");
        out.println("value:   " + show(e.value(), d.numberStyle()) + " " + d.unit());
        out.println("formula: " + e.formula());
        for (Map.Entry<String, Value> part : e.parts().entrySet()) {
            out.println("  " + part.getKey() + ": " + show(part.getValue(), d.numberStyle()));
        }
        if (!e.recordType().isEmpty()) {
            out.println(e.recordType() + " records (" + e.recordCount() + "): " + String.join(", ", e.records())
                    + (e.truncated() ? ", … (" + (e.recordCount() - e.records().size()) + " more)" : ""));
        }
        return ExitCodes.OK;
    }

    /** Shows a value with the digits the CSV and JSON outputs write (spec 02: by the number style). */
    private static String show(Value v, NumberStyle style) {
        if (v instanceof Value.Defined d) {
            return style.apply(d.number()).toPlainString();
        }
        Value.Undefined u = (Value.Undefined) v;
        return "undefined (" + u.reason() + (u.message().isEmpty() ? "" : ": " + u.message()) + ")";
    }
}
