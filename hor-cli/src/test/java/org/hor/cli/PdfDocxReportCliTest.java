package org.hor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code hor report --format pdf|docx} on the embedded sample: the formats come from the renderers on the class path. */
class PdfDocxReportCliTest {

    @TempDir
    Path dir;

    @Test
    @DisplayName("--format pdf writes a PDF/A file, byte-identical on a second run")
    void pdf() throws Exception {
        Path first = dir.resolve("a.pdf");
        Path second = dir.resolve("b.pdf");
        Cli r = Cli.run("--lang", "en", "report", "--site", "S-01", "--format", "pdf", "-o", first.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(Cli.run("--lang", "en", "report", "--site", "S-01", "--format", "pdf", "-o", second.toString())
                        .exitCode())
                .isZero();
        byte[] bytes = Files.readAllBytes(first);
        assertThat(new String(bytes, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(Files.readAllBytes(second)).isEqualTo(bytes);
    }

    @Test
    @DisplayName("--format docx (or word) writes a Word file, byte-identical on a second run")
    void docx() throws Exception {
        Path first = dir.resolve("a.docx");
        Path second = dir.resolve("b.docx");
        Cli r = Cli.run("--lang", "de", "report", "--site", "S-01", "--format", "docx", "-o", first.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(Cli.run("--lang", "de", "report", "--site", "S-01", "--format", "word", "-o", second.toString())
                        .exitCode())
                .isZero();
        byte[] bytes = Files.readAllBytes(first);
        assertThat(new String(bytes, 0, 2, StandardCharsets.US_ASCII)).isEqualTo("PK");
        assertThat(Files.readAllBytes(second)).isEqualTo(bytes);
    }
}
