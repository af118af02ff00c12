package org.hor.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.hor.core.model.Programme;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Problems of files, headers and rows, and the import options. */
class FolderStructureTest {

    private static final String SITES_HEADER = "id,name,city,state,carrier,carrierType,coverage,start,end\n";

    @Test
    @DisplayName("the minimal folder is valid")
    void minimal(@TempDir Path tmp) throws Exception {
        Folders.minimal(tmp);
        ImportResult r = DatasetImporter.builder().build().importFrom(tmp);
        assertThat(Folders.lines(r)).isEmpty();
        assertThat(r.dataset().orElseThrow().programme()).isEqualTo(new Programme("hor", "House of Resources", null));
    }

    @Test
    @DisplayName("without sites.csv and dataset.csv every missing value is named, with its file and column")
    void missingFiles(@TempDir Path tmp) throws Exception {
        Folders.write(tmp, "notes.txt", "ignored: not a CSV file");
        ImportResult r = DatasetImporter.builder().build().importFrom(tmp);
        assertThat(Folders.lines(r))
                .containsExactly(
                        "dataset.csv (asOf) HOR-200 Required field is missing",
                        "dataset.csv (programmeId) HOR-200 Required field is missing",
                        "dataset.csv (programmeName) HOR-200 Required field is missing",
                        "sites.csv HOR-200 At least one site is required");
    }

    @Test
    @DisplayName("without dataset.csv the options give asOf and the programme; the format version is 1")
    void options(@TempDir Path tmp) throws Exception {
        Folders.minimal(tmp);
        Files.delete(tmp.resolve("dataset.csv"));
        ImportResult r = DatasetImporter.builder()
                .asOf(LocalDate.of(2024, 6, 30))
                .programmeId("p1")
                .programmeName("Programm")
                .build()
                .importFrom(tmp);
        assertThat(Folders.lines(r)).isEmpty();
        assertThat(r.dataset().orElseThrow().formatVersion()).isEqualTo("1");
        assertThat(r.dataset().orElseThrow().asOf()).isEqualTo(LocalDate.of(2024, 6, 30));
        assertThat(r.dataset().orElseThrow().programme()).isEqualTo(new Programme("p1", "Programm", null));
    }

    @Test
    @DisplayName(
            "options override dataset.csv and are checked like it; a problem of an option is located at the option")
    void overrides(@TempDir Path tmp) throws Exception {
        Folders.minimal(tmp);
        ImportResult r = DatasetImporter.builder()
                .programmeId("not an id")
                .asOf(LocalDate.of(2020, 6, 30))
                .build()
                .importFrom(tmp);
        // S-B starts 2021-03-01, after the overriding asOf 2020-06-30
        assertThat(Folders.lines(r))
                .containsExactly(
                        "(option programmeId) HOR-201 Not a valid id: 1 to 64 characters of A–Z a–z 0–9 . _ - [not an id]",
                        "sites.csv:3 (start) HOR-303 The date is after asOf (2020-06-30) [2021-03-01]");
    }

    @Test
    @DisplayName("an unknown .csv file, a duplicate and a missing column are reported once each, not per row")
    void headers(@TempDir Path tmp) throws Exception {
        Folders.minimal(tmp);
        Folders.write(tmp, "delivery.csv", "id\n");
        Folders.write(tmp, "offers.csv", "id,siteId,type,type\nF-1,S-A,ROOM,ROOM\nF-2,S-A,ROOM,ROOM\n");
        ImportResult r = DatasetImporter.builder().build().importFrom(tmp);
        assertThat(Folders.lines(r))
                .containsExactly(
                        "offers.csv:1 (title) HOR-200 The required column title is missing from the header",
                        "offers.csv:1 (type) HOR-106 The key type occurs more than once in this object [type]",
                        "delivery.csv HOR-107 Unknown file delivery.csv (known files: dataset.csv, sites.csv, organisations.csv, "
                                + "offers.csv, deliveries.csv, cooperations.csv, outcomes.csv, exchanges.csv, targets.csv, "
                                + "budgets.csv, measurements.csv, supportActions.csv) [delivery.csv]");
    }

