package org.hor.cli;

import org.hor.indicators.Engine;
import org.hor.indicators.evaluation.AssessmentOptions;
import org.hor.indicators.evaluation.Findings;
import org.hor.indicators.evaluation.FormativeEvaluation;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** The evaluation year of the formative evaluation (spec 03), shared by the commands that assess. */
final class FindingsOptions {

    @Option(
            names = "--year",
            paramLabel = "Y",
            converter = OptionValues.Year.class,
            description = "Evaluation year (default: the latest calendar year that is complete on asOf).")
    Integer year;

    AssessmentOptions options() {
        return year == null
                ? AssessmentOptions.defaults()
                : AssessmentOptions.defaults().withYear(year);
    }

    /**
     * Runs the formative evaluation.
     *
     * @throws CommandLine.ParameterException when {@code --year} names a year that is not complete
     */
    Findings assess(Engine engine, CommandLine cl) {
        try {
            return FormativeEvaluation.assess(engine, options());
        } catch (IllegalArgumentException e) {
            if (year != null) {
                throw new CommandLine.ParameterException(cl, "--year: " + e.getMessage());
            }
            throw e;
        }
    }
}
