package org.hor.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How single cells are read in each dialect, seen through a one-delivery folder. */
class CellsTest {

    private static ImportResult delivery(Path tmp, String header, String row) throws Exception {
        Folders.minimal(tmp);
        Folders.write(tmp, "organisations.csv", "id,name,type,legalForm\nO-1,V,OTHER,OTHER\n");
        Folders.write(tmp, "offers.csv", "id,siteId,type,title\nF-1,S-A,MICRO_GRANT,Grant\n");
        Folders.write(tmp, "deliveries.csv", header + "\n" + row + "\n");
        return DatasetImporter.builder().build().importFrom(tmp);
    }

    @Test
    @DisplayName("1.5E3 is 1500 with scale 0, and 2.0 participants are 2, as in the JSON reader")
    void exponentAndWholeDecimals(@TempDir Path tmp) throws Exception {
        ImportResult r =
                delivery(tmp, "id,offerId,organisationId,date,amount,participants", "D-1,F-1,O-1,2024-03-05,1.5E3,2.0");
        assertThat(Folders.lines(r)).isEmpty();
        assertThat(r.dataset().orElseThrow().deliveries().get(0).amount()).isEqualTo(new BigDecimal("1500"));
        assertThat(r.dataset().orElseThrow().deliveries().get(0).participants()).isEqualTo(2);
    }

    @Test
    @DisplayName("a decimal comma in the standard dialect, 2.5 participants and a German date are reported")
    void standardMistakes(@TempDir Path tmp) throws Exception {
        ImportResult r = delivery(
                tmp, "id,offerId,organisationId,date,amount,participants", "D-1,F-1,O-1,05.03.2024,\"1500,5\",2.5");
        assertThat(Folders.lines(r))
                .containsExactly(
                        "deliveries.csv:2 (date) HOR-203 Not a valid date: expected YYYY-MM-DD, a day that exists [05.03.2024]",
                        "deliveries.csv:2 (amount) HOR-108 Wrong type: expected a number, found \"1500,5\" [1500,5]",
                        "deliveries.csv:2 (participants) HOR-206 Not a whole number (or outside -2147483648 to 2147483647) [2.5]");
    }

    @Test
    @DisplayName("the German dialect has no thousands separators and no 29 February 2023")
    void germanMistakes(@TempDir Path tmp) throws Exception {
        ImportResult r = delivery(tmp, "id;offerId;organisationId;date;amount", "D-1;F-1;O-1;29.02.2023;1.500,00");
        assertThat(Folders.lines(r))
                .containsExactly(
                        "deliveries.csv:2 (date) HOR-203 Not a valid date: expected YYYY-MM-DD, a day that exists [29.02.2023]",
                        "deliveries.csv:2 (amount) HOR-108 Wrong type: expected a number, found \"1.500,00\" [1.500,00]");
    }

    @Test
    @DisplayName(
            "one leading apostrophe is removed from text and id cells (the export's guard, so -A1 comes back); a second one stays and is no id")
    void apostrophe(@TempDir Path tmp) throws Exception {
        Folders.minimal(tmp);
        Folders.write(
                tmp,
                "offers.csv",
                "id,siteId,type,title\nF-1,S-A,ROOM,'=1\nF-2,S-A,ROOM,''x\n'F-3,S-A,ROOM,y\n"
                        + "'-F4,'S-A,ROOM,z\n''F-5,S-A,ROOM,w\n");
        ImportResult r = DatasetImporter.builder().build().importFrom(tmp);
        assertThat(Folders.lines(r))
                .containsExactly(
                        "offers.csv:6 (id) HOR-201 Not a valid id: 1 to 64 characters of A–Z a–z 0–9 . _ - [''F-5]");
        Folders.write(
                tmp,
                "offers.csv",
                "id,siteId,type,title\nF-1,S-A,ROOM,'=1\nF-2,S-A,ROOM,''x\n'F-3,S-A,ROOM,y\n" + "'-F4,'S-A,ROOM,z\n");
        assertThat(DatasetImporter.builder()
                        .build()
                        .importFrom(tmp)
                        .dataset()
                        .orElseThrow()
                        .offers())
                .extracting(o -> o.id() + " " + o.siteId() + " " + o.title())
                .containsExactly("F-1 S-A =1", "F-2 S-A 'x", "F-3 S-A y", "-F4 S-A z");
    }

    @Test
    @DisplayName("dialect and encoding names are read as typed on a command line")
    void names() {
        assertThat(Dialect.of("German")).isEqualTo(Dialect.GERMAN);
        assertThat(Dialect.of("auto")).isEqualTo(Dialect.AUTO);
        assertThat(Encoding.of("cp1252")).isEqualTo(Encoding.WINDOWS_1252);
        assertThat(Encoding.of("UTF-8")).isEqualTo(Encoding.UTF_8);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Encoding.of("latin1"))
                .hasMessage("encoding must be auto, UTF-8 or windows-1252: latin1");
    }
}
