package org.hor.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Strict decoding: windows-1252 is recognised, nothing is ever decoded into the wrong characters. */
class EncodingTest {

    private static final Charset CP1252 = Charset.forName("windows-1252");
    private static final String SITES = "id,name,city,state,carrier,carrierType,coverage,start,end\n"
            + "S-A,Haus A,Dresden,DE-SN,Träger,MIGRANT_UMBRELLA,CITY,2020-01-01,\n"
            + "S-B,Haus B,Leipzig,DE-SN,Förderverein Straße,CONSORTIUM,REGION,2021-03-01,\n";

    private static Path folder(Path tmp, byte[] sites) throws Exception {
        Folders.minimal(tmp);
        Files.write(tmp.resolve("sites.csv"), sites);
        return tmp;
    }

    @Test
    @DisplayName("a windows-1252 file is detected and decoded: Förderverein Straße stays Förderverein Straße")
    void detected(@TempDir Path tmp) throws Exception {
        byte[] bytes = SITES.getBytes(CP1252);
        assertThat(bytes).contains((byte) 0xF6, (byte) 0xDF); // ö and ß are single bytes, invalid as UTF-8

        ImportResult r = DatasetImporter.builder().build().importFrom(folder(tmp, bytes));

        assertThat(Folders.lines(r)).isEmpty();
        assertThat(r.dataset().orElseThrow().sites().get(1).carrier()).isEqualTo("Förderverein Straße");
        assertThat(r.files())
                .extracting(ImportedFile::file, ImportedFile::encoding)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("dataset.csv", Encoding.UTF_8),
                        org.assertj.core.groups.Tuple.tuple("sites.csv", Encoding.WINDOWS_1252));
    }

    @Test
    @DisplayName("a windows-1252 file read with --encoding UTF-8 is reported at its first bad byte, not misread")
    void notUtf8(@TempDir Path tmp) throws Exception {
        ImportResult r = DatasetImporter.builder()
                .encoding(Encoding.UTF_8)
                .build()
                .importFrom(folder(tmp, SITES.getBytes(CP1252)));

        // "Träger" on line 2: ä is 0xE4 in windows-1252, and 0xE4 followed by 'g' is no UTF-8; the header
        // line is 58 bytes (57 characters and \n), "S-A,Haus A,Dresden,DE-SN,Tr" 27 more: offset 85
        assertThat(Folders.lines(r))
                .containsExactly("sites.csv:2 HOR-111 The file is not text in UTF-8: byte 0xE4 "
                        + "on line 2, at byte offset 85 (choose the encoding it was saved in) [0xE4]");
    }

    @Test
    @DisplayName("explicit windows-1252 reads a windows-1252 file and refuses a UTF-8 file that it would misread")
    void explicitCp1252(@TempDir Path tmp) throws Exception {
        DatasetImporter cp1252 =
                DatasetImporter.builder().encoding(Encoding.WINDOWS_1252).build();
        ImportResult ok = cp1252.importFrom(folder(tmp.resolve("a"), SITES.getBytes(CP1252)));
        assertThat(ok.dataset().orElseThrow().sites().get(1).carrier()).isEqualTo("Förderverein Straße");

        ImportResult refused = cp1252.importFrom(folder(tmp.resolve("b"), SITES.getBytes(StandardCharsets.UTF_8)));
        // read as windows-1252, the UTF-8 bytes C3 A4 of ä would become Ã¤
        assertThat(Folders.lines(refused))
                .containsExactly("sites.csv:2 HOR-111 The file is UTF-8 with characters "
                        + "beyond ASCII (first byte 0xC3 on line 2, at byte offset 85), but windows-1252 was chosen: it would be misread "
                        + "(choose UTF-8 or auto) [0xC3]");
    }

    @Test
    @DisplayName("a file that is neither UTF-8 nor windows-1252 is reported under auto-detection, not guessed")
    void undecodable(@TempDir Path tmp) throws Exception {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.writeBytes("id,name,city,state,carrier,carrierType,coverage,start,end\nS-A,Haus "
                .getBytes(StandardCharsets.US_ASCII));
        b.write(0x81); // unassigned in windows-1252, a stray continuation byte in UTF-8
        b.writeBytes(",Dresden,DE-SN,T,MIGRANT_UMBRELLA,CITY,2020-01-01,\n".getBytes(StandardCharsets.US_ASCII));

        ImportResult r = DatasetImporter.builder().build().importFrom(folder(tmp, b.toByteArray()));

        // the file is reported alone: no checks across files (such as "at least one site") until it is readable
        assertThat(Folders.lines(r))
                .containsExactly(
                        "sites.csv:2 HOR-111 The file is not text in UTF-8 / "
                                + "windows-1252: byte 0x81 on line 2, at byte offset 67 (choose the encoding it was saved in) [0x81]");
        assertThat(r.files().get(1).rows()).isEqualTo(-1);
    }

    @Test
    @DisplayName("a UTF-8 byte order mark is removed, so the first column is still id")
    void byteOrderMark(@TempDir Path tmp) throws Exception {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        b.writeBytes(SITES.getBytes(StandardCharsets.UTF_8));

        ImportResult r =
                DatasetImporter.builder().encoding(Encoding.UTF_8).build().importFrom(folder(tmp, b.toByteArray()));

        assertThat(Folders.lines(r)).isEmpty();
        assertThat(r.files().get(1).byteOrderMark()).isTrue();
        assertThat(r.dataset().orElseThrow().sites().get(0).id()).isEqualTo("S-A");
    }

    @Test
    @DisplayName("a UTF-8 file with one windows-1252 byte is refused as mixed, naming both places, not read as TrÃ¤ger")
    void mixed(@TempDir Path tmp) throws Exception {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.writeBytes(("id,name,city,state,carrier,carrierType,coverage,start,end\n"
                        + "S-A,Haus A,Dresden,DE-SN,Träger,MIGRANT_UMBRELLA,CITY,2020-01-01,\n")
                .getBytes(StandardCharsets.UTF_8));
        b.writeBytes("S-B,Haus B,Köln,DE-NW,T,CONSORTIUM,REGION,2021-03-01,\n".getBytes(CP1252));

        ImportResult r = DatasetImporter.builder().build().importFrom(folder(tmp, b.toByteArray()));

        // line 1: 58 bytes; line 2: 66 characters, ä two bytes (C3 A4 at 58 + 27 = 85), 67 bytes;
        // line 3 "S-B,Haus B,K" is 12 bytes, so ö (0xF6) is at 58 + 67 + 12 = 137
        assertThat(Folders.lines(r))
                .containsExactly("sites.csv:3 HOR-111 The file mixes encodings: it holds UTF-8 "
                        + "(bytes 0xC3 0xA4 on line 2), but byte 0xF6 on line 3, at byte offset 137, is not UTF-8; read as "
                        + "windows-1252 its UTF-8 characters would be garbled (save the file as UTF-8 throughout, or choose "
                        + "windows-1252 if that is what it is) [0xF6]");
        assertThat(Folders.lines(r, java.util.Locale.GERMAN))
                .containsExactly("sites.csv:3 HOR-111 Die Datei mischt "
                        + "Kodierungen: Sie enthält UTF-8 (Bytes 0xC3 0xA4 in Zeile 2), aber Byte 0xF6 in Zeile 3, an Byte-Offset "
                        + "137, ist kein UTF-8; als windows-1252 gelesen würden ihre UTF-8-Zeichen verfälscht (speichern Sie die "
                        + "Datei durchgehend als UTF-8, oder wählen Sie windows-1252, wenn sie das ist) [0xF6]");
        assertThat(r.dataset()).isEmpty();

        // the user who knows better can still force windows-1252 (the UTF-8 line then reads as it is written)
        ImportResult forced = DatasetImporter.builder()
                .encoding(Encoding.WINDOWS_1252)
                .build()
                .importFrom(folder(tmp, b.toByteArray()));
        assertThat(forced.dataset().orElseThrow().sites().get(0).carrier()).isEqualTo("TrÃ¤ger");
    }

    @Test
    @DisplayName("a windows-1252 file whose only high bytes follow no UTF-8 pattern is not taken for mixed")
    void cp1252IsNotMixed(@TempDir Path tmp) throws Exception {
        // ä ö ü ß é as windows-1252: E4 F6 FC DF E9, each followed by an ASCII letter or a comma
        String sites = "id,name,city,state,carrier,carrierType,coverage,start,end\n"
                + "S-A,Haus A,Düsseldorf,DE-NW,Trägerverein für Café Straße,CONSORTIUM,CITY,2020-01-01,\n";
        ImportResult r = DatasetImporter.builder().build().importFrom(folder(tmp, sites.getBytes(CP1252)));
        assertThat(Folders.lines(r)).isEmpty();
        assertThat(r.dataset().orElseThrow().sites().get(0).carrier()).isEqualTo("Trägerverein für Café Straße");
    }

    @Test
    @DisplayName(
            "UTF-16 with either byte order mark, and without one, is named as UTF-16 under every choice; UTF-32 with a mark as UTF-32")
    void utf16(@TempDir Path tmp) throws Exception {
        byte[] le = ("\uFEFF" + SITES).getBytes(StandardCharsets.UTF_16LE);
        byte[] be = ("\uFEFF" + SITES).getBytes(StandardCharsets.UTF_16BE);
        byte[] leNoMark = SITES.getBytes(StandardCharsets.UTF_16LE);
        byte[] beNoMark = SITES.getBytes(StandardCharsets.UTF_16BE);
        assertThat(le).startsWith(0xFF, 0xFE);
        int i = 0;
        for (Encoding choice : Encoding.values()) {
            DatasetImporter importer =
                    DatasetImporter.builder().encoding(choice).build();
            assertThat(Folders.lines(importer.importFrom(folder(tmp.resolve("a" + i), le))))
                    .as("%s", choice)
                    .containsExactly("sites.csv:1 HOR-111 The file is UTF-16LE (it starts with 0xFF 0xFE); only UTF-8 "
                            + "and windows-1252 are read (save it as UTF-8, in spreadsheet programs as \"CSV UTF-8\") "
                            + "[0xFF 0xFE]");
            assertThat(Folders.lines(importer.importFrom(folder(tmp.resolve("b" + i), be))))
                    .as("%s", choice)
                    .singleElement()
                    .asString()
                    .contains("is UTF-16BE (it starts with 0xFE 0xFF)");
            // "id" in UTF-16 without a mark: 69 00 64 00 (little endian), 00 69 00 64 (big endian)
            assertThat(Folders.lines(importer.importFrom(folder(tmp.resolve("c" + i), leNoMark))))
                    .as("%s", choice)
                    .singleElement()
                    .asString()
                    .contains("is UTF-16LE (it starts with 0x69 0x00)");
            assertThat(Folders.lines(importer.importFrom(folder(tmp.resolve("d" + i), beNoMark))))
                    .as("%s", choice)
                    .singleElement()
                    .asString()
                    .contains("is UTF-16BE (it starts with 0x00 0x69)");
            i++;
        }
        // UTF-32 with a byte order mark is named too (FF FE 00 00 is not taken for UTF-16LE)
        assertThat(Folders.lines(DatasetImporter.builder()
                        .build()
                        .importFrom(
                                folder(tmp.resolve("e"), ("\uFEFF" + SITES).getBytes(Charset.forName("UTF-32LE"))))))
                .singleElement()
                .asString()
                .contains("is UTF-32LE (it starts with 0xFF 0xFE 0x00 0x00)");
        assertThat(Folders.lines(DatasetImporter.builder()
                        .build()
                        .importFrom(
                                folder(tmp.resolve("f"), ("\uFEFF" + SITES).getBytes(Charset.forName("UTF-32BE"))))))
                .singleElement()
                .asString()
                .contains("is UTF-32BE (it starts with 0x00 0x00 0xFE 0xFF)");
        assertThat(Folders.lines(
                        DatasetImporter.builder().build().importFrom(folder(tmp.resolve("g"), le)),
                        java.util.Locale.GERMAN))
                .containsExactly("sites.csv:1 HOR-111 Die Datei ist UTF-16LE (so beginnt sie: "
                        + "0xFF 0xFE); gelesen werden nur UTF-8 und windows-1252 (speichern Sie sie als UTF-8, in "
                        + "Tabellenprogrammen als „CSV UTF-8“) [0xFF 0xFE]");
    }
}
