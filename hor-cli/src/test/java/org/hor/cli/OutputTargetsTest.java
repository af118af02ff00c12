package org.hor.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.hor.core.io.DatasetWriter;
import org.hor.core.model.Dataset;
import org.hor.core.sample.SampleGenerator;
import org.hor.core.sample.SampleParameters;
import org.hor.indicators.Catalogue;
import org.hor.indicators.Engine;
import org.hor.indicators.EvaluationOptions;
import org.hor.indicators.output.CsvDialect;
import org.hor.indicators.output.TidyCsvWriter;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("-o: devices and pipes are written as they are, an input is never an output, full disks and long names")
class OutputTargetsTest {

    private static final String HEADER = TidyCsvWriter.HEADER;

    @TempDir
    Path dir;

    private Path dataset() throws IOException {
        return Files.writeString(dir.resolve("data.json"), EvaluateCommandsTest.DATASET, StandardCharsets.UTF_8);
    }

    private List<String> files() throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.map(p -> dir.relativize(p).toString()).sorted().toList();
        }
    }

    private static boolean run(String... command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    // --- an input is never an output

    @Test
    @DisplayName(
            "evaluate, report and findings onto their own input: 64 before reading (an unreadable input would be 65), the input untouched")
    void ontoItsInput() throws IOException {
        Path input = Files.writeString(dir.resolve("data.json"), "{ not json");
        for (List<String> command :
                List.of(List.of("evaluate"), List.of("report", "--programme"), List.of("findings"))) {
            String[] args = Stream.concat(
                            Stream.concat(Stream.of("--lang", "en"), command.stream()),
                            Stream.of(input.toString(), "-o", input.toString()))
                    .toArray(String[]::new);
            Cli r = Cli.run(args);
            assertThat(r.exitCode()).as("%s: %s", command, r.err()).isEqualTo(ExitCodes.USAGE);
            assertThat(r.err().lines())
                    .containsExactly("hor: output " + input + " is an input of this run (" + input
                            + "); nothing read or written. Choose another output file.");
            assertThat(Files.readString(input)).isEqualTo("{ not json");
            assertThat(files()).containsExactly("", "data.json");
        }
    }

    @Test
    @DisplayName("the same file through a symbolic link, through .. and through a hard link is refused too")
    void sameFileByOtherNames() throws IOException {
        Path input = dataset();
        Files.createDirectory(dir.resolve("sub"));
        Path link = Files.createSymbolicLink(dir.resolve("link.csv"), input.getFileName());
        Path hard = Files.createLink(dir.resolve("hard.csv"), input);
        for (Path output : List.of(link, dir.resolve("sub/../data.json"), hard)) {
            Cli r = Cli.run("--lang", "en", "evaluate", input.toString(), "-o", output.toString());
            assertThat(r.exitCode()).as(output.toString()).isEqualTo(ExitCodes.USAGE);
            assertThat(r.err()).contains("is an input of this run");
            assertThat(Files.readString(input)).isEqualTo(EvaluateCommandsTest.DATASET);
            assertThat(Files.isSymbolicLink(link)).isTrue();
        }
        // and through a link to the input's folder
        Path folderLink = Files.createSymbolicLink(dir.resolve("again"), dir);
        Cli r = Cli.run(
                "--lang", "en", "evaluate", folderLink.resolve("data.json").toString(), "-o", input.toString());
        assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    @DisplayName(
            "a plugin jar named with --plugins is an input too, and so are the classes and META-INF of a plugin class folder")
    void ontoAPlugin() throws IOException {
        Path jar = Files.writeString(dir.resolve("plugin.jar"), "not really a jar");
        Cli r = Cli.run(
                "--lang",
                "en",
                "--plugins",
                jar.toString(),
                "evaluate",
                dataset().toString(),
                "-o",
                jar.toString());
        assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("plugin.jar is an input of this run");
        assertThat(Files.readString(jar)).isEqualTo("not really a jar");

        // a class folder: its classes and META-INF are inputs, a CSV beside them is not
        Path folder = Files.createDirectories(dir.resolve("classes/META-INF/services"))
                .getParent()
                .getParent();
        Path service = Files.writeString(folder.resolve("META-INF/services/org.hor.core.spi.IndicatorProvider"), "");
        Path type = Files.writeString(folder.resolve("Acme.class"), "");
        for (Path output : List.of(service, type)) {
            r = Cli.run(
                    "--lang",
                    "en",
                    "--plugins",
                    folder.toString(),
                    "evaluate",
                    dataset().toString(),
                    "-o",
                    output.toString());
            assertThat(r.exitCode()).as(output.toString()).isEqualTo(ExitCodes.USAGE);
            assertThat(Files.readString(output)).isEmpty();
        }
        Path csv = Files.writeString(folder.resolve("out.csv"), "old");
        r = Cli.run("--plugins", folder.toString(), "evaluate", dataset().toString(), "-o", csv.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(Files.readString(csv)).startsWith(HEADER);
    }

    @Test
    @DisplayName(
            "import onto one of its CSV files and export onto its own dataset file are refused; other files in the folder are fine")
    void importAndExportOntoInputs() throws IOException {
        Path folder = dir.resolve("tpl");
        assertThat(Cli.run("import", "--template", folder.toString()).exitCode())
                .isZero();
        String sites = Files.readString(folder.resolve("sites.csv"));
        Cli r = Cli.run(
                "--lang",
                "en",
                "import",
                folder.toString(),
                "-o",
                folder.resolve("sites.csv").toString());
        assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(Files.readString(folder.resolve("sites.csv"))).isEqualTo(sites);
        assertThat(Cli.run(
                                "import",
                                folder.toString(),
                                "-o",
                                folder.resolve("dataset.json").toString())
                        .exitCode())
                .isZero();

        // a dataset file that happens to carry the name of an export file in the target folder
        Path json = Files.copy(
                folder.resolve("dataset.json"),
                folder.resolve("deliveries.csv"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        String before = Files.readString(json);
        r = Cli.run("--lang", "en", "export", folder.toString(), json.toString());
        assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("deliveries.csv is an input of this run");
        assertThat(Files.readString(json)).isEqualTo(before);
        assertThat(Files.readString(folder.resolve("sites.csv"))).isEqualTo(sites);
    }

    // --- devices, pipes, standard output

    @Test
    @DisplayName("-o /dev/stdout and -o /dev/stderr write to the run's standard output and error")
    void standardStreams() throws IOException {
        boolean wasLink = Files.isSymbolicLink(Path.of("/dev/stdout"));
        Cli out = Cli.run("evaluate", dataset().toString(), "--scopes", "programme", "-o", "/dev/stdout");
        assertThat(out.exitCode()).as(out.err()).isZero();
        assertThat(out.out()).startsWith(HEADER + "\r\nprogramme,2024,");
        Cli err = Cli.run("evaluate", dataset().toString(), "--scopes", "programme", "-o", "/dev/stderr");
        assertThat(err.exitCode()).isZero();
        assertThat(err.out()).isEmpty();
        assertThat(err.err()).startsWith(HEADER + "\r\nprogramme,2024,");
        assertThat(Files.isSymbolicLink(Path.of("/dev/stdout"))).isEqualTo(wasLink);
    }

    @Test
    @DisplayName("a named pipe is written into and stays a pipe (no temporary file, no replacement)")
    void namedPipe() throws Exception {
        Path fifo = dir.resolve("pipe");
        assumeTrue(run("mkfifo", fifo.toString()), "mkfifo is not available here");
        CompletableFuture<String> reader = CompletableFuture.supplyAsync(() -> {
            try (InputStream in = Files.newInputStream(fifo)) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                return "failed: " + e;
            }
        });
        Cli r = Cli.run("evaluate", dataset().toString(), "--scopes", "programme", "-o", fifo.toString());
        assertThat(Files.isRegularFile(fifo, LinkOption.NOFOLLOW_LINKS))
                .as("the pipe was replaced by a file")
                .isFalse();
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(reader.get(60, TimeUnit.SECONDS)).startsWith(HEADER + "\r\nprogramme,2024,");
        assertThat(files()).containsExactly("", "data.json", "pipe");
    }

    @Test
    @DisplayName("a character device (our own /dev/null, made with mknod) is written into and stays a device")
    void characterDevice() throws IOException {
        Path device = dir.resolve("null");
        assumeTrue(run("mknod", device.toString(), "c", "1", "3"), "cannot make a device node here (not root?)");
        Cli r = Cli.run("evaluate", dataset().toString(), "-o", device.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(Files.isRegularFile(device, LinkOption.NOFOLLOW_LINKS))
                .as("the device was replaced")
                .isFalse();
        assertThat(Files.size(device)).isZero();
        assertThat(files()).containsExactly("", "data.json", "null");
    }

    @Test
    @DisplayName("a block device (made with mknod; a disk) is refused with 73 and neither written nor replaced")
    void blockDevice() throws IOException {
        Path device = dir.resolve("disk");
        // loop device 200: not attached on an ordinary machine, and never opened by the test
        assumeTrue(run("mknod", device.toString(), "b", "7", "200"), "cannot make a device node here (not root?)");
        Cli r = Cli.run("--lang", "en", "evaluate", dataset().toString(), "-o", device.toString());
        assertThat(r.exitCode()).isEqualTo(ExitCodes.CANNOT_CREATE);
        assertThat(r.err().lines()).containsExactly("hor: cannot create output file " + device + " (a block device)");
        assertThat(Files.isRegularFile(device, LinkOption.NOFOLLOW_LINKS)).isFalse();
        assertThat(files()).containsExactly("", "data.json", "disk");
    }

    @Test
    @DisplayName("a full device (/dev/full) is exit 74 with the device named, and stays a device")
    void fullDevice() throws IOException {
        Path full = Path.of("/dev/full");
        assumeTrue(Files.exists(full) && !Files.isRegularFile(full), "no /dev/full here");
        Cli r = Cli.run("--lang", "en", "evaluate", dataset().toString(), "-o", full.toString());
        assertThat(r.exitCode()).isEqualTo(ExitCodes.IO_ERROR);
        assertThat(r.err().lines()).hasSize(1).first().asString().startsWith("hor: write error in /dev/full: ");
        HostileInputCliTest.noStackTrace(r);
        assertThat(Files.isRegularFile(full)).isFalse();
    }

    // --- full disks, long names, permissions

    /** A stream that takes {@code room} bytes and then fails as a full disk does. */
    private static OutputStream filling(OutputStream out, int room) {
        return new FilterOutputStream(out) {
            private int left = room;

            @Override
            public void write(int b) throws IOException {
                if (left-- <= 0) {
                    throw new IOException("No space left on device");
                }
                out.write(b);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                for (int i = 0; i < len; i++) {
                    write(b[off + i]);
                }
            }
        };
    }

    @Test
    @DisplayName(
            "a disk that fills up under the CSV and JSON writers (their errors are unchecked) is 74, not an internal error; the old file stays")
    void diskFullUnderTheWriters() throws IOException {
        Dataset d = SampleGenerator.generate(
                SampleParameters.defaults().withSites(1).withOrganisations(3).withDeliveries(20));
        var evaluation = Engine.create(d, Catalogue.load()).evaluate(EvaluationOptions.defaults());
        Path target = Files.writeString(dir.resolve("old.csv"), "the good old content\n");
        List<AtomicOutput.Content> writers = List.of(
                out -> new TidyCsvWriter(CsvDialect.CSV).write(evaluation, filling(out, 1000)),
                out -> DatasetWriter.create().write(d, filling(out, 1000)));
        for (AtomicOutput.Content writer : writers) {
            Throwable e = catchThrowable(() -> AtomicOutput.write(target, writer, new Messages(Locale.ENGLISH)));
            assertThat(e).isInstanceOf(CliException.class);
            assertThat(((CliException) e).exitCode()).isEqualTo(ExitCodes.IO_ERROR);
            assertThat(e.getMessage())
                    .isEqualTo("write error in " + target + ": No space left on device; nothing written.");
            assertThat(Files.readString(target)).isEqualTo("the good old content\n");
            assertThat(files()).containsExactly("", "old.csv");
        }
    }

    @Test
    @DisplayName(
            "an output file name of 255 bytes (the longest a file system allows) is written: the temporary name is short")
    void longestName() throws IOException {
        Path target = dir.resolve("a".repeat(250) + ".json");
        Cli r = Cli.run("sample", "--sites", "1", "--organisations", "2", "--deliveries", "3", "-o", target.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(Files.readString(target)).startsWith("{");
        assertThat(files()).containsExactly("", target.getFileName().toString());
        // and a name with 2-byte characters: 127 × 2 + 1 = 255 bytes
        Path umlauts = dir.resolve("ü".repeat(127) + "x");
        r = Cli.run("sample", "--sites", "1", "--organisations", "2", "--deliveries", "3", "-o", umlauts.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
    }

    @Test
    @DisplayName(
            "a new output file gets the permissions of any new file here (the umask), a replaced one keeps its own")
    void permissions() throws IOException {
        Path reference = Files.createFile(dir.resolve("reference"));
        Path target = dir.resolve("new.json");
        assertThat(Cli.run(
                                "sample",
                                "--sites",
                                "1",
                                "--organisations",
                                "2",
                                "--deliveries",
                                "3",
                                "-o",
                                target.toString())
                        .exitCode())
                .isZero();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target)))
                .isEqualTo(PosixFilePermissions.toString(Files.getPosixFilePermissions(reference)));
    }

    @Test
    @DisplayName("an output through a symbolic link replaces the file it points to; the link stays a link")
    void throughALink() throws IOException {
        Path real = Files.writeString(dir.resolve("real.json"), "old");
        Path link = Files.createSymbolicLink(dir.resolve("link.json"), real.getFileName());
        Cli r = Cli.run("sample", "--sites", "1", "--organisations", "2", "--deliveries", "3", "-o", link.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(real)).startsWith("{");
        assertThat(files()).containsExactly("", "link.json", "real.json");
    }
}
