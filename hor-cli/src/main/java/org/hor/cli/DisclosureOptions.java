package org.hor.cli;

import org.hor.indicators.Engine;
import org.hor.indicators.Evaluation;
import org.hor.indicators.disclosure.DisclosureControl;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** Disclosure control (spec 04): {@code --suppress-below K} or {@code --publish} (K = 3). */
final class DisclosureOptions {

    @Option(
            names = "--suppress-below",
            paramLabel = "K",
            description = "Suppress small counts and the values that reveal them: 1 to K-1 (default: off).")
    Integer suppressBelow;

    @Option(names = "--publish", description = "For publication: the same as --suppress-below 3.")
    boolean publish;

    /** Returns k, or 0 when disclosure control is off. */
    int k() {
        return publish ? 3 : suppressBelow == null ? 0 : suppressBelow;
    }

    /** Applies disclosure control to {@code evaluation}, or returns it as it is when off. */
    Evaluation apply(Evaluation evaluation, Engine engine, CommandLine cl) {
        if (publish && suppressBelow != null && suppressBelow != 3) {
            throw new CommandLine.ParameterException(cl, "--publish means --suppress-below 3; not both with another k");
        }
        if (suppressBelow != null && suppressBelow < 2) {
            throw new CommandLine.ParameterException(cl, "--suppress-below must be at least 2: " + suppressBelow);
        }
        return control().apply(evaluation, engine);
    }

    /** Returns the disclosure control the options name. */
    DisclosureControl control() {
        return k() == 0 ? DisclosureControl.off() : DisclosureControl.below(k());
    }
}
