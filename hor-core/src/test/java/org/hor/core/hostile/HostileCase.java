package org.hor.core.hostile;

import java.nio.file.Path;

/**
 * One hostile dataset and what reading it must give.
 *
 * @param name     a unique name (the file name for hand-written cases)
 * @param file     the dataset file
 * @param exitCode the exit code of {@code hor validate}: 0 (valid) or 65 (invalid data)
 * @param code     a rule code that must be among the violations, or {@code null} when valid
 * @param pointer  the JSON pointer of that violation ({@code ""} for the document)
 * @param line     its line, or -1 when it is not pinned
 * @param fatal    whether reading stops at it, so that it is the only violation
 * @param what     why the case is hostile
 */
public record HostileCase(
        String name, Path file, int exitCode, String code, String pointer, long line, boolean fatal, String what) {

    /** Returns whether the dataset is valid. */
    public boolean valid() {
        return exitCode == 0;
    }

    @Override
    public String toString() {
        return name
                + (valid()
                        ? " → valid"
                        : " → " + code + " at " + (pointer.isEmpty() ? "(root)" : pointer)
                                + (line >= 0 ? " line " + line : ""));
    }
}
