package org.hor.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.hor.csv.internal.FolderWriter;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An export into an existing folder is all or nothing, names the file that failed, and creates ordinary files. */
class ExportAllOrNothingTest {

    @TempDir
    Path tmp;

    /** Every file and folder below {@code dir} with its content ({@code <dir>} for folders), sorted. */
    private static List<String> snapshot(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            List<String> out = new ArrayList<>();
            for (Path p : s.sorted().toList()) {
                out.add(dir.relativize(p) + "=" + (Files.isDirectory(p) ? "<dir>" : Files.readString(p)));
            }
            return out;
        }
    }

    /** A folder with an old export: three of the twelve files with old content, and a file of the user's. */
    private Path oldFolder() throws IOException {
        Path dir = Files.createDirectory(tmp.resolve("out"));
        Files.writeString(dir.resolve("dataset.csv"), "old dataset");
        Files.writeString(dir.resolve("sites.csv"), "old sites");
        Files.writeString(dir.resolve("offers.csv"), "old offers");
        Files.writeString(dir.resolve("notes.txt"), "mine");
        return dir;
    }

    @Test
    @DisplayName(
            "a folder in the way of deliveries.csv: nothing changes, and the exception names deliveries.csv in the folder")
    void folderInTheWay() throws IOException {
        Path dir = oldFolder();
        Files.createDirectories(dir.resolve("deliveries.csv/inside"));
        List<String> before = snapshot(dir);

        Throwable e = catchThrowable(() -> DatasetExporter.builder().build().exportTo(Templates.example(), dir));

        assertThat(e).isInstanceOf(FileSystemException.class);
        assertThat(((FileSystemException) e).getFile())
                .isEqualTo(dir.resolve("deliveries.csv").toString());
        assertThat(snapshot(dir)).isEqualTo(before);
        assertThat(snapshot(tmp)).hasSize(before.size() + 1);
    }

    @Test
    @DisplayName(
            "when the fifth move fails, the four files moved are taken out, the replaced ones put back, and the file is named")
    void moveFails() throws IOException {
        Path dir = oldFolder();
        List<String> before = snapshot(dir);
        int[] moves = {0};
        FolderWriter.Mover failing = (from, to) -> {
            if (to.startsWith(dir) && to.getParent().equals(dir) && ++moves[0] == 5) {
                throw new FileSystemException(from.toString(), to.toString(), "Input/output error");
            }
            FolderWriter.move(from, to);
        };
        // moves into the folder: dataset.csv, sites.csv, organisations.csv, offers.csv, then deliveries.csv fails
        Throwable e = catchThrowable(() -> FolderWriter.write(
                FolderWriter.render(Templates.example(), Dialect.STANDARD, false), dir, true, failing));

        assertThat(e).isInstanceOf(FileSystemException.class).hasMessageContaining("Input/output error");
        assertThat(((FileSystemException) e).getFile())
                .isEqualTo(dir.resolve("deliveries.csv").toString());
        assertThat(((FileSystemException) e).getOtherFile()).isNull();
        assertThat(moves[0]).isEqualTo(5);
        assertThat(snapshot(dir)).isEqualTo(before);
    }

    @Test
    @DisplayName(
            "a successful export into the old folder replaces the three files, adds nine, keeps the user's and leaves no temporary folder")
    void replaces() throws IOException {
        Path dir = oldFolder();
        DatasetExporter.builder().build().exportTo(Templates.example(), dir);
        List<String> after = snapshot(dir);
        assertThat(after).hasSize(1 + 12 + 1);
        assertThat(after).contains("notes.txt=mine");
        assertThat(Files.readString(dir.resolve("sites.csv"))).startsWith("id,name,");
        assertThat(snapshot(tmp)).hasSize(1 + 1 + 12 + 1);
    }

    @Test
    @DisplayName(
            "without replacing, an existing file stops the export before anything is written, and every such file is named")
    void noReplace() throws IOException {
        Path dir = oldFolder();
        List<String> before = snapshot(dir);
        Throwable e = catchThrowable(
                () -> DatasetExporter.builder().replaceExisting(false).build().exportTo(Templates.example(), dir));
        assertThat(e)
                .isInstanceOf(FileAlreadyExistsException.class)
                .hasMessageContaining("dataset.csv, sites.csv, offers.csv");
        assertThat(snapshot(dir)).isEqualTo(before);
        // an empty folder is fine
        Path empty = Files.createDirectory(tmp.resolve("empty"));
        DatasetExporter.builder().replaceExisting(false).build().exportTo(Templates.example(), empty);
        assertThat(snapshot(empty)).hasSize(13);
    }

    @Test
    @DisplayName(
            "a new folder and its files get the permissions of any new folder and file here (the umask), not owner-only")
    void ordinaryPermissions() throws IOException {
        Path reference = Files.createDirectory(tmp.resolve("reference"));
        Path referenceFile = Files.createFile(tmp.resolve("reference.txt"));
        Path dir = tmp.resolve("new");
        DatasetExporter.builder().build().exportTo(Templates.example(), dir);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir)))
                .isEqualTo(PosixFilePermissions.toString(Files.getPosixFilePermissions(reference)));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("sites.csv"))))
                .isEqualTo(PosixFilePermissions.toString(Files.getPosixFilePermissions(referenceFile)));
    }

    @Test
    @DisplayName("a folder and a JSON file with names of 250 characters are written: the temporary names are short")
    void longNames() throws IOException {
        Path dir = tmp.resolve("d".repeat(250));
        DatasetExporter.builder().build().exportTo(Templates.example(), dir);
        assertThat(snapshot(dir)).hasSize(13);
        Path json = tmp.resolve("j".repeat(245) + ".json");
        ImportResult r = DatasetImporter.builder().build().importTo(dir, json);
        assertThat(r.isValid()).isTrue();
        assertThat(json).isRegularFile();
    }
}
