package org.hor.cli;

import java.lang.management.ManagementFactory;

/**
 * The main class of the stand-in jar {@link LauncherTest} puts beside the launcher: prints the JVM's
 * options and its arguments, one a line, and exits with the code an argument {@code exit=N} names.
 */
public final class LauncherProbe {
    private LauncherProbe() {}

    /** Prints {@code jvm OPTION} and {@code arg ARGUMENT} lines. */
    public static void main(String[] args) {
        ManagementFactory.getRuntimeMXBean().getInputArguments().forEach(a -> System.out.println("jvm " + a));
        int code = 0;
        for (String a : args) {
            System.out.println("arg " + a);
            if (a.startsWith("exit=")) {
                code = Integer.parseInt(a.substring(5));
            }
        }
        System.exit(code);
    }
}
