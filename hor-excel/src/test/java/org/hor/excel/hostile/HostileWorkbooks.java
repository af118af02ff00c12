package org.hor.excel.hostile;

import static org.hor.excel.hostile.Xlsx.DATE;
import static org.hor.excel.hostile.Xlsx.MONEY;
import static org.hor.excel.hostile.Xlsx.bool;
import static org.hor.excel.hostile.Xlsx.delivery;
import static org.hor.excel.hostile.Xlsx.error;
import static org.hor.excel.hostile.Xlsx.formula;
import static org.hor.excel.hostile.Xlsx.formulaText;
import static org.hor.excel.hostile.Xlsx.num;
import static org.hor.excel.hostile.Xlsx.row;
import static org.hor.excel.hostile.Xlsx.text;
import static org.hor.excel.hostile.Xlsx.textRow;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The hostile workbook corpus: each case is a workbook that must be refused, and the problems the
 * import must report for it (location and rule code, sometimes the value), worked out by hand from
 * the case. The library test and the CLI test both run every case.
 */
public final class HostileWorkbooks {

    /** Writes one case's file into a folder and returns it. */
    @FunctionalInterface
    public interface Maker {
        /**
         * Writes the file.
         *
         * @param file where
         * @throws IOException on an I/O error
         */
        void make(Path file) throws IOException;
    }

    /**
     * One case.
     *
     * @param name     the case's name (also the file name, with {@code .xlsx})
     * @param maker    writes the file
     * @param expected texts each of which a reported problem line must start with (English)
     */
    public record Case(String name, Maker maker, List<String> expected) {
        /** Writes the case into {@code dir}. */
        public Path write(Path dir) throws IOException {
            Path file = dir.resolve(name + ".xlsx");
            maker.make(file);
            return file;
        }

        @Override
        public String toString() {
            return name;
        }
    }

    private HostileWorkbooks() {}

    private static Case of(String name, Maker maker, String... expected) {
        return new Case(name, maker, List.of(expected));
    }

    private static Case deliveries(String name, String rows, String... expected) {
        return of(name, f -> Xlsx.valid(rows).write(f), expected);
    }

