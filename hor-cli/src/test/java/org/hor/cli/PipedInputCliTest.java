package org.hor.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.hor.core.hostile.HostileCorpus;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code cat data.json | hor validate /dev/stdin} and a named pipe (issue #13 point 7): the pipe is read
 * once and the command says exactly what it says for the same bytes in a file.
 */
@DisplayName("hor validate and hor evaluate on a pipe: exactly what they give on a file")
class PipedInputCliTest {

    @TempDir
    Path dir;

    private Path fifo;

    @BeforeEach
    void makeFifo() throws Exception {
        fifo = dir.resolve("pipe.json");
        Process p;
        try {
            p = new ProcessBuilder("mkfifo", fifo.toString())
                    .redirectErrorStream(true)
                    .start();
        } catch (IOException e) {
            Assumptions.abort("no mkfifo on this system: " + e.getMessage());
            return;
        }
        Assumptions.assumeTrue(
                p.waitFor() == 0,
                "mkfifo failed: " + new String(p.getInputStream().readAllBytes()));
    }

    private static String valid() {
        return HostileCorpus.base();
    }

    /** A dangling reference (an integrity rule) and a day that does not exist (a field rule). */
    private static String invalid() {
        String doc = valid().replace("\"offerId\": \"F-1\"", "\"offerId\": \"F-9\"")
                .replace("\"date\": \"2024-04-01\"", "\"date\": \"2024-02-30\"");
        assertThat(doc).isNotEqualTo(valid());
        return doc;
    }

    /** Runs the command on the document in a file and, fed by a thread, in the pipe; both results. */
    private Cli[] fileAndPipe(String doc, String... command) throws Exception {
        Path file = Files.writeString(dir.resolve("file.json"), doc);
        Cli fromFile = Cli.run(args(command, file));
        Thread feeder = new Thread(
                () -> {
                    try (OutputStream out = Files.newOutputStream(fifo)) {
                        out.write(doc.getBytes(StandardCharsets.UTF_8));
                    } catch (IOException e) {
                        // the command went away: the assertions tell
                    }
                },
                "fifo-feeder");
        feeder.setDaemon(true);
        feeder.start();
        Cli fromPipe = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> Cli.run(args(command, fifo)));
        feeder.join(5000);
        assertThat(feeder.isAlive()).as("the whole pipe was read").isFalse();
        HostileInputCliTest.noStackTrace(fromPipe);
        return new Cli[] {
            fromFile,
            new Cli(
                    fromPipe.exitCode(),
                    fromPipe.out().replace(fifo.toString(), file.toString()),
                    fromPipe.err().replace(fifo.toString(), file.toString()))
        };
    }

    private static String[] args(String[] command, Path input) {
        String[] all = new String[command.length + 3];
        all[0] = "--lang";
        all[1] = "en";
        System.arraycopy(command, 0, all, 2, command.length);
        all[all.length - 1] = input.toString();
        return all;
    }

    @Test
    @DisplayName("validate on a pipe of valid data: exit 0, the same words as for the file")
    void validateValid() throws Exception {
        Cli[] r = fileAndPipe(valid(), "validate");
        assertThat(r[0].exitCode()).isZero();
        assertThat(r[0].out()).contains(": valid");
        assertThat(r[1]).isEqualTo(r[0]);
    }

    @Test
    @DisplayName(
            "validate on a pipe of invalid data: exit 65, each violation at the same place as for the file (17:30, 39:44)")
    void validateInvalid() throws Exception {
        Cli[] r = fileAndPipe(invalid(), "validate");
        assertThat(r[0].exitCode()).isEqualTo(ExitCodes.DATA);
        assertThat(r[0].out())
                .contains("/deliveries/0/offerId (17:30) HOR-300", "/supportActions/0/date (39:44) HOR-203");
        assertThat(r[1]).isEqualTo(r[0]);
    }

    @Test
    @DisplayName("evaluate on a pipe of valid data: exit 0, the same figures as for the file")
    void evaluateValid() throws Exception {
        Cli[] r = fileAndPipe(valid(), "evaluate");
        assertThat(r[0].exitCode()).isZero();
        assertThat(r[0].out()).contains("reach.organisations");
        assertThat(r[1]).isEqualTo(r[0]);
    }

    @Test
    @DisplayName("evaluate on a pipe of invalid data: exit 65 and the same violations as for the file")
    void evaluateInvalid() throws Exception {
        Cli[] r = fileAndPipe(invalid(), "evaluate");
        assertThat(r[0].exitCode()).isEqualTo(ExitCodes.DATA);
        assertThat(r[0].err()).contains("/deliveries/0/offerId (17:30) HOR-300");
        assertThat(r[1]).isEqualTo(r[0]);
    }
}
