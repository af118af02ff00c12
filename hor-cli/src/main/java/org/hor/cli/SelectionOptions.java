package org.hor.cli;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.hor.core.model.Period;
import org.hor.core.model.PeriodType;
import org.hor.core.spi.ScopeKind;
import org.hor.indicators.EvaluationOptions;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** What an evaluation covers: {@code --scopes}, {@code --periods}, {@code --from}, {@code --to} (evaluate, release). */
final class SelectionOptions {

    @Option(
            names = "--scopes",
            split = ",",
            paramLabel = "KIND",
            description = "Scope kinds: site, carrierType, coverage, state, programme (default: all).")
    List<String> scopes = new ArrayList<>();

    @Option(
            names = "--periods",
            split = ",",
            paramLabel = "TYPE",
            description =
                    "Period types: year, half, quarter, month (default: year,quarter). A site also gets the periods of its targets, whatever the types (spec 02).")
    List<String> periods = new ArrayList<>();

    @Option(
            names = "--from",
            paramLabel = "PERIOD",
            description = "Keep the periods whose first day is on or after the first day of PERIOD.")
    String from;

    @Option(
            names = "--to",
            paramLabel = "PERIOD",
            description = "Keep the periods whose first day is on or before the last day of PERIOD.")
    String to;

    /** Returns the evaluation options the command line names. */
    EvaluationOptions options(CommandLine cl, Messages messages) {
        EvaluationOptions options = EvaluationOptions.defaults();
        if (!scopes.isEmpty()) {
            Set<ScopeKind> kinds = new LinkedHashSet<>();
            for (String s : scopes) {
                kinds.add(EvaluateCommand.scopeKind(cl, messages, s.trim()));
            }
            options = options.withScopeKinds(kinds.toArray(ScopeKind[]::new));
        }
        if (!periods.isEmpty()) {
            Set<PeriodType> types = new LinkedHashSet<>();
            for (String p : periods) {
                types.add(EvaluateCommand.periodType(cl, messages, p.trim()));
            }
            options = options.withPeriodTypes(types.toArray(PeriodType[]::new));
        }
        Period fromPeriod = from == null ? null : EvaluateCommand.period(cl, messages, "--from", from);
        Period toPeriod = to == null ? null : EvaluateCommand.period(cl, messages, "--to", to);
        if (fromPeriod != null && toPeriod != null && fromPeriod.first().isAfter(toPeriod.last())) {
            throw new CommandLine.ParameterException(cl, messages.get("evaluate.fromAfterTo", from, to));
        }
        if (fromPeriod != null) {
            options = options.withFrom(fromPeriod);
        }
        if (toPeriod != null) {
            options = options.withTo(toPeriod);
        }
        return options;
    }
}
