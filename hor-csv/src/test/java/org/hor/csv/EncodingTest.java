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
        assertThat(r.files()).extracting(ImportedFile::file, ImportedFile::encoding).containsExactly(
                org.assertj.core.groups.Tuple.tuple("dataset.csv", Encoding.UTF_8),
                org.assertj.core.groups.Tuple.tuple("sites.csv", Encoding.WINDOWS_1252));
    }

    @Test
    @DisplayName("a windows-1252 file read with --encoding UTF-8 is reported at its first bad byte, not misread")
    void notUtf8(@TempDir Path tmp) throws Exception {
        ImportResult r = DatasetImporter.builder().encoding(Encoding.UTF_8).build()
                .importFrom(folder(tmp, SITES.getBytes(CP1252)));

        // "Träger" on line 2: ä is 0xE4 in windows-1252, and 0xE4 followed by 'g' is no UTF-8
        assertThat(Folders.lines(r)).containsExactly("sites.csv:2 HOR-111 The file is not text in UTF-8: byte 0xE4 "
                + "on line 2 (choose the encoding it was saved in) [0xE4]");
    }

    @Test
    @DisplayName("explicit windows-1252 reads a windows-1252 file and refuses a UTF-8 file that it would misread")
    void explicitCp1252(@TempDir Path tmp) throws Exception {
        DatasetImporter cp1252 = DatasetImporter.builder().encoding(Encoding.WINDOWS_1252).build();
        ImportResult ok = cp1252.importFrom(folder(tmp.resolve("a"), SITES.getBytes(CP1252)));
        assertThat(ok.dataset().orElseThrow().sites().get(1).carrier()).isEqualTo("Förderverein Straße");

        ImportResult refused = cp1252.importFrom(folder(tmp.resolve("b"), SITES.getBytes(StandardCharsets.UTF_8)));
        // read as windows-1252, the UTF-8 bytes C3 A4 of ä would become Ã¤
        assertThat(Folders.lines(refused)).containsExactly("sites.csv:2 HOR-111 The file is UTF-8 with characters "
                + "beyond ASCII (first byte 0xC3 on line 2), but windows-1252 was chosen: it would be misread "
                + "(choose UTF-8 or auto) [0xC3]");
    }

    @Test
    @DisplayName("a file that is neither UTF-8 nor windows-1252 is reported under auto-detection, not guessed")
    void undecodable(@TempDir Path tmp) throws Exception {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.writeBytes("id,name,city,state,carrier,carrierType,coverage,start,end\nS-A,Haus ".getBytes(StandardCharsets.US_ASCII));
        b.write(0x81); // unassigned in windows-1252, a stray continuation byte in UTF-8
        b.writeBytes(",Dresden,DE-SN,T,MIGRANT_UMBRELLA,CITY,2020-01-01,\n".getBytes(StandardCharsets.US_ASCII));

        ImportResult r = DatasetImporter.builder().build().importFrom(folder(tmp, b.toByteArray()));

        // the file is reported alone: no checks across files (such as "at least one site") until it is readable
        assertThat(Folders.lines(r)).containsExactly("sites.csv:2 HOR-111 The file is not text in UTF-8 / "
                + "windows-1252: byte 0x81 on line 2 (choose the encoding it was saved in) [0x81]");
        assertThat(r.files().get(1).rows()).isEqualTo(-1);
    }

    @Test
    @DisplayName("a UTF-8 byte order mark is removed, so the first column is still id")
    void byteOrderMark(@TempDir Path tmp) throws Exception {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        b.writeBytes(SITES.getBytes(StandardCharsets.UTF_8));

        ImportResult r = DatasetImporter.builder().encoding(Encoding.UTF_8).build().importFrom(folder(tmp, b.toByteArray()));

        assertThat(Folders.lines(r)).isEmpty();
        assertThat(r.files().get(1).byteOrderMark()).isTrue();
        assertThat(r.dataset().orElseThrow().sites().get(0).id()).isEqualTo("S-A");
    }
}
