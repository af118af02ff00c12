package org.hor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run of the program in its own JVM says what it was asked and nothing else: no SLF4J notice
 * ("No SLF4J providers were found"), no Hibernate Validator version line ("HV000001"), no JDK
 * logging. The CLI routes jboss-logging to SLF4J and slf4j-simple shows warnings only.
 */
@DisplayName("a CLI run is quiet by default")
class QuietRunTest {

    @TempDir
    Path dir;

    @Test
    @DisplayName(
            "hor validate on the embedded sample prints its summary line on standard output and nothing on standard error")
    void validateSample() throws IOException, InterruptedException {
        List<String> cmd = List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                Main.class.getName(),
                "--lang",
                "en",
                "validate");
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        Process p = new ProcessBuilder(cmd)
                .directory(dir.toFile())
                .redirectOutput(out.toFile())
                .redirectError(err.toFile())
                .start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("the run ends").isTrue();
        String stdout = Files.readString(out, StandardCharsets.UTF_8);
        String stderr = Files.readString(err, StandardCharsets.UTF_8);
        assertThat(p.exitValue()).as(stderr).isZero();
        assertThat(stderr).isEmpty();
        assertThat(stdout.lines().toList())
                .singleElement()
                .satisfies(line -> assertThat(line)
                        .contains("valid")
                        .contains("12 sites, 600 organisations")
                        .doesNotContain("SLF4J")
                        .doesNotContain("HV000001"));
    }

    @Test
    @DisplayName("evaluate --help says that a site also gets the periods of its targets")
    void targetPeriodsInHelp() {
        Cli r = Cli.run("evaluate", "--help");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out().replaceAll("\\s+", " "))
                .contains("A site also gets the periods of its targets, whatever the types");
    }
}