    @Test
    @DisplayName("a duplicate id names the line of the first occurrence")
    void duplicateId(@TempDir Path tmp) throws Exception {
        Folders.minimal(tmp);
        Folders.write(
                tmp,
                "sites.csv",
                SITES_HEADER
                        + "S-A,Haus A,Dresden,DE-SN,Träger,MIGRANT_UMBRELLA,CITY,2020-01-01,\n"
                        + "\n"
                        + "S-A,Haus B,Leipzig,DE-SN,Träger B,CONSORTIUM,REGION,2021-03-01,\n");
        ImportResult r = DatasetImporter.builder().build().importFrom(tmp);
        // the empty line 3 is skipped but counted
        assertThat(Folders.lines(r))
                .containsExactly("sites.csv:4 (id) HOR-307 The id S-A already occurs in sites.csv:2 [S-A]");
    }

    @Test
    @DisplayName("an unsupported format version is the only problem reported")
    void formatVersion(@TempDir Path tmp) throws Exception {
        Folders.minimal(tmp);
        Folders.write(tmp, "dataset.csv", "formatVersion,asOf,programmeId,programmeName\n2,31.12.2024,hor,\n");
        ImportResult r = DatasetImporter.builder().build().importFrom(tmp);
        assertThat(Folders.lines(r))
                .containsExactly(
                        "dataset.csv:2 (formatVersion) HOR-105 Unsupported format version: this library reads version \"1\" only [2]");
    }

    @Test
    @DisplayName("dataset.csv must have exactly one row")
    void twoRows(@TempDir Path tmp) throws Exception {
        Folders.minimal(tmp);
        Folders.write(
                tmp,
                "dataset.csv",
                "formatVersion,asOf,programmeId,programmeName\n1,2024-12-31,hor,H\n1,2024-12-31,x,Y\n");
        ImportResult r = DatasetImporter.builder().build().importFrom(tmp);
        assertThat(Folders.lines(r))
                .containsExactly("dataset.csv:3 HOR-110 dataset.csv needs exactly one row below its header, found 2");
    }

    @Test
    @DisplayName("an unclosed quote makes the file unreadable and is reported with a line")
    void unclosedQuote(@TempDir Path tmp) throws Exception {
        Folders.minimal(tmp);
        Folders.write(
                tmp,
                "offers.csv",
                "id,siteId,type,title\nF-0,S-A,ROOM,\"Raum\n0\"\nF-1,S-A,ROOM,\"Raum 1\nF-2,S-A,ROOM,Raum 2\n");
        ImportResult r = DatasetImporter.builder().build().importFrom(tmp);
        assertThat(r.violations()).singleElement().satisfies(v -> {
            assertThat(v.file()).isEqualTo("offers.csv");
            assertThat(v.code()).isEqualTo("HOR-110");
            assertThat(v.line()).isEqualTo(4); // F-0 spans lines 2-3
            assertThat(v.format(java.util.Locale.ENGLISH)).startsWith("offers.csv:4 HOR-110 Not readable as CSV: ");
        });
    }

    @Test
    @DisplayName("blank trailing columns of a spreadsheet are ignored; a nameless column with values is reported")
    void blankColumns(@TempDir Path tmp) throws Exception {
        Folders.minimal(tmp);
        Folders.write(
                tmp, "offers.csv", "id,siteId,type,title,,\nF-1,S-A,ROOM,Raum 1,,\nF-2,S-A,ROOM,Raum 2,,x\n,,,,,\n");
        ImportResult r = DatasetImporter.builder().build().importFrom(tmp);
        assertThat(Folders.lines(r))
                .containsExactly("offers.csv:3 HOR-110 Column 6 has no name in the header but holds values [x]");
    }

    @Test
    @DisplayName("a missing or non-folder path is an I/O error, not a violation")
    void notAFolder(@TempDir Path tmp) throws Exception {
        DatasetImporter importer = DatasetImporter.builder().build();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> importer.importFrom(tmp.resolve("none")))
                .isInstanceOf(java.nio.file.NoSuchFileException.class);
        Folders.write(tmp, "file.csv", "x");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> importer.importFrom(tmp.resolve("file.csv")))
                .isInstanceOf(java.nio.file.NotDirectoryException.class);
    }
}
