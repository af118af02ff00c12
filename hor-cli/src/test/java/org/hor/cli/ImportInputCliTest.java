package org.hor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13 points 6 and 10 as a user meets them: what {@code hor import} and the JSON commands say
 * about a file instead of a folder, a chosen encoding, mixed encodings, UTF-16 and files over
 * {@code --max-size}, in English and German, with the exit codes of the README.
 */
class ImportInputCliTest {

    private static final Charset CP1252 = Charset.forName("windows-1252");
    private static final String DATASET =
            "formatVersion,asOf,programmeId,programmeName,programmeFunder\n" + "1,2024-12-31,hor,House of Resources,\n";
    private static final String HEADER = "id,name,city,state,carrier,carrierType,coverage,start,end\n";

    @TempDir
    Path dir;

    private Path folder(String name, byte[] sites) throws IOException {
        Path f = Files.createDirectories(dir.resolve(name));
        Files.writeString(f.resolve("dataset.csv"), DATASET, StandardCharsets.US_ASCII);
        Files.write(f.resolve("sites.csv"), sites);
        return f;
    }

    private static void sparse(Path file, long length) throws IOException {
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.setLength(length);
        }
    }

    @Test
    @DisplayName("import of a file that exists says it is a file, not a folder, and points to validate (exit 66)")
    void fileNotFolder() throws IOException {
        Path json = Files.writeString(dir.resolve("base.json"), "{}");
        Cli en = Cli.run("--lang", "en", "import", json.toString());
        assertThat(en.exitCode()).isEqualTo(ExitCodes.NO_INPUT);
        assertThat(en.err())
                .isEqualTo("hor: " + json + " is a file, not a folder: hor import reads a folder of CSV files "
                        + "(to check a dataset file, use hor validate " + json + ")" + System.lineSeparator());
        Cli de = Cli.run("--lang", "de", "import", json.toString());
        assertThat(de.err())
                .isEqualTo("hor: " + json + " ist eine Datei, kein Ordner: hor import liest einen Ordner mit "
                        + "CSV-Dateien (eine Datensatz-Datei prüft hor validate " + json + ")"
                        + System.lineSeparator());
        // a path that does not exist is still "not found"
        assertThat(Cli.run("--lang", "en", "import", dir.resolve("nope").toString())
                        .err())
                .contains("not found");
    }

    @Test
    @DisplayName(
            "a chosen encoding announces nothing: pure ASCII and windows-1252 under --encoding windows-1252; auto-detection still says so")
    void noticeOnlyWhenDetected() throws IOException {
        Path ascii = folder(
                "ascii",
                (HEADER + "S-A,Haus A,Dresden,DE-SN,Traeger,MIGRANT_UMBRELLA,CITY,2020-01-01,\n")
                        .getBytes(StandardCharsets.US_ASCII));
        Path cp1252 = folder(
                "cp1252",
                (HEADER + "S-A,Haus A,Dresden,DE-SN,Träger,MIGRANT_UMBRELLA,CITY,2020-01-01,\n").getBytes(CP1252));
        for (Path f : new Path[] {ascii, cp1252}) {
            Cli forced = Cli.run(
                    "--lang",
                    "en",
                    "import",
                    f.toString(),
                    "--encoding",
                    "windows-1252",
                    "-o",
                    f.resolve("out.json").toString());
            assertThat(forced.exitCode()).as(forced.err()).isZero();
            assertThat(forced.err()).as(f.toString()).isEmpty();
        }
        Cli auto = Cli.run(
                "--lang",
                "en",
                "import",
                cp1252.toString(),
                "-o",
                cp1252.resolve("auto.json").toString());
        assertThat(auto.exitCode()).isZero();
        assertThat(auto.err()).isEqualTo("sites.csv: not UTF-8, read as windows-1252" + System.lineSeparator());
        Cli asciiAuto = Cli.run(
                "--lang",
                "en",
                "import",
                ascii.toString(),
                "-o",
                ascii.resolve("auto.json").toString());
        assertThat(asciiAuto.err()).isEmpty();
    }

    @Test
    @DisplayName(
            "a UTF-8 file with one windows-1252 byte is exit 65 naming file, lines, offset and bytes; nothing is written")
    void mixedEncodings() throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.writeBytes((HEADER + "S-A,Haus A,Dresden,DE-SN,Träger,MIGRANT_UMBRELLA,CITY,2020-01-01,\n")
                .getBytes(StandardCharsets.UTF_8));
        b.writeBytes("S-B,Haus B,Köln,DE-NW,T,CONSORTIUM,REGION,2021-03-01,\n".getBytes(CP1252));
        Path f = folder("mixed", b.toByteArray());
        Path out = dir.resolve("mixed.json");

        Cli r = Cli.run("--lang", "en", "import", f.toString(), "-o", out.toString());

        assertThat(r.exitCode()).isEqualTo(ExitCodes.DATA);
        // ä = C3 A4 at offset 58 + 27 = 85 on line 2 (67 bytes); ö = F6 at 58 + 67 + 12 = 137 on line 3
        assertThat(r.err())
                .startsWith("sites.csv:3 HOR-111 The file mixes encodings: it holds UTF-8 (bytes 0xC3 0xA4 "
                        + "on line 2), but byte 0xF6 on line 3, at byte offset 137, is not UTF-8;")
                .contains("[0xF6]");
        assertThat(r.err())
                .doesNotContain("windows-1252" + System.lineSeparator())
                .doesNotContain("read as windows-1252\n");
        assertThat(out).doesNotExist();
    }

    @Test
    @DisplayName("a UTF-16 file is named as UTF-16 (exit 65), with and without byte order mark")
    void utf16() throws IOException {
        String sites = HEADER + "S-A,Haus A,Dresden,DE-SN,T,MIGRANT_UMBRELLA,CITY,2020-01-01,\n";
        Cli marked = Cli.run(
                "--lang",
                "en",
                "import",
                folder("le", ("\uFEFF" + sites).getBytes(StandardCharsets.UTF_16LE))
                        .toString());
        assertThat(marked.exitCode()).isEqualTo(ExitCodes.DATA);
        assertThat(marked.err())
                .startsWith("sites.csv:1 HOR-111 The file is UTF-16LE (it starts with 0xFF 0xFE); only "
                        + "UTF-8 and windows-1252 are read");
        Cli bare = Cli.run(
                "--lang",
                "de",
                "import",
                folder("be", sites.getBytes(StandardCharsets.UTF_16BE)).toString(),
                "--encoding",
                "UTF-8");
        assertThat(bare.exitCode()).isEqualTo(ExitCodes.DATA);
        assertThat(bare.err())
                .startsWith("sites.csv:1 HOR-111 Die Datei ist UTF-16BE (so beginnt sie: 0x00 0x69); "
                        + "gelesen werden nur UTF-8 und windows-1252");
    }

    @Test
    @DisplayName(
            "a CSV file over --max-size (default 512 MiB, a 3 GiB file) is exit 65 naming --max-size, never 70 'more memory'")
    void csvSizeLimit() throws IOException {
        Path f = folder(
                "big",
                (HEADER + "S-A,Haus A,Dresden,DE-SN,T,MIGRANT_UMBRELLA,CITY,2020-01-01,\n")
                        .getBytes(StandardCharsets.US_ASCII));
        sparse(f.resolve("deliveries.csv"), 3L << 30);
        Cli r = Cli.run("--lang", "en", "import", f.toString());
        assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.DATA);
        assertThat(r.err())
                .startsWith("deliveries.csv HOR-101 The file is larger than --max-size allows (512 MiB); if you "
                        + "trust it, raise the limit with --max-size MB [3221225472]" + System.lineSeparator())
                .doesNotContain("DatasetImporter")
                .doesNotContain("memory");

        sparse(f.resolve("deliveries.csv"), (1L << 20) + 1);
        Cli de = Cli.run("--lang", "de", "import", f.toString(), "--max-size", "1");
        assertThat(de.exitCode()).isEqualTo(ExitCodes.DATA);
        assertThat(de.err())
                .startsWith("deliveries.csv HOR-101 Die Datei ist größer, als --max-size erlaubt (1 MiB); "
                        + "wenn Sie ihr vertrauen, heben Sie die Grenze mit --max-size MB an [1048577]");

        // a limit above what one CSV file can hold: the real limit is named, as no option raises it
        sparse(f.resolve("deliveries.csv"), 3L << 30);
        Cli beyond = Cli.run("--lang", "en", "import", f.toString(), "--max-size", "4096");
        assertThat(beyond.err())
                .startsWith("deliveries.csv HOR-101 The file is larger than the 2147483639 bytes hor can "
                        + "read from one CSV file [3221225472]");

        assertThat(Cli.run("--lang", "en", "import", f.toString(), "--max-size", "0")
                        .exitCode())
                .isEqualTo(ExitCodes.USAGE);
    }

    @Test
    @DisplayName("a JSON dataset over --max-size names --max-size, not the library call, in validate and evaluate")
    void jsonSizeLimit() throws IOException {
        Path big = dir.resolve("big.json");
        sparse(big, (2L << 20) + 1);
        Cli validate = Cli.run("--lang", "en", "validate", big.toString(), "--max-size", "2");
        assertThat(validate.exitCode()).isEqualTo(ExitCodes.DATA);
        assertThat(validate.out())
                .isEqualTo("(root) HOR-101 The file is larger than --max-size allows (2 MiB); if you "
                        + "trust it, raise the limit with --max-size MB [2097153]" + System.lineSeparator());
        Cli evaluate = Cli.run("--lang", "de", "evaluate", big.toString(), "--max-size", "2");
        assertThat(evaluate.exitCode()).isEqualTo(ExitCodes.DATA);
        assertThat(evaluate.err())
                .startsWith("(root) HOR-101 Die Datei ist größer, als --max-size erlaubt (2 MiB)")
                .doesNotContain("ReadLimits");
    }
}
