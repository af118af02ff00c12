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

    /**
     * Returns the failure of reading an input: 66 when it does not exist or may not be read, 74 (with
     * the error's description) on any other I/O error.
     *
     * @param input the file or folder, as named in the message
     * @param e     what reading it threw
     */
    static CliException reading(Object input, java.io.IOException e, Messages messages) {
        if (e instanceof java.nio.file.NoSuchFileException) {
            return new CliException(ExitCodes.NO_INPUT, messages.get("input.notFound", input));
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return new CliException(ExitCodes.NO_INPUT, messages.get("input.notReadable", input));
        }
        return new CliException(ExitCodes.IO_ERROR, messages.get("input.ioError", input, AtomicOutput.describe(e)));
    }

    int exitCode() {
        return exitCode;
    }

    /** Returns the lines printed before the message (empty for most failures). */
    java.util.List<String> details() {
        return details;
    }
}
