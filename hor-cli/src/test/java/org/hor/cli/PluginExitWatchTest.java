package org.hor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("the shutdown hook finds the code that called System.exit")
class PluginExitWatchTest {

    private static StackTraceElement frame(String cls, String method) {
        return new StackTraceElement(cls, method, null, -1);
    }

    @Test
    @DisplayName("the frame below System.exit and Runtime.exit is the caller; a thread not in exit has none")
    void callerOfExit() {
        StackTraceElement plugin = frame("evil.Exit", "lambda$indicators$0");
        assertThat(PluginExitWatch.callerOfExit(new StackTraceElement[] {
                    frame("java.lang.Object", "wait"),
                    frame("java.lang.Thread", "join"),
                    frame("java.lang.ApplicationShutdownHooks", "runHooks"),
                    frame("java.lang.Shutdown", "runHooks"),
                    frame("java.lang.Shutdown", "exit"),
                    frame("java.lang.Runtime", "exit"),
                    frame("java.lang.System", "exit"),
                    plugin,
                    frame("java.util.concurrent.FutureTask", "run")
                }))
                .isSameAs(plugin);
        StackTraceElement runtime = frame("evil.Direct", "compute");
        assertThat(PluginExitWatch.callerOfExit(new StackTraceElement[] {
                    frame("java.lang.Shutdown", "exit"), frame("java.lang.Runtime", "exit"), runtime
                }))
                .isSameAs(runtime);
        StackTraceElement alone = frame("java.lang.Runtime", "exit");
        assertThat(PluginExitWatch.callerOfExit(new StackTraceElement[] {alone}))
                .isSameAs(alone);
        // a signal handler calls Shutdown.exit directly, not Runtime.exit: not a plugin's doing
        assertThat(PluginExitWatch.callerOfExit(new StackTraceElement[] {
                    frame("java.lang.Shutdown", "exit"),
                    frame("java.lang.Terminator$1", "handle"),
                    frame("jdk.internal.misc.Signal$1", "run")
                }))
                .isNull();
        assertThat(PluginExitWatch.callerOfExit(new StackTraceElement[0])).isNull();
    }
}
