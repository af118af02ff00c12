package org.hor.cli;

import java.time.Duration;
import org.hor.indicators.Catalogue;
import org.hor.indicators.Engine;
import org.hor.indicators.Evaluation;
import picocli.CommandLine.Option;

/** How plugin failures are treated: {@code --strict-plugins} and {@code --plugin-timeout}. */
final class PluginOptions {

    @Option(
            names = "--strict-plugins",
            description =
                    "Exit with 65 (after writing everything) when a plugin was skipped or one of its values FAILED.")
    boolean strict;

    @Option(
            names = "--plugin-timeout",
            paramLabel = "SECONDS",
            converter = OptionValues.Seconds.class,
            description =
                    "Time budget of a plugin indicator per scope and period, 0.001 to 86400 (default: ${DEFAULT-VALUE}).")
    double timeoutSeconds = Engine.DEFAULT_PLUGIN_TIMEOUT.toMillis() / 1000.0;

    /** Returns the engine with this timeout. */
    Engine configure(Engine engine) {
        if (timeoutSeconds <= 0) {
            throw new CliException(ExitCodes.USAGE, "--plugin-timeout must be positive: " + timeoutSeconds);
        }
        return engine.withPluginTimeout(Duration.ofMillis(Math.round(timeoutSeconds * 1000)));
    }

    /**
     * Returns the exit code for a run whose output is written: 65 with {@code --strict-plugins} when a
     * plugin was skipped or failed (each failure is listed on {@code err}), else 0.
     */
    int exitCode(Catalogue catalogue, Evaluation evaluation, java.io.PrintWriter err) {
        for (Evaluation.Failure f : evaluation.failures()) {
            err.println("hor: plugin value FAILED: " + f.scope().id() + " "
                    + f.period().code() + " " + f.indicatorId() + ": " + f.message());
        }
        boolean exit = PluginExitWatch.exitCalled();
        if (exit && strict) {
            err.println("hor: " + HorCommand.messages().get("plugins.exitFailure"));
        }
        boolean failed =
                !catalogue.problems().isEmpty() || !evaluation.failures().isEmpty() || exit;
        return strict && failed ? ExitCodes.DATA : ExitCodes.OK;
    }
}
