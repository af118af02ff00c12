package org.hor.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.hor.core.validation.Violation;
import org.hor.indicators.Catalogue;
import org.hor.indicators.release.ReleaseReadResult;
import org.hor.indicators.release.ReleaseReader;

/** Reads a release file for a command: 66 when it cannot be read, 65 (with its located problems) when it is no valid release. */
final class ReleaseFiles {

    private ReleaseFiles() {}

    /**
     * Reads the release at {@code file}; prints its violations (the first 20) to {@code err} when it is invalid.
     *
     * @throws CliException 66 (missing, a folder, unreadable), 74 (I/O error), 65 (not a valid release)
     */
    static ReleaseReadResult read(Path file, Catalogue catalogue, Messages messages, PrintWriter err) {
        if (Files.isDirectory(file)) {
            throw new CliException(ExitCodes.NO_INPUT, messages.get("input.isDirectory", file));
        }
        ReleaseReadResult result;
        try {
            result = ReleaseReader.builder().catalogue(catalogue).build().read(file);
        } catch (IOException e) {
            throw CliException.reading(file, e, messages);
        }
        if (!result.isValid()) {
            int shown = 0;
            for (Violation v : result.violations()) {
                if (shown++ == 20) {
                    err.println(messages.get(
                            "input.moreViolations", result.violations().size() - 20));
                    break;
                }
                err.println(v.format(messages.locale()));
            }
            throw new CliException(
                    ExitCodes.DATA,
                    messages.get("release.invalid", file, result.violations().size()));
        }
        return result;
    }
}
