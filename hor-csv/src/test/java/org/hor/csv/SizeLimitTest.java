package org.hor.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 13 point 10: the import has a size limit like the JSON reader's, instead of running out of memory. */
class SizeLimitTest {

    // Folders.minimal: dataset.csv is 61 + 37 = 98 bytes; sites.csv is 58 (header) + 67 + 65 = 190 bytes
    // (each "Träger" has one two-byte ä)

    @Test
    @DisplayName("a file of exactly the limit is read; one byte more is HOR-101 with its size, and only that file")
    void limitPerFile(@TempDir Path tmp) throws Exception {
        Folders.minimal(tmp);
        ImportResult atLimit =
                DatasetImporter.builder().maxFileBytes(190).build().importFrom(tmp);
        assertThat(Folders.lines(atLimit)).isEmpty();

        ImportResult over = DatasetImporter.builder().maxFileBytes(189).build().importFrom(tmp);
        assertThat(Folders.lines(over))
                .containsExactly("sites.csv HOR-101 The file is larger than the allowed 189 bytes "
                        + "(raise the limit with DatasetImporter.Builder.maxFileBytes) [190]");
        assertThat(Folders.lines(over, Locale.GERMAN))
                .containsExactly(
                        "sites.csv HOR-101 Die Datei ist größer als die "
                                + "erlaubten 189 Bytes (die Grenze lässt sich mit DatasetImporter.Builder.maxFileBytes anheben) [190]");
        assertThat(over.dataset()).isEmpty();
        assertThat(over.files())
                .extracting(ImportedFile::file, ImportedFile::rows)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("dataset.csv", 1),
                        org.assertj.core.groups.Tuple.tuple("sites.csv", -1));

        ImportResult both = DatasetImporter.builder().maxFileBytes(97).build().importFrom(tmp);
        assertThat(both.violations())
                .extracting(
                        CsvViolation::file,
                        CsvViolation::code,
                        v -> v.violation().value())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("dataset.csv", "HOR-101", "98"),
                        org.assertj.core.groups.Tuple.tuple("sites.csv", "HOR-101", "190"));
    }

    @Test
    @DisplayName(
            "by default a 3 GiB file, or one of 512 MiB and one byte, is HOR-101 and never read; a limit must be positive")
    void defaults(@TempDir Path tmp) throws Exception {
        Folders.minimal(tmp);
        // sparse files: their size is real, their bytes are never read (a read would run out of memory)
        try (java.io.RandomAccessFile f =
                new java.io.RandomAccessFile(tmp.resolve("deliveries.csv").toFile(), "rw")) {
            f.setLength(3L << 30);
        }
        try (java.io.RandomAccessFile f =
                new java.io.RandomAccessFile(tmp.resolve("offers.csv").toFile(), "rw")) {
            f.setLength((512L << 20) + 1);
        }
        ImportResult r = DatasetImporter.builder().build().importFrom(tmp);
        assertThat(Folders.lines(r))
                .containsExactly(
                        "offers.csv HOR-101 The file is larger than the allowed 536870912 bytes (raise the limit with "
                                + "DatasetImporter.Builder.maxFileBytes) [536870913]",
                        "deliveries.csv HOR-101 The file is larger than the allowed 536870912 bytes (raise the limit with "
                                + "DatasetImporter.Builder.maxFileBytes) [3221225472]");

        // a limit beyond what one array holds still refuses the 3 GiB file, at the 2 GiB it can hold
        java.nio.file.Files.delete(tmp.resolve("offers.csv")); // (it would be read: 512 MiB of zeros)
        ImportResult huge =
                DatasetImporter.builder().maxFileBytes(4L << 30).build().importFrom(tmp);
        assertThat(huge.violations())
                .filteredOn(v -> v.file().equals("deliveries.csv"))
                .singleElement()
                .extracting(v -> v.format(Locale.ENGLISH))
                .isEqualTo(
                        "deliveries.csv HOR-101 The file is larger than the "
                                + "allowed 2147483639 bytes (raise the limit with DatasetImporter.Builder.maxFileBytes) [3221225472]");

        assertThatThrownBy(() -> DatasetImporter.builder().maxFileBytes(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("maxFileBytes must be positive: 0");
    }
}
