package org.hor.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.zip.ZipFile;
import org.hor.core.model.CarrierType;
import org.hor.core.model.Dataset;
import org.hor.core.model.OfferType;
import org.hor.csv.Templates;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The entry template: instructions, styled frozen headers with explanations, drop-downs, and its import. */
class TemplateTest {

    static final List<String> TABLES = List.of(
            "dataset",
            "sites",
            "organisations",
            "offers",
            "deliveries",
            "cooperations",
            "outcomes",
            "exchanges",
            "targets",
            "budgets",
            "measurements",
            "supportActions");

    /** The part of the sheet named {@code name}, through workbook.xml and its relationships. */
    static String sheetXml(Path file, String name) throws Exception {
        String wb = Sheets.part(file, "xl/workbook.xml");
        Matcher m = Pattern.compile("<sheet [^>]*name=\"" + name + "\"[^>]*r:id=\"([^\"]+)\"")
                .matcher(wb);
        assertThat(m.find()).as(name).isTrue();
        String rels = Sheets.part(file, "xl/_rels/workbook.xml.rels");
        Matcher t = Pattern.compile("Id=\"" + m.group(1) + "\"[^>]*Target=\"([^\"]+)\"|Target=\"([^\"]+)\"[^>]*Id=\""
                        + m.group(1) + "\"")
                .matcher(rels);
        assertThat(t.find()).isTrue();
        String target = t.group(1) != null ? t.group(1) : t.group(2);
        return Sheets.part(file, target.startsWith("/") ? target.substring(1) : "xl/" + target);
    }

    /** The list of the drop-down over column {@code col} (rows from 2), as its items. */
    static List<String> dropDown(String sheetXml, String col) {
        Matcher m = Pattern.compile("<dataValidation [^>]*sqref=\"" + col + "2:" + col
                        + "\\d+\"[^>]*>\\s*<formula1>(?:&quot;|\")([^<&\"]*)(?:&quot;|\")</formula1>")
                .matcher(sheetXml);
        if (!m.find()) {
            return List.of();
        }
        return List.of(m.group(1).split(","));
    }

    static String comments(Path file) throws Exception {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            return zip.stream()
                    .filter(e -> e.getName().contains("comments"))
                    .map(e -> {
                        try {
                            return new String(
                                    zip.getInputStream(e).readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                        } catch (java.io.IOException x) {
                            throw new java.io.UncheckedIOException(x);
                        }
                    })
                    .collect(Collectors.joining("\n"));
        }
    }

    @Test
    @DisplayName(
            "the English template: instructions first, every table, frozen styled headers, drop-downs with the enum values")
    void english(@TempDir Path tmp) throws Exception {
        Path t = tmp.resolve("t.xlsx");
        WorkbookTemplate.write(t, Locale.ENGLISH);
        List<String> names = Sheets.names(t);
        assertThat(names.get(0)).isEqualTo("instructions");
        assertThat(names.subList(1, names.size())).isEqualTo(TABLES);
        String sites = sheetXml(t, "sites");
        assertThat(sites).contains("state=\"frozen\"").contains("ySplit=\"1\"");
        assertThat(dropDown(sites, "F"))
                .isEqualTo(Arrays.stream(CarrierType.values()).map(Enum::name).toList());
        assertThat(dropDown(sites, "G")).containsExactly("CITY", "REGION");
        assertThat(dropDown(sheetXml(t, "organisations"), "E")).containsExactly("TRUE", "FALSE");
        assertThat(dropDown(sheetXml(t, "offers"), "C"))
                .isEqualTo(Arrays.stream(OfferType.values()).map(Enum::name).toList());
        assertThat(Sheets.part(t, "xl/styles.xml")).contains("DDE7F0").contains("yyyy-mm-dd");
        String c = comments(t);
        assertThat(c)
                .contains("Federal state as ISO 3166-2 code, e.g. DE-SN.")
                .contains("Required")
                .contains("Amount in euros (grants), at most 2 decimals.");
        assertThat(Sheets.cells(t).get("instructions").get("A1").raw()).startsWith("Data collection");
    }

    @Test
    @DisplayName("the German template: Anleitung first, explanations in German")
    void german(@TempDir Path tmp) throws Exception {
        Path t = tmp.resolve("t.xlsx");
        WorkbookTemplate.write(t, Locale.GERMAN);
        assertThat(Sheets.names(t).get(0)).isEqualTo("Anleitung");
        assertThat(comments(t))
                .contains("Bundesland als ISO-3166-2-Code, z. B. DE-SN.")
                .contains("Pflichtfeld");
        assertThat(Sheets.cells(t).get("Anleitung").get("A1").raw()).startsWith("Erfassung");
    }

    @Test
    @DisplayName("the filled template imports as its example; an existing file is not replaced")
    void imports(@TempDir Path tmp) throws Exception {
        Path t = tmp.resolve("t.xlsx");
        WorkbookTemplate.write(t, Locale.GERMAN);
        WorkbookImportResult r = WorkbookImporter.builder().build().importFrom(t);
        assertThat(r.violations()).isEmpty();
        assertThat(r.dataset()).contains(Templates.example());
        byte[] before = Files.readAllBytes(t);
        assertThatThrownBy(() -> WorkbookTemplate.write(t, Locale.ENGLISH))
                .isInstanceOf(FileAlreadyExistsException.class);
        assertThat(Files.readAllBytes(t)).isEqualTo(before);
    }

    @Test
    @DisplayName("the template with its example rows deleted says the workbook holds no data")
    void emptied(@TempDir Path tmp) throws Exception {
        Dataset example = Templates.example();
        Dataset empty = new Dataset(
                example.formatVersion(),
                example.asOf(),
                example.programme(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of());
        Path t = tmp.resolve("empty.xlsx");
        new WorkbookExporter(Locale.ENGLISH).exportTo(empty, t);
        WorkbookImportResult r = WorkbookImporter.builder().build().importFrom(t);
        assertThat(r.empty()).isTrue();
        assertThat(r.violations())
                .extracting(v -> v.format(Locale.ENGLISH))
                .containsExactly(
                        "(workbook) HOR-112 The workbook holds no data: every table is empty (were the example rows deleted "
                                + "without entering your own?)");
    }
}
