package org.hor.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/** Entry point of the {@code hor} command-line program. */
public final class Main {
    private Main() {
    }

    /** Runs the program and exits with its exit code. */
    public static void main(String[] args) {
        // Hibernate Validator logs through jboss-logging: route it to SLF4J (slf4j-simple, warnings only)
        System.setProperty("org.jboss.logging.provider", "slf4j");
        System.exit(run(args));
    }

    /**
     * Runs the program without exiting, writing to the process's standard output and error.
     *
     * @return the exit code, see {@link ExitCodes}
     */
    public static int run(String... args) {
        return run(new PrintWriter(System.out, true, StandardCharsets.UTF_8),
                new PrintWriter(System.err, true, StandardCharsets.UTF_8), args);
    }

    /** Runs the program with the given writers for standard output and error (used by tests). */
    static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cl = HorCommand.commandLine();
        cl.setOut(out);
        cl.setErr(err);
        int code;
        try {
            code = cl.execute(args);
        } catch (OutOfMemoryError e) {
            err.println("hor: " + HorCommand.messages().get("error.outOfMemory"));
            code = ExitCodes.SOFTWARE;
        }
        out.flush();
        err.flush();
        return code;
    }
}