    /** Every case. */
    public static List<Case> all() {
        List<Case> c = new ArrayList<>();
        // ---------------------------------------------------------------- the container
        c.add(of(
                "zip-bomb",
                f -> Xlsx.valid(delivery(2))
                        .part("xl/media/bomb.bin", new byte[16 << 20])
                        .write(f),
                "(workbook) HOR-112 Part xl/media/bomb.bin is compressed more than 200 times"));
        c.add(of(
                "not-a-zip",
                f -> Files.writeString(f, "id,name\nS-A,Haus\n"),
                "(workbook) HOR-112 The file is not an Excel workbook"));
        c.add(of(
                "empty-file",
                f -> Files.write(f, new byte[0]),
                "(workbook) HOR-112 The file is not an Excel workbook"));
        c.add(of(
                "old-xls-or-encrypted",
                f -> Files.write(f, new byte[] {
                    (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0
                }),
                "(workbook) HOR-112 The file is an old .xls workbook"));
        c.add(of(
                "truncated-zip",
                f -> {
                    Path whole = Files.createTempFile("whole", ".xlsx");
                    Xlsx.valid(delivery(2)).write(whole);
                    byte[] b = Files.readAllBytes(whole);
                    Files.delete(whole);
                    Files.write(f, java.util.Arrays.copyOf(b, b.length / 2));
                },
                "(workbook) HOR-112"));
        c.add(of(
                "zip-without-workbook",
                f -> zip(f, "hello.txt", "hello"),
                "(workbook) HOR-112 The file is not an Excel workbook"));
        c.add(of(
                "xxe-in-shared-strings",
                f -> Xlsx.valid(delivery(2))
                        .part(
                                "xl/sharedStrings.xml",
                                "<?xml version=\"1.0\"?><!DOCTYPE sst [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                                        + "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><si><t>&x;</t></si></sst>")
                        .write(f),
                "(workbook) HOR-112 Part xl/sharedStrings.xml holds a DTD"));
        c.add(of(
                "billion-laughs",
                f -> Xlsx.valid(delivery(2))
                        .part(
                                "docProps/app.xml",
                                "<?xml version=\"1.0\"?><!DOCTYPE l [<!ENTITY a \"lol\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">"
                                        + "<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">]><Properties>&c;</Properties>")
                        .write(f),
                "(workbook) HOR-112 Part docProps/app.xml holds a DTD"));
        c.add(
                of(
                        "huge-shared-string",
                        f -> Xlsx.valid(delivery(2))
                                .part(
                                        "xl/sharedStrings.xml",
                                        "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><si><t>"
                                                + "x".repeat(50 << 20) + "</t></si></sst>")
                                .write(f),
                        "(workbook) HOR-112 Part xl/sharedStrings.xml holds a text of more than 1,048,576 bytes between two tags"));
        c.add(of(
                "dtd-in-sheet",
                f -> new Xlsx()
                        .sheet("dataset", Xlsx.DATASET_HEADER + Xlsx.DATASET_ROW)
                        .part(
                                "xl/worksheets/sheet9.xml",
                                "<?xml version=\"1.0\"?>\n<!DOCTYPE worksheet SYSTEM \"http://evil.example/x.dtd\"><worksheet/>")
                        .write(f),
                "(workbook) HOR-112 Part xl/worksheets/sheet9.xml holds a DTD"));
        c.add(
                of(
                        "external-link",
                        f -> Xlsx.valid(delivery(2))
                                .part(
                                        "xl/externalLinks/externalLink1.xml",
                                        "<externalLink xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"/>")
                                .write(f),
                        "(workbook) HOR-112 The workbook refers to other files (external links, xl/externalLinks/externalLink1.xml)"));
        c.add(of(
                "macros",
                f -> Xlsx.valid(delivery(2))
                        .part("xl/vbaProject.bin", new byte[] {1, 2, 3})
                        .write(f),
                "(workbook) HOR-112 The workbook contains macros (xl/vbaProject.bin)"));
        c.add(of(
                "ten-thousand-parts",
                f -> {
                    Xlsx x = Xlsx.valid(delivery(2));
                    for (int i = 0; i < 10_001; i++) {
                        x.part("xl/media/p" + i + ".bin", new byte[] {1});
                    }
                    x.write(f);
                },
                "(workbook) HOR-112 The workbook has more than 10,000 parts"));
        c.add(of(
                "malformed-sheet-xml",
                f -> Xlsx.valid("<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>D-1</t></row>")
                        .write(f),
                "(workbook) HOR-112 Not a readable Excel workbook: Unexpected end tag: expected </is> at [row,col"));
        c.add(of(
                "shared-string-out-of-range",
                f -> Xlsx.valid(row(2, "<c r=\"A2\" t=\"s\"><v>99</v></c>")).write(f),
                "(workbook) HOR-112 Not a readable Excel workbook"));
        // ---------------------------------------------------------------- sheets
        c.add(of(
                "a-million-rows",
                HostileWorkbooks::millionRows,
                "deliveries!1048577:1048577 HOR-112 The sheet has more than 1,048,576 rows"));
        c.add(deliveries(
                "row-beyond-excel",
                "<row r=\"2000000\">" + text("A2000000", "D-1") + "</row>",
                "deliveries!2000000:2000000 HOR-112 The sheet has more than 1,048,576 rows"));
        c.add(deliveries(
                "too-many-columns",
                delivery(2).replace("</row>", text("IW2", "x") + "</row>"),
                "deliveries!IW2 HOR-112 The row has values beyond column IV"));
        c.add(deliveries(
                "text-longer-than-excel-allows",
                row(2, text("A2", "D-" + "x".repeat(40_000))),
                "deliveries!A2 HOR-112 The text is longer than 32,767 characters"));
        c.add(of(
                "merged-cells",
                f -> new Xlsx()
                        .sheet("dataset", Xlsx.DATASET_HEADER + Xlsx.DATASET_ROW)
                        .sheet(
                                "sites",
                                "visible",
                                Xlsx.SITES,
                                "<mergeCells count=\"1\"><mergeCell ref=\"B2:C2\"/></mergeCells>")
                        .write(f),
                "sites HOR-112 Merged cells B2:C2"));
        c.add(of(
                "hidden-sheet",
                f -> new Xlsx()
                        .sheet("dataset", Xlsx.DATASET_HEADER + Xlsx.DATASET_ROW)
                        .sheet("sites", "hidden", Xlsx.SITES, "")
                        .write(f),
                "sites HOR-112 The sheet is hidden"));
        c.add(of(
                "very-hidden-sheet",
                f -> new Xlsx()
                        .sheet("dataset", Xlsx.DATASET_HEADER + Xlsx.DATASET_ROW)
                        .sheet("sites", Xlsx.SITES)
                        .sheet("deliveries", "veryHidden", Xlsx.DELIVERY_HEADER, "")
                        .write(f),
                "deliveries HOR-112 The sheet is hidden"));
        c.add(of(
                "unknown-sheet",
                f -> Xlsx.valid(delivery(2)).sheet("Tabelle1", textRow(1, "x")).write(f),
                "Tabelle1 HOR-107 Unknown sheet Tabelle1"));
        c.add(of(
                "number-in-header",
                f -> new Xlsx()
                        .sheet("dataset", Xlsx.DATASET_HEADER + Xlsx.DATASET_ROW)
                        .sheet("sites", Xlsx.SITES.replace(text("H1", "start"), num("H1", "2020")))
                        .write(f),
                "sites!H1 HOR-112 The header needs text in every cell, found 2020"));
        c.add(of(
                "duplicate-column",
                f -> new Xlsx()
                        .sheet("dataset", Xlsx.DATASET_HEADER + Xlsx.DATASET_ROW)
                        .sheet("sites", Xlsx.SITES.replace("</row>", text("I1", "city") + "</row>"))
                        .write(f),
                "sites!I1 (city) HOR-106"));
        c.add(of(
                "missing-required-column",
                f -> Xlsx.valid("")
                        .sheet("outcomes", textRow(1, "id", "siteId", "organisationId", "type"))
                        .write(f),
                "outcomes!1:1 (date) HOR-200 The required column date is missing"));
        c.add(of(
                "dataset-sheet-with-two-rows",
                f -> new Xlsx()
                        .sheet(
                                "dataset",
                                Xlsx.DATASET_HEADER + Xlsx.DATASET_ROW + textRow(3, "1", "2024-12-31", "hor", "Zweite"))
                        .sheet("sites", Xlsx.SITES)
                        .write(f),
                "dataset!3:3 HOR-112 The sheet dataset needs exactly one row below its header, found 2"));
        c.add(of(
                "emptied-template",
                f -> new Xlsx()
                        .sheet("dataset", Xlsx.DATASET_HEADER + Xlsx.DATASET_ROW)
                        .sheet(
                                "sites",
                                textRow(
                                        1,
                                        "id",
                                        "name",
                                        "city",
                                        "state",
                                        "carrier",
                                        "carrierType",
                                        "coverage",
                                        "start"))
                        .sheet("deliveries", Xlsx.DELIVERY_HEADER)
                        .write(f),
                "(workbook) HOR-112 The workbook holds no data"));
        // ---------------------------------------------------------------- formulas
        c.add(deliveries(
                "formula-without-cached-value",
                delivery(2, formula("F2", "1000+500", null)),
                "deliveries!F2 (amount) HOR-112 The formula has no saved result",
                "[=1000+500]"));
        c.add(of(
                "formula-in-text-column",
                f -> new Xlsx()
                        .sheet("dataset", Xlsx.DATASET_HEADER + Xlsx.DATASET_ROW)
                        .sheet(
                                "sites",
                                Xlsx.SITES.replace(
                                        text("B2", "Haus A"),
                                        formulaText("B2", "HYPERLINK(\"http://evil.example\",\"Haus A\")", "Haus A")))
                        .write(f),
                "sites!B2 (name) HOR-112 A formula in a column of text or ids is not allowed",
                "[Haus A]"));
        c.add(of(
                "dde-injection",
                f -> new Xlsx()
                        .sheet("dataset", Xlsx.DATASET_HEADER + Xlsx.DATASET_ROW)
                        .sheet(
                                "sites",
                                Xlsx.SITES.replace(text("E2", "Träger"), formulaText("E2", "cmd|' /C calc'!A0", "0")))
                        .write(f),
                "sites!E2 (carrier) HOR-112 A formula in a column of text or ids is not allowed"));
        c.add(of(
                "formula-in-id-column",
                f -> new Xlsx()
                        .sheet("dataset", Xlsx.DATASET_HEADER + Xlsx.DATASET_ROW)
                        .sheet("sites", Xlsx.SITES.replace(text("A2", "S-A"), formulaText("A2", "\"S-\"&\"A\"", "S-A")))
                        .write(f),
                "sites!A2 (id) HOR-112 A formula in a column of text or ids is not allowed"));
        c.add(deliveries(
                "error-value",
                delivery(2, error("E2", "#DIV/0!")),
                "deliveries!E2 (hours) HOR-112 The cell holds the error value #DIV/0!",
                "[#DIV/0!]"));
        c.add(deliveries(
                "formula-with-cached-error",
                delivery(2, "<c r=\"F2\" t=\"e\"><f>1/0</f><v>#DIV/0!</v></c>"),
                "deliveries!F2 (amount) HOR-112 The cell holds the error value #DIV/0!"));
        // ---------------------------------------------------------------- dates
        c.add(deliveries(
                "serial-zero-date",
                row(2, text("A2", "D-1"), text("B2", "F-1"), text("C2", "O-1"), num("D2", "0", DATE)),
                "deliveries!D2 (date) HOR-203"));
        c.add(deliveries(
                "phantom-1900-02-29",
                row(2, text("A2", "D-1"), text("B2", "F-1"), text("C2", "O-1"), num("D2", "60", DATE)),
                "deliveries!D2 (date) HOR-203"));
        c.add(deliveries(
                "negative-date",
                row(2, text("A2", "D-1"), text("B2", "F-1"), text("C2", "O-1"), num("D2", "-5")),
                "deliveries!D2 (date) HOR-203"));
        c.add(deliveries(
                "date-with-time",
                row(2, text("A2", "D-1"), text("B2", "F-1"), text("C2", "O-1"), num("D2", "45356.5", DATE)),
                "deliveries!D2 (date) HOR-203"));
        c.add(deliveries(
                "date-before-1900-as-text",
                row(2, text("A2", "D-1"), text("B2", "F-1"), text("C2", "O-1"), text("D2", "1899-12-31")),
                "deliveries!D2 (date) HOR-305"));
        c.add(deliveries(
                "number-turned-into-date",
                delivery(2, num("E2", "45413", DATE)),
                "deliveries!E2 (hours) HOR-112 A date where a number belongs",
                "[2024-05-01]"));
        // ---------------------------------------------------------------- numbers and types
        c.add(deliveries(
                "money-1.005-as-number",
                delivery(2, num("F2", "1.0049999999999999", MONEY)),
                "deliveries!F2 (amount) HOR-204",
                "[1.005]"));
        c.add(deliveries(
                "money-1.005-as-text", delivery(2, text("F2", "1,005")), "deliveries!F2 (amount) HOR-204", "[1,005]"));
        c.add(deliveries("text-in-amount", delivery(2, text("F2", "abc")), "deliveries!F2 (amount) HOR-108"));
        c.add(deliveries(
                "thousands-separators", delivery(2, text("F2", "1.500,00")), "deliveries!F2 (amount) HOR-108"));
        c.add(deliveries("boolean-in-amount", delivery(2, bool("F2", true)), "deliveries!F2 (amount) HOR-108"));
        c.add(deliveries(
                "fraction-participants", delivery(2, num("G2", "2.5")), "deliveries!G2 (participants) HOR-206"));
        c.add(deliveries("huge-participants", delivery(2, num("G2", "3E10")), "deliveries!G2 (participants) HOR-206"));
        c.add(deliveries("negative-hours", delivery(2, num("E2", "-1")), "deliveries!E2 (hours) HOR-209"));
        c.add(of(
                "unknown-enum",
                f -> new Xlsx()
                        .sheet("dataset", Xlsx.DATASET_HEADER + Xlsx.DATASET_ROW)
                        .sheet("sites", Xlsx.SITES.replace(text("F2", "CONSORTIUM"), text("F2", "consortium")))
                        .write(f),
                "sites!F2 (carrierType) HOR-207"));
        c.add(deliveries(
                "reference-to-missing-organisation",
                row(2, text("A2", "D-1"), text("B2", "F-1"), text("C2", "O-9"), num("D2", "45356", DATE)),
                "deliveries!C2 (organisationId) HOR-300"));
        c.add(deliveries(
                "duplicate-id", delivery(2) + delivery(3).replace("D-3", "D-2"), "deliveries!A3 (id) HOR-307"));
        c.add(of(
                "number-in-boolean-column",
                f -> new Xlsx()
                        .sheet("dataset", Xlsx.DATASET_HEADER + Xlsx.DATASET_ROW)
                        .sheet("sites", Xlsx.SITES)
                        .sheet(
                                "organisations",
                                textRow(1, "id", "name", "type", "legalForm", "migrantLed")
                                        + row(
                                                2,
                                                text("A2", "O-1"),
                                                text("B2", "Verein"),
                                                text("C2", "MIGRANT_ORGANISATION"),
                                                text("D2", "REGISTERED_ASSOCIATION"),
                                                num("E2", "1")))
                        .write(f),
                "organisations!E2 (migrantLed) HOR-108"));
        return c;
    }

    /** A sheet of deliveries with 1 048 577 rows, one more than Excel has. */
    private static void millionRows(Path file) throws IOException {
        StringBuilder rows = new StringBuilder(80 << 20);
        for (int r = 2; r <= 1_048_577; r++) {
            rows.append("<row r=\"")
                    .append(r)
                    .append("\"><c r=\"A")
                    .append(r)
                    .append("\" t=\"inlineStr\"><is><t>D-")
                    .append(r)
                    .append("</t></is></c></row>");
        }
        Xlsx.valid(rows.toString()).write(file);
    }

    private static void zip(Path file, String name, String content) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(b)) {
            z.putNextEntry(new ZipEntry(name));
            z.write(content.getBytes(StandardCharsets.UTF_8));
            z.closeEntry();
        }
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(b.toByteArray());
        }
    }
}
