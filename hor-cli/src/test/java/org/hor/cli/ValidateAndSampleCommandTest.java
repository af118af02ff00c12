package org.hor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import org.hor.core.io.DatasetWriter;
import org.hor.core.sample.SampleGenerator;
import org.hor.core.sample.SampleParameters;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateAndSampleCommandTest {

    @TempDir
    Path dir;

    @Test
    @DisplayName("validate without a file checks the embedded sample and says it is valid")
    void embeddedSampleIsValid() {
        Cli r = Cli.run("--lang", "en", "validate");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out())
                .startsWith("<sample>: valid – 12 sites, 600 organisations")
                .contains("30,000 deliveries");
        assertThat(r.err()).isEmpty();
    }

    @Test
    @DisplayName("the embedded sample is exactly what the generator writes for the default parameters")
    void embeddedSampleMatchesGenerator() throws IOException {
        byte[] expected = DatasetWriter.create().toBytes(SampleGenerator.generate(SampleParameters.defaults()));
        byte[] embedded;
        try (InputStream in = new GZIPInputStream(Main.class.getResourceAsStream(DatasetOptions.SAMPLE_RESOURCE))) {
            embedded = in.readAllBytes();
        }
        assertThat(embedded).isEqualTo(expected);
    }

    @Test
    @DisplayName("a file with three violations lists all three, one per line, and exits with 65")
    void brokenFileListsViolations() throws IOException {
        Path file = dir.resolve("broken.json");
        Files.writeString(file, """
                {
                  "formatVersion": "1",
                  "asOf": "2024-12-31",
                  "programme": { "id": "hor", "name": "House of Resources" },
                  "sites": [ { "id": "S A", "name": "Haus A", "city": "Dresden", "state": "DE-XX",
                               "carrier": "Träger e.V.", "carrierType": "MIGRANT_UMBRELLA", "coverage": "CITY",
                               "start": "2025-01-01" } ]
                }
                """, StandardCharsets.UTF_8);
        Cli r = Cli.run("--lang", "en", "validate", file.toString());
        assertThat(r.exitCode()).isEqualTo(ExitCodes.DATA);
        assertThat(r.out().lines()).hasSize(3);
        assertThat(r.out())
                .contains("/sites/0/id (5:")
                .contains("/sites/0/state (5:")
                .contains("/sites/0/start (7:")
                .contains("HOR-201")
                .contains("HOR-208")
                .contains("HOR-303");
        assertThat(r.err())
                .contains("invalid, 3 violations")
                .doesNotContain("Exception")
                .doesNotContain("\tat ");
    }

    @Test
    @DisplayName("a file that is not JSON is one violation with its line and column, not a stack trace")
    void syntaxError() throws IOException {
        Path file = dir.resolve("syntax.json");
        Files.writeString(file, "{\n  \"formatVersion\": \"1\",\n  \"asOf\": 2024-12-31\n}\n");
        Cli r = Cli.run("--lang", "de", "validate", file.toString());
        assertThat(r.exitCode()).isEqualTo(ExitCodes.DATA);
        assertThat(r.out()).contains("(3:").contains("HOR-100");
        assertThat(r.err()).contains("ungültig").doesNotContain("\tat ");
    }

    @Test
    @DisplayName("a missing input file exits with 66 and names the file")
    void missingFile() {
        Cli r = Cli.run("--lang", "en", "validate", dir.resolve("nope.json").toString());
        assertThat(r.exitCode()).isEqualTo(ExitCodes.NO_INPUT);
        assertThat(r.err()).contains("input file not found").contains("nope.json");
    }

    @Test
    @DisplayName("an unknown option exits with 64 and points to the help")
    void usageError() {
        Cli r = Cli.run("--lang", "en", "validate", "--frobnicate");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("--frobnicate").contains("hor validate --help");
    }

    @Test
    @DisplayName("--lang accepts only de and en")
    void badLanguage() {
        Cli r = Cli.run("--lang", "fr", "validate");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("--lang must be de or en: fr");
    }

    @Test
    @DisplayName("sample writes a file that validates, and the same seed gives the same bytes")
    void sampleWritesValidData() throws IOException {
        Path a = dir.resolve("a.json");
        Path b = dir.resolve("b.json");
        assertThat(Cli.run(
                                "sample",
                                "--sites",
                                "3",
                                "--organisations",
                                "40",
                                "--deliveries",
                                "500",
                                "--seed",
                                "7",
                                "-o",
                                a.toString())
                        .exitCode())
                .isZero();
        assertThat(Cli.run(
                                "sample",
                                "--sites",
                                "3",
                                "--organisations",
                                "40",
                                "--deliveries",
                                "500",
                                "--seed",
                                "7",
                                "-o",
                                b.toString())
                        .exitCode())
                .isZero();
        assertThat(Files.readAllBytes(a)).isEqualTo(Files.readAllBytes(b));
        Cli r = Cli.run("--lang", "en", "validate", a.toString());
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("valid – 3 sites, 40 organisations").contains("500 deliveries");
    }

    @Test
    @DisplayName("sample with an impossible parameter is a usage error naming the rule and the value")
    void sampleBadParameter() {
        Cli r = Cli.run("sample", "--sites", "0");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("sites must be at least 1: 0");
    }

    @Test
    @DisplayName("an output file in a missing directory exits with 73 and leaves nothing behind")
    void outputCannotBeCreated() throws IOException {
        Path target = dir.resolve("missing-dir").resolve("out.json");
        Cli r = Cli.run("--lang", "en", "sample", "--deliveries", "10", "-o", target.toString());
        assertThat(r.exitCode()).isEqualTo(ExitCodes.CANNOT_CREATE);
        assertThat(r.err()).contains("cannot create output file");
        assertThat(Files.exists(target.getParent())).isFalse();
    }

    @Test
    @DisplayName("a failing write keeps the existing file and leaves no temporary file")
    void failedWriteKeepsOldFile() throws IOException {
        Path target = dir.resolve("keep.json");
        Files.writeString(target, "good");
        Messages messages = new Messages(java.util.Locale.ENGLISH);
        try {
            AtomicOutput.write(
                    target,
                    out -> {
                        out.write("half".getBytes(StandardCharsets.UTF_8));
                        throw new IOException("No space left on device");
                    },
                    messages);
        } catch (CliException e) {
            assertThat(e.exitCode()).isEqualTo(ExitCodes.IO_ERROR);
            assertThat(e.getMessage()).contains("No space left on device").contains("nothing written");
        }
        assertThat(Files.readString(target)).isEqualTo("good");
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(target);
        }
    }

    @Test
    @DisplayName("a successful write replaces the file and is readable by others like any new file")
    void successfulWrite() throws IOException {
        Path target = dir.resolve("new.txt");
        AtomicOutput.write(
                target, out -> out.write("x".getBytes(StandardCharsets.UTF_8)), new Messages(java.util.Locale.ENGLISH));
        assertThat(Files.readString(target)).isEqualTo("x");
        if (target.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(target)))
                    .isEqualTo("rw-r--r--");
        }
    }
}
