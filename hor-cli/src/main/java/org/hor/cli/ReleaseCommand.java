package org.hor.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.hor.core.model.Dataset;
import org.hor.core.validation.Violation;
import org.hor.indicators.Catalogue;
import org.hor.indicators.Engine;
import org.hor.indicators.Evaluation;
import org.hor.indicators.output.KeyedValue;
import org.hor.indicators.output.KeyedValues;
import org.hor.indicators.release.Locks;
import org.hor.indicators.release.Release;
import org.hor.indicators.release.ReleaseReadResult;
import org.hor.indicators.release.ReleaseWriter;
import org.hor.indicators.release.Releases;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code hor release}: freezes an evaluation's figures in a release file (spec 06). */
@Command(
        name = "release",
        mixinStandardHelpOptions = true,
        description = "Write a release: the figures of an evaluation, frozen, with the dataset's SHA-256 (spec 06). "
                + "The same inputs give a byte-identical file. With --supersedes OLD --reason TEXT the release "
                + "replaces OLD and lists every value that differs from it as a revision.")
final class ReleaseCommand implements Callable<Integer> {

    @Mixin
    DatasetOptions input;

    @Mixin
    PluginOptions plugins;

    @Mixin
    DisclosureOptions disclosure;

    @Mixin
    SelectionOptions selection;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "FILE",
            required = true,
            description = "The release file.")
    Path output;

    @Option(
            names = "--name",
            paramLabel = "TEXT",
            description = "The release's name (default: \"<programme id> <asOf>\").")
    String name;

    @Option(
            names = "--supersedes",
            paramLabel = "RELEASE",
            description = "The release this one replaces (needs --reason).")
    Path supersedes;

    @Option(
            names = "--reason",
            paramLabel = "TEXT",
            description = "Why the released figures are revised (with --supersedes).")
    String reason;

    @Override
    public Integer call() {
        Messages messages = HorCommand.messages();
        CommandLine cl = spec.commandLine();
        List<Path> inputs = OutputGuard.inputs(input.file);
        if (supersedes != null) {
            inputs = new java.util.ArrayList<>(inputs);
            inputs.add(supersedes);
        }
        OutputGuard.refuse(output, messages, inputs);
        if ((supersedes == null) != (reason == null)) {
            throw new CommandLine.ParameterException(cl, messages.get("release.reasonAndSupersedes"));
        }
        checkText(cl, messages, "--name", name);
        checkText(cl, messages, "--reason", reason);
        Release.Options options = Release.Options.of(selection.options(cl, messages), disclosure.k());
        if (disclosure.suppressBelow != null && disclosure.suppressBelow < 2
                || disclosure.publish && disclosure.suppressBelow != null && disclosure.suppressBelow != 3) {
            throw new CommandLine.ParameterException(cl, "--suppress-below must be at least 2 (--publish means 3)");
        }
        Catalogue catalogue = Catalogues.load(cl.getErr());
        Dataset dataset = input.load(catalogue, messages, cl.getErr());
        Engine engine = plugins.configure(Engine.create(dataset, catalogue));
        Releases.Builder builder = Releases.builder(dataset, catalogue)
                .options(options)
                .softwareVersion(new HorCommand.Version().getVersion()[0].substring("hor ".length()));
        if (name != null) {
            builder.name(name);
        }
        if (supersedes != null) {
            ReleaseReadResult old = ReleaseFiles.read(supersedes, catalogue, messages, cl.getErr());
            List<Violation> refused = Locks.refused(old.release(), supersedes.toString(), dataset);
            if (!refused.isEmpty()) {
                throw new CliException(ExitCodes.DATA, refused.get(0).format(messages.locale()));
            }
            builder.supersedes(old.release(), old.sha256(), reason);
        }
        Evaluation evaluation = Releases.evaluate(engine, options);
        List<KeyedValue> values = KeyedValues.of(evaluation);
        Release release = builder.build(values);
        AtomicOutput.write(output, out -> ReleaseWriter.create().write(release, out), messages);
        cl.getOut()
                .println(messages.get(
                        "release.written",
                        release.name(),
                        release.values().size(),
                        release.revisions().size(),
                        output));
        return plugins.exitCode(catalogue, evaluation, cl.getErr());
    }

    private static void checkText(CommandLine cl, Messages messages, String option, String text) {
        if (text == null) {
            return;
        }
        int n = text.codePointCount(0, text.length());
        if (n < 1 || n > 500 || text.isBlank() || text.codePoints().anyMatch(Character::isISOControl)) {
            throw new CommandLine.ParameterException(cl, messages.get("release.badText", option));
        }
    }
}
