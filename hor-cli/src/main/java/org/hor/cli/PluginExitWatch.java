package org.hor.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * Keeps a plugin's {@code System.exit} from ending hor silently.
 *
 * <p>Java 17 offers no honest way to forbid {@code System.exit} to a plugin: a
 * {@link SecurityManager} is deprecated for removal (Java 17 prints a warning when one is set, Java
 * 18 and later refuse it unless started with {@code -Djava.security.manager=allow}), and a shutdown
 * hook cannot veto an exit. But the thread that calls {@code System.exit} blocks until every shutdown
 * hook has finished, while the other threads keep running, and a hook may end the process with a
 * status of its own ({@link Runtime#halt}). So {@link #install()} registers a hook that, when the
 * process is ending before the run is complete, finds the thread that called {@code Runtime.exit}:
 * <ul>
 * <li>a plugin's worker thread ({@code hor-plugin-…}, or any thread but hor's main thread): the hook
 * says so on standard error and waits for the run to complete. The plugin guard gives up on the
 * blocked call after its time budget, so the value is {@code FAILED} ("called System.exit"),
 * everything else is written as usual, and the hook ends the process with the run's own exit code
 * (65 with {@code --strict-plugins}, which counts the exit as a plugin failure, else 0);</li>
 * <li>the main thread, while plugins were loaded or asked whether they apply to a site: the run
 * cannot go on; the hook says which code called it and ends the process with 70 (nothing is half
 * written: every output is moved into place only when complete);</li>
 * <li>no such thread (a signal such as Ctrl-C): the JVM ends as it would without the hook.</li>
 * </ul>
 * {@code Runtime.halt} from a plugin ends the process at once; no Java code can see it.
 */
final class PluginExitWatch {
    private static final CountDownLatch DONE = new CountDownLatch(1);
    private static volatile int code = ExitCodes.SOFTWARE;
    private static volatile Thread main;
    private static final java.util.concurrent.atomic.AtomicBoolean CALLED =
            new java.util.concurrent.atomic.AtomicBoolean();

    private PluginExitWatch() {}

    /** Registers the shutdown hook; called once by {@link Main#main} on the thread that runs hor. */
    static void install() {
        main = Thread.currentThread();
        Thread hook = new Thread(PluginExitWatch::onShutdown, "hor-exit-watch");
        Runtime.getRuntime().addShutdownHook(hook);
    }

    /** Records that the run is complete with {@code exitCode}; an exit from now on is hor's own. */
    static void done(int exitCode) {
        code = exitCode;
        DONE.countDown();
    }

    private static void onShutdown() {
        if (DONE.getCount() == 0) {
            return;
        }
        Thread caller = null;
        StackTraceElement frame = null;
        for (Map.Entry<Thread, StackTraceElement[]> e :
                Thread.getAllStackTraces().entrySet()) {
            StackTraceElement f = callerOfExit(e.getValue());
            if (f != null) {
                caller = e.getKey();
                frame = f;
                break;
            }
        }
        if (caller == null) {
            return; // a signal or the last thread ending: not a plugin's doing
        }
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        Messages messages = HorCommand.messages();
        CALLED.set(true);
        if (caller != main) {
            err.println("hor: " + messages.get("plugins.exitCalled", String.valueOf(frame), caller.getName()));
            err.flush();
            try {
                DONE.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            System.err.flush();
            Runtime.getRuntime().halt(code);
        }
        err.println("hor: " + messages.get("plugins.exitCalledWhileLoading", String.valueOf(frame)));
        err.flush();
        Runtime.getRuntime().halt(ExitCodes.SOFTWARE);
    }

    /** Returns whether code other than hor's called {@code System.exit} during the run. */
    static boolean exitCalled() {
        return CALLED.get();
    }

    /**
     * Returns the frame of the code that called {@code System.exit} or {@code Runtime.exit}, when
     * {@code stack} (innermost first) is in one; else null.
     */
    static StackTraceElement callerOfExit(StackTraceElement[] stack) {
        for (int k = 0; k < stack.length; k++) {
            if (stack[k].getClassName().equals("java.lang.Runtime")
                    && stack[k].getMethodName().equals("exit")) {
                int c = k + 1;
                while (c < stack.length
                        && (stack[c].getClassName().equals("java.lang.System")
                                || stack[c].getClassName().equals("java.lang.Runtime"))) {
                    c++;
                }
                return c < stack.length ? stack[c] : stack[k];
            }
        }
        return null;
    }
}
