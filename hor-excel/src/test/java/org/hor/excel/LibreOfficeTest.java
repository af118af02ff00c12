package org.hor.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.hor.core.model.CarrierType;
import org.hor.core.model.Dataset;
import org.hor.core.model.Site;
import org.hor.csv.Templates;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Workbooks saved by LibreOffice import (the Debian package {@code libreoffice-calc-nogui} gives
 * {@code soffice}; without it these tests are skipped with that reason).
 */
class LibreOfficeTest {

    static String soffice() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            for (String name : new String[] {"soffice", "libreoffice"}) {
                Path p = Path.of(dir, name);
                if (Files.isExecutable(p)) {
                    return p.toString();
                }
            }
        }
        return null;
    }

    /** Converts {@code input} to xlsx with LibreOffice into {@code out}; returns the converted file. */
    static Path convert(Path input, Path out, Path tmp) throws Exception {
        String soffice = soffice();
        assumeTrue(soffice != null, "soffice (LibreOffice, Debian: libreoffice-calc-nogui) is not installed");
        Files.createDirectories(out);
        java.util.List<String> cmd = new java.util.ArrayList<>(java.util.List.of(
                soffice,
                "--headless",
                "--norestore",
                "-env:UserInstallation=" + tmp.resolve("profile").toUri()));
        if (input.toString().endsWith(".csv")) {
            // comma-separated, double quotes, UTF-8 (76), from line 1
            cmd.add("--infilter=CSV:44,34,76,1");
        }
        cmd.addAll(java.util.List.of("--convert-to", "xlsx", "--outdir", out.toString(), input.toString()));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(180, TimeUnit.SECONDS)).as(log).isTrue();
        String name = input.getFileName().toString();
        Path result = out.resolve(name.substring(0, name.lastIndexOf('.')) + ".xlsx");
        assertThat(result).as(log).exists();
        return result;
    }

    @Test
    @DisplayName(
            "a workbook LibreOffice made from a CSV (dates as date cells) imports, asOf and programme from the options")
    void fromCsv(@TempDir Path tmp) throws Exception {
        Path csv = tmp.resolve("sites.csv");
        Files.writeString(
                csv,
                "id,name,city,state,carrier,carrierType,coverage,start,end\n"
                        + "S-A,Haus A,Dresden,DE-SN,Träger,MIGRANT_UMBRELLA,CITY,2020-01-01,\n"
                        + "S-B,Haus B,Leipzig,DE-SN,Träger B,CONSORTIUM,REGION,2021-03-01,2026-12-31\n",
                StandardCharsets.UTF_8);
        Path xlsx = convert(csv, tmp.resolve("out"), tmp);
        assertThat(Sheets.cells(xlsx).get("sites").get("H2").type()).isEqualTo("NUMBER");

        WorkbookImportResult r = WorkbookImporter.builder()
                .asOf(LocalDate.of(2024, 12, 31))
                .programmeId("hor")
                .programmeName("House of Resources")
                .build()
                .importFrom(xlsx);
        assertThat(RoundTripTest.lines(r)).isEmpty();
        Dataset d = r.dataset().orElseThrow();
        assertThat(d.sites())
                .containsExactly(
                        new Site(
                                "S-A",
                                "Haus A",
                                "Dresden",
                                "DE-SN",
                                "Träger",
                                CarrierType.MIGRANT_UMBRELLA,
                                org.hor.core.model.Coverage.CITY,
                                LocalDate.of(2020, 1, 1),
                                null),
                        new Site(
                                "S-B",
                                "Haus B",
                                "Leipzig",
                                "DE-SN",
                                "Träger B",
                                CarrierType.CONSORTIUM,
                                org.hor.core.model.Coverage.REGION,
                                LocalDate.of(2021, 3, 1),
                                LocalDate.of(2026, 12, 31)));
    }

    @Test
    @DisplayName(
            "the template opened and saved by LibreOffice imports as its example, and its drop-downs still list the enum values")
    void template(@TempDir Path tmp) throws Exception {
        Path t = tmp.resolve("template.xlsx");
        WorkbookTemplate.write(t, Locale.ENGLISH);
        Path saved = convert(t, tmp.resolve("out"), tmp);

        WorkbookImportResult r = WorkbookImporter.builder().build().importFrom(saved);
        assertThat(RoundTripTest.lines(r)).isEmpty();
        assertThat(r.dataset()).contains(Templates.example());

        String sites = TemplateTest.sheetXml(saved, "sites");
        assertThat(TemplateTest.dropDown(sites, "F"))
                .isEqualTo(Arrays.stream(CarrierType.values()).map(Enum::name).toList());
        assertThat(TemplateTest.dropDown(sites, "G")).containsExactly("CITY", "REGION");
        assertThat(TemplateTest.dropDown(TemplateTest.sheetXml(saved, "cooperations"), "G"))
                .containsExactly("TRUE", "FALSE");
    }
}
