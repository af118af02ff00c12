package org.hor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportExportCommandTest {

    @TempDir
    Path dir;

    @Test
    @DisplayName("the embedded sample exported to CSV and imported again gives the identical dataset file")
    void sampleRoundTrip() throws IOException {
        Path csv = dir.resolve("csv");
        assertThat(Cli.run("export", csv.toString()).exitCode()).isZero();
        assertThat(csv.resolve("deliveries.csv")).exists();
        Path json = dir.resolve("again.json");
        Cli r = Cli.run("import", csv.toString(), "-o", json.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        byte[] sample;
        try (InputStream in = new GZIPInputStream(Main.class.getResourceAsStream(DatasetOptions.SAMPLE_RESOURCE))) {
            sample = in.readAllBytes();
        }
        assertThat(Files.readAllBytes(json)).isEqualTo(sample);
    }

    @Test
    @DisplayName("the template folder imports cleanly; an import with a mistake lists it and writes nothing")
    void templateAndMistake() throws IOException {
        Path tpl = dir.resolve("tpl");
        assertThat(Cli.run("import", "--template", tpl.toString()).exitCode()).isZero();
        assertThat(Cli.run(
                                "import",
                                tpl.toString(),
                                "-o",
                                dir.resolve("ok.json").toString())
                        .exitCode())
                .isZero();

        String sites = Files.readString(tpl.resolve("sites.csv"), StandardCharsets.UTF_8);
        Files.writeString(tpl.resolve("sites.csv"), sites.replaceFirst("DE-[A-Z]{2}", "DE-XX"), StandardCharsets.UTF_8);
        Path out = dir.resolve("bad.json");
        Cli r = Cli.run("--lang", "en", "import", tpl.toString(), "-o", out.toString());
        assertThat(r.exitCode()).isEqualTo(ExitCodes.DATA);
        assertThat(r.err()).contains("sites.csv:2 (state) HOR-208").contains("[DE-XX]");
        assertThat(out).doesNotExist();
    }

    @Test
    @DisplayName("import of a missing folder exits with 66; import without a folder is a usage error")
    void missing() {
        assertThat(Cli.run("import", dir.resolve("nope").toString()).exitCode()).isEqualTo(ExitCodes.NO_INPUT);
        assertThat(Cli.run("import").exitCode()).isEqualTo(ExitCodes.USAGE);
    }
}
