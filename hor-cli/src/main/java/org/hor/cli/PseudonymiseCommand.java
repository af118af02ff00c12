package org.hor.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.hor.core.io.DatasetWriter;
import org.hor.core.model.Dataset;
import org.hor.core.privacy.PseudonymisationResult;
import org.hor.core.privacy.Pseudonymiser;
import org.hor.indicators.Catalogue;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code hor pseudonymise}: keyed pseudonyms for organisations, or a new key. */
@Command(
        name = "pseudonymise",
        mixinStandardHelpOptions = true,
        description = {
            "Replace every organisation id by a keyed pseudonym (P- + 16 Base32 characters of "
                    + "HMAC-SHA256), names by the new ids, drop attributes not kept, remove free texts with personal data.",
            "hor pseudonymise --new-key KEY writes a new 32-byte key (mode 600; never overwrites)."
        })
final class PseudonymiseCommand implements Callable<Integer> {

    @Mixin
    DatasetOptions input;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--key-file", paramLabel = "KEY", description = "The secret key file (its bytes are the key).")
    Path keyFile;

    @Option(names = "--new-key", paramLabel = "KEY", description = "Write a new random key to this file and stop.")
    Path newKey;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "FILE",
            description = "The pseudonymised dataset (JSON).")
    Path output;

    @Option(
            names = "--keep-attribute",
            paramLabel = "NAME",
            description = "Keep this organisation attribute (repeatable); it is scanned like the other texts.")
    List<String> keepAttributes = new ArrayList<>();

    @Override
    public Integer call() {
        Messages messages = HorCommand.messages();
        CommandLine cl = spec.commandLine();
        if (newKey != null) {
            if (keyFile != null || output != null || !keepAttributes.isEmpty() || input.file != null) {
                throw new CommandLine.ParameterException(cl, messages.get("pseudonymise.newKeyAlone"));
            }
            try {
                Pseudonymiser.createKeyFile(newKey);
            } catch (FileAlreadyExistsException e) {
                throw new CliException(ExitCodes.CANNOT_CREATE, messages.get("pseudonymise.keyExists", newKey));
            } catch (IOException e) {
                throw new CliException(
                        ExitCodes.CANNOT_CREATE,
                        messages.get("pseudonymise.keyCannotCreate", newKey, AtomicOutput.describe(e)));
            }
            cl.getErr().println(messages.get("pseudonymise.keyWritten", newKey));
            return ExitCodes.OK;
        }
        if (keyFile == null) {
            throw new CommandLine.ParameterException(cl, messages.get("pseudonymise.needKey"));
        }
        if (output == null) {
            throw new CommandLine.ParameterException(cl, messages.get("pseudonymise.needOutput"));
        }
        Pseudonymiser pseudonymiser = readKey(messages);
        Catalogue catalogue = Catalogues.load(cl.getErr());
        Dataset dataset = input.load(catalogue, messages, cl.getErr());
        PseudonymisationResult result = pseudonymiser.apply(dataset, keepAttributes);
        PrivacyWarnings.requireValid(result.dataset(), catalogue, messages);
        DatasetWriter writer = DatasetWriter.create();
        AtomicOutput.write(output, out -> writer.write(result.dataset(), out), messages);
        cl.getErr()
                .println(messages.get(
                        "pseudonymise.done",
                        result.organisations(),
                        result.droppedAttributes(),
                        PrivacyWarnings.counts(result.removed(), messages)));
        return ExitCodes.OK;
    }

    private Pseudonymiser readKey(Messages messages) {
        try {
            long size = Files.size(keyFile);
            if (size < Pseudonymiser.MIN_KEY_BYTES || size > Pseudonymiser.MAX_KEY_BYTES) {
                throw new CliException(ExitCodes.DATA, messages.get("pseudonymise.badKey", keyFile, size));
            }
            return Pseudonymiser.readKeyFile(keyFile);
        } catch (NoSuchFileException e) {
            throw new CliException(ExitCodes.NO_INPUT, messages.get("pseudonymise.keyNotFound", keyFile));
        } catch (AccessDeniedException e) {
            throw new CliException(
                    ExitCodes.NO_INPUT, messages.get("pseudonymise.keyUnreadable", keyFile, AtomicOutput.describe(e)));
        } catch (IOException e) {
            throw new CliException(
                    ExitCodes.IO_ERROR, messages.get("pseudonymise.keyUnreadable", keyFile, AtomicOutput.describe(e)));
        }
    }
}
