package org.hor.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.hor.core.io.DatasetReader;
import org.hor.csv.testing.Datasets;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files written: all or nothing, no leftovers; the template imports cleanly. */
class ExportTest {

    private static long count(Path dir) throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.count();
        }
    }

    @Test
    @DisplayName("an export into a new folder writes all twelve files and leaves no temporary folder")
    void newFolder(@TempDir Path tmp) throws Exception {
        DatasetExporter.builder().build().exportTo(Datasets.tricky(), tmp.resolve("a/b"));
        assertThat(count(tmp.resolve("a/b"))).isEqualTo(12);
        assertThat(count(tmp.resolve("a"))).isEqualTo(1);
    }

    @Test
    @DisplayName("an export into an existing folder replaces its files and keeps other files")
    void existingFolder(@TempDir Path tmp) throws Exception {
        Folders.write(tmp, "sites.csv", "old");
        Folders.write(tmp, "README.txt", "mine");
        DatasetExporter.builder().build().exportTo(Templates.example(), tmp);
        assertThat(Files.readString(tmp.resolve("sites.csv"))).startsWith("id,name,");
        assertThat(Files.readString(tmp.resolve("README.txt"))).isEqualTo("mine");
        assertThat(count(tmp)).isEqualTo(13);
        assertThat(count(tmp.getParent().resolve(tmp.getFileName()))).isEqualTo(13);
    }

    @Test
    @DisplayName("an export onto a file fails before anything is written")
    void ontoFile(@TempDir Path tmp) throws Exception {
        Folders.write(tmp, "taken", "x");
        assertThatThrownBy(() -> DatasetExporter.builder().build().exportTo(Templates.example(), tmp.resolve("taken")))
                .isInstanceOf(NotDirectoryException.class);
        assertThat(count(tmp)).isEqualTo(1);
        assertThat(Files.readString(tmp.resolve("taken"))).isEqualTo("x");
    }

    @Test
    @DisplayName("the exporter refuses the AUTO dialect")
    void noAuto() {
        assertThatThrownBy(() -> DatasetExporter.builder().dialect(Dialect.AUTO))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not AUTO");
    }

    @Test
    @DisplayName("the template folder has a header and an example row in every file and imports cleanly")
    void template(@TempDir Path tmp) throws Exception {
        Templates.write(tmp);
        assertThat(count(tmp)).isEqualTo(12);
        assertThat(Files.readAllLines(tmp.resolve("deliveries.csv")))
                .containsExactly(
                        "id,offerId,organisationId,date,hours,amount,participants",
                        "D-1,F-1,O-1,2024-03-05,1.5,1500.00,3");
        assertThat(Files.readAllLines(tmp.resolve("sites.csv"))).hasSize(3);
        assertThat(Files.readAllLines(tmp.resolve("exchanges.csv")))
                .containsExactly(
                        "id,date,format,hostSiteId,siteIds,topic",
                        "E-1,2024-05-15,PEER_VISIT,S-A,S-A|S-B,Mikroförderung in der Praxis");

        ImportResult r = DatasetImporter.builder().build().importFrom(tmp);
        assertThat(Folders.lines(r)).isEmpty();
        assertThat(r.dataset()).contains(Templates.example());
    }

    @Test
    @DisplayName("the German template imports cleanly too")
    void germanTemplate(@TempDir Path tmp) throws Exception {
        Templates.write(tmp, Dialect.GERMAN);
        assertThat(Files.readAllLines(tmp.resolve("budgets.csv")))
                .containsExactly("\uFEFFsiteId;year;amount", "S-A;2024;120000,00");
        assertThat(DatasetImporter.builder().build().importFrom(tmp).dataset()).contains(Templates.example());
    }

    @Test
    @DisplayName("a valid import written as JSON reads back equal with the JSON reader")
    void importTo(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("json/dataset.json");
        ImportResult r = DatasetImporter.builder().build().importTo(Folders.resource("german"), out);
        assertThat(r.isValid()).isTrue();
        assertThat(DatasetReader.builder().build().read(out).dataset()).isEqualTo(r.dataset());
        assertThat(count(tmp.resolve("json"))).isEqualTo(1);
    }
}
