package org.hor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName(
        "import --template and export: never overwrite without --force, all or nothing, ordinary permissions, the formula guard")
class FolderOutputTest {

    @TempDir
    Path dir;

    private static List<String> snapshot(Path folder) throws IOException {
        try (Stream<Path> s = Files.walk(folder)) {
            List<String> out = new ArrayList<>();
            for (Path p : s.sorted().toList()) {
                out.add(folder.relativize(p) + "=" + (Files.isDirectory(p) ? "<dir>" : Files.readString(p)));
            }
            return out;
        }
    }

    private Path dataset() throws IOException {
        return Files.writeString(dir.resolve("data.json"), EvaluateCommandsTest.DATASET, StandardCharsets.UTF_8);
    }

    @Test
    @DisplayName(
            "import --template into a folder holding sites.csv and budgets.csv: exit 73, both named, nothing written")
    void templateRefusesToOverwrite() throws IOException {
        Path tpl = Files.createDirectory(dir.resolve("tpl"));
        Files.writeString(tpl.resolve("sites.csv"), "my sites");
        Files.writeString(tpl.resolve("budgets.csv"), "my budgets");
        Files.writeString(tpl.resolve("notes.txt"), "mine");
        List<String> before = snapshot(tpl);

        Cli r = Cli.run("--lang", "en", "import", "--template", tpl.toString());

        assertThat(r.exitCode()).isEqualTo(ExitCodes.CANNOT_CREATE);
        assertThat(r.err().lines())
                .containsExactly("hor: the folder " + tpl + " already holds sites.csv, budgets.csv; "
                        + "nothing written. Use --force to replace them, or choose another folder.");
        assertThat(snapshot(tpl)).isEqualTo(before);

        Cli de = Cli.run("--lang", "de", "import", "--template", tpl.toString());
        assertThat(de.err()).contains("enthält bereits sites.csv, budgets.csv").contains("--force");
    }

    @Test
    @DisplayName(
            "import --template --force replaces them and keeps other files; into an empty or new folder no --force is needed")
    void templateWithForce() throws IOException {
        Path tpl = Files.createDirectory(dir.resolve("tpl"));
        Files.writeString(tpl.resolve("sites.csv"), "my sites");
        Files.writeString(tpl.resolve("notes.txt"), "mine");
        assertThat(Cli.run("import", "--template", tpl.toString(), "--force").exitCode())
                .isZero();
        assertThat(Files.readString(tpl.resolve("sites.csv"))).startsWith("id,name,");
        assertThat(Files.readString(tpl.resolve("notes.txt"))).isEqualTo("mine");
        assertThat(snapshot(tpl)).hasSize(1 + 12 + 1);

        Path empty = Files.createDirectory(dir.resolve("empty"));
        assertThat(Cli.run("import", "--template", empty.toString()).exitCode()).isZero();
        assertThat(Cli.run("import", "--template", dir.resolve("new").toString())
                        .exitCode())
                .isZero();
        assertThat(snapshot(dir.resolve("new"))).hasSize(13);
    }

    @Test
    @DisplayName(
            "export into a folder where deliveries.csv is a folder: exit 73 naming deliveries.csv, the folder exactly as before")
    void exportAllOrNothing() throws IOException {
        Path out = Files.createDirectory(dir.resolve("out"));
        Files.writeString(out.resolve("dataset.csv"), "old dataset");
        Files.writeString(out.resolve("sites.csv"), "old sites");
        Files.createDirectories(out.resolve("deliveries.csv/inside"));
        List<String> before = snapshot(out);

        Cli r = Cli.run("--lang", "en", "export", out.toString(), dataset().toString());

        assertThat(r.exitCode()).isEqualTo(ExitCodes.CANNOT_CREATE);
        assertThat(r.err().lines())
                .containsExactly("hor: cannot write into the folder " + out + ": "
                        + out.toAbsolutePath().resolve("deliveries.csv")
                        + " (a folder is in the way of the file); the folder is as it was.");
        assertThat(snapshot(out)).isEqualTo(before);
        try (Stream<Path> s = Files.list(dir)) {
            assertThat(s.map(p -> p.getFileName().toString()).sorted()).containsExactly("data.json", "out");
        }
    }

    @Test
    @DisplayName(
            "an exported new folder and its files get the permissions of any new folder and file (the umask), not 700")
    void exportPermissions() throws IOException {
        Path referenceFolder = Files.createDirectory(dir.resolve("reference"));
        Path referenceFile = Files.createFile(dir.resolve("reference.txt"));
        Path out = dir.resolve("out");
        assertThat(Cli.run("export", out.toString(), dataset().toString()).exitCode())
                .isZero();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(out)))
                .isEqualTo(PosixFilePermissions.toString(Files.getPosixFilePermissions(referenceFolder)));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(out.resolve("sites.csv"))))
                .isEqualTo(PosixFilePermissions.toString(Files.getPosixFilePermissions(referenceFile)));
        // the template's folder too
        Path tpl = dir.resolve("tpl");
        assertThat(Cli.run("import", "--template", tpl.toString()).exitCode()).isZero();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(tpl)))
                .isEqualTo(PosixFilePermissions.toString(Files.getPosixFilePermissions(referenceFolder)));
    }

    @Test
    @DisplayName("export writes an id such as -A1 with the formula guard, and import brings back the identical dataset")
    void exportGuardsIds() throws IOException {
        String data = EvaluateCommandsTest.DATASET.replace("\"S-A\"", "\"-A1\"").replace("\"O-2\"", "\"-O2\"");
        Path json = Files.writeString(dir.resolve("dash.json"), data, StandardCharsets.UTF_8);
        Path canonical = dir.resolve("canonical.json");
        assertThat(Cli.run("export", dir.resolve("csv").toString(), json.toString())
                        .exitCode())
                .isZero();
        assertThat(Files.readString(dir.resolve("csv/sites.csv"))).contains("\r\n'-A1,Haus A,");
        assertThat(Files.readString(dir.resolve("csv/offers.csv"))).contains("\r\nF-1,'-A1,CONSULTING,");
        assertThat(Files.readString(dir.resolve("csv/deliveries.csv"))).contains("\r\nD-2,F-1,'-O2,2024-03-01,");
        Cli r = Cli.run("import", dir.resolve("csv").toString(), "-o", canonical.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        Cli again = Cli.run("export", dir.resolve("csv2").toString(), canonical.toString());
        assertThat(again.exitCode()).isZero();
        for (String name : org.hor.csv.DatasetExporter.fileNames()) {
            assertThat(Files.readString(dir.resolve("csv2").resolve(name)))
                    .as(name)
                    .isEqualTo(Files.readString(dir.resolve("csv").resolve(name)));
        }
        assertThat(Files.readString(canonical)).contains("\"id\": \"-A1\"").doesNotContain("'-A1");
    }
}
