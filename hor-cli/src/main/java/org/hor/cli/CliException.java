package org.hor.cli;

/** A failure the user can act on: a message for the terminal and an exit code; never a stack trace. */
final class CliException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int exitCode;
    private final transient java.util.List<String> details;

    CliException(int exitCode, String message) {
        this(exitCode, message, java.util.List.of());
    }

    /** A failure with lines to print before the message, such as the violations of an indicator file. */
    CliException(int exitCode, String message, java.util.List<String> details) {
        super(message, null, false, false);
        this.exitCode = exitCode;
        this.details = java.util.List.copyOf(details);
    }

    int exitCode() {
        return exitCode;
    }

    /** Returns the lines printed before the message (empty for most failures). */
    java.util.List<String> details() {
        return details;
    }
}
