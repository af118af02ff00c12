package org.hor.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("Output faults: a clear message and exit code, no partial file, existing files untouched")
class OutputFaultsTest {

    @TempDir
    Path dir;

    private static final String[] SMALL = {"--sites", "1", "--organisations", "2", "--deliveries", "3"};

    private static String[] sample(String output) {
        return Stream.concat(Stream.of("--lang", "en", "sample", "-o", output), Stream.of(SMALL))
                .toArray(String[]::new);
    }

    private List<String> files() throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.map(p -> dir.relativize(p).toString()).sorted().toList();
        }
    }

    @Test
    @DisplayName("an output path under a regular file is exit 73 with one line, and the file stays as it was")
    void parentIsAFile() throws IOException {
        Path plain = Files.writeString(dir.resolve("plain.txt"), "keep me");
        Cli r = Cli.run(sample(plain.resolve("out.json").toString()));
        assertThat(r.exitCode()).isEqualTo(ExitCodes.CANNOT_CREATE);
        assertThat(r.err().lines()).hasSize(1).allMatch(l -> l.startsWith("hor: ") && l.contains("out.json"));
        HostileInputCliTest.noStackTrace(r);
        assertThat(Files.readString(plain)).isEqualTo("keep me");
        assertThat(files()).containsExactly("", "plain.txt");
    }

    @Test
    @DisplayName("an output path in a directory that does not exist is exit 73 and creates no directory")
    void missingDirectory() throws IOException {
        Cli r = Cli.run(sample(dir.resolve("no/such/dir/out.json").toString()));
        assertThat(r.exitCode()).isEqualTo(ExitCodes.CANNOT_CREATE);
        HostileInputCliTest.noStackTrace(r);
        assertThat(files()).containsExactly("");
    }

    @Test
    @DisplayName("an output path that is a directory is exit 73 and the directory keeps its content")
    void outputIsADirectory() throws IOException {
        Path sub = Files.createDirectory(dir.resolve("out.json"));
        Files.writeString(sub.resolve("inside.txt"), "x");
        Cli r = Cli.run(sample(sub.toString()));
        assertThat(r.exitCode()).isEqualTo(ExitCodes.CANNOT_CREATE);
        HostileInputCliTest.noStackTrace(r);
        assertThat(files()).containsExactly("", "out.json", "out.json/inside.txt");
    }

    @Test
    @DisplayName(
            "a read-only directory is exit 73 (skipped as root, whom permission bits do not stop: see parentIsAFile)")
    void readOnlyDirectory() throws IOException {
        Path ro = Files.createDirectory(dir.resolve("ro"));
        Files.setPosixFilePermissions(ro, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assumeFalse(Files.isWritable(ro), "running as root: permission bits are ignored");
            Cli r = Cli.run(sample(ro.resolve("out.json").toString()));
            assertThat(r.exitCode()).isEqualTo(ExitCodes.CANNOT_CREATE);
            HostileInputCliTest.noStackTrace(r);
            assertThat(files()).containsExactly("", "ro");
        } finally {
            Files.setPosixFilePermissions(ro, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    @DisplayName(
            "a disk that fills up while writing is exit 74; the old file is untouched and no temporary file is left")
    void diskFull() throws IOException {
        Path target = Files.writeString(dir.resolve("report.json"), "the good old content\n");
        CliException e = (CliException) org.assertj.core.api.Assertions.catchThrowable(() -> AtomicOutput.write(
                target,
                out -> {
                    out.write(new byte[100_000]);
                    throw new IOException("No space left on device");
                },
                new Messages(Locale.ENGLISH)));
        assertThat(e.exitCode()).isEqualTo(ExitCodes.IO_ERROR);
        assertThat(e.getMessage()).contains("report.json").contains("No space left on device");
        assertThat(Files.readString(target)).isEqualTo("the good old content\n");
        assertThat(files()).containsExactly("", "report.json");
    }

    @Test
    @DisplayName("a writer that fails with an unchecked exception leaves no temporary file either")
    void uncheckedFailure() throws IOException {
        Path target = dir.resolve("new.json");
        assertThatThrownBy(() -> AtomicOutput.write(
                        target,
                        out -> {
                            out.write(1);
                            throw new IllegalStateException("boom");
                        },
                        new Messages(Locale.ENGLISH)))
                .isInstanceOf(IllegalStateException.class);
        assertThat(files()).containsExactly("");
    }

    @Test
    @DisplayName("a successful run replaces the old file whole, keeps its permissions and leaves no temporary file")
    void replaces() throws IOException {
        Path target = Files.writeString(dir.resolve("sample.json"), "old");
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-rw----"));
        Cli r = Cli.run(sample(target.toString()));
        assertThat(r.exitCode()).isZero();
        assertThat(Files.readString(target, StandardCharsets.UTF_8))
                .startsWith("{")
                .endsWith("}\n");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target)))
                .isEqualTo("rw-rw----");
        assertThat(files()).containsExactly("", "sample.json");
    }

    @Test
    @DisplayName("standard output on a full disk (/dev/full) is exit 74, not a silent success")
    void stdoutFull() throws Exception {
        assumeFalse(!new File("/dev/full").exists(), "no /dev/full here");
        List<String> cmd = Stream.concat(
                        Stream.of(
                                Path.of(System.getProperty("java.home"), "bin", "java")
                                        .toString(),
                                "-cp",
                                System.getProperty("java.class.path"),
                                Main.class.getName(),
                                "sample"),
                        Stream.of(SMALL))
                .toList();
        Process p = new ProcessBuilder(cmd)
                .redirectOutput(new File("/dev/full"))
                .redirectError(dir.resolve("err.txt").toFile())
                .start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(Files.readString(dir.resolve("err.txt"))).isEqualTo(ExitCodes.IO_ERROR);
    }
}
