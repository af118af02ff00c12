package org.hor.cli;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/** Entry point of the {@code hor} command-line program. */
public final class Main {
    private Main() {}

    /** Runs the program and exits with its exit code. */
    public static void main(String[] args) {
        // Hibernate Validator logs through jboss-logging: route it to SLF4J (slf4j-simple, warnings only)
        System.setProperty("org.jboss.logging.provider", "slf4j");
        PluginExitWatch.install();
        int code = ExitCodes.SOFTWARE;
        try {
            code = run(args);
        } finally {
            PluginExitWatch.done(code);
        }
        System.exit(code);
    }

    /**
     * Runs the program without exiting, writing to the process's standard output and error.
     *
     * @return the exit code, see {@link ExitCodes}
     */
    public static int run(String... args) {
        return run(
                new PrintWriter(System.out, true, StandardCharsets.UTF_8),
                new PrintWriter(System.err, true, StandardCharsets.UTF_8),
                System.out,
                System.err,
                args);
    }

    /** Runs the program with the given writers for standard output and error (used by tests). */
    static int run(PrintWriter out, PrintWriter err, String... args) {
        return run(out, err, new WriterOutputStream(out), new WriterOutputStream(err), args);
    }

    private static int run(PrintWriter out, PrintWriter err, OutputStream stdout, OutputStream stderr, String... args) {
        CommandLine cl = HorCommand.commandLine(args);
        HorCommand.stdout = stdout;
        HorCommand.stderr = stderr;
        cl.setOut(out);
        cl.setErr(err);
        int code;
        try {
            code = cl.execute(args);
        } catch (OutOfMemoryError e) {
            err.println("hor: " + HorCommand.messages().get("error.outOfMemory"));
            code = ExitCodes.SOFTWARE;
        } catch (Error e) {
            // plugins' errors are caught where plugins are called; this is hor's own: a message, no stack trace
            err.println("hor: "
                    + HorCommand.messages()
                            .get("error.internal", e.getClass().getName(), String.valueOf(e.getMessage())));
            code = ExitCodes.SOFTWARE;
        }
        out.flush();
        err.flush();
        if (code == ExitCodes.OK && (out.checkError() || stdout instanceof java.io.PrintStream ps && ps.checkError())) {
            // PrintWriter and PrintStream swallow write errors: a full disk must not look like success
            err.println(
                    "hor: " + HorCommand.messages().get("output.ioError", "-", "standard output could not be written"));
            err.flush();
            return ExitCodes.IO_ERROR;
        }
        return code;
    }

    /** Bytes for standard output, decoded as UTF-8 into a writer (for tests that capture the output). */
    private static final class WriterOutputStream extends OutputStream {
        private final PrintWriter writer;
        private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();

        WriterOutputStream(PrintWriter writer) {
            this.writer = writer;
        }

        @Override
        public void write(int b) {
            buffer.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) {
            buffer.write(b, off, len);
        }

        @Override
        public void flush() {
            writer.print(buffer.toString(StandardCharsets.UTF_8));
            writer.flush();
            buffer.reset();
        }
    }
}
