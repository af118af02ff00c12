package org.hor.excel.hostile;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.hor.excel.SheetViolation;

/**
 * Writes workbooks from raw SpreadsheetML, so that a test controls every byte: typed cells, cached
 * formula values, styles with number formats, hidden sheets, merged cells, and hostile parts.
 * Rows are given as cells {@code "A1"} to XML; helpers make the usual cells.
 */
public final class Xlsx {

    /** Style index 1: the date format yyyy-mm-dd; 2: 0.00; 3: #,##0.00. */
    public static final int DATE = 1;

    public static final int TWO_DECIMALS = 2;
    public static final int MONEY = 3;

    private final List<String[]> sheets = new ArrayList<>();
    private final Map<String, byte[]> extra = new LinkedHashMap<>();
    private String workbookPr = "";

    /** Adds a sheet: name, state (visible/hidden/veryHidden), sheetData inner XML and what follows sheetData. */
    public Xlsx sheet(String name, String state, String rows, String after) {
        sheets.add(new String[] {name, state, rows, after});
        return this;
    }

    public Xlsx sheet(String name, String rows) {
        return sheet(name, "visible", rows, "");
    }

    /** Adds an extra part. */
    public Xlsx part(String name, String content) {
        extra.put(name, content.getBytes(StandardCharsets.UTF_8));
        return this;
    }

    public Xlsx part(String name, byte[] content) {
        extra.put(name, content);
        return this;
    }

    public Xlsx date1904() {
        workbookPr = "<workbookPr date1904=\"1\"/>";
        return this;
    }

    // ------------------------------------------------------------------ cells

    public static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    public static String text(String ref, String s) {
        return "<c r=\"" + ref + "\" t=\"inlineStr\"><is><t xml:space=\"preserve\">" + esc(s) + "</t></is></c>";
    }

    public static String num(String ref, String raw) {
        return "<c r=\"" + ref + "\"><v>" + raw + "</v></c>";
    }

    public static String num(String ref, String raw, int style) {
        return "<c r=\"" + ref + "\" s=\"" + style + "\"><v>" + raw + "</v></c>";
    }

    public static String bool(String ref, boolean b) {
        return "<c r=\"" + ref + "\" t=\"b\"><v>" + (b ? 1 : 0) + "</v></c>";
    }

    public static String formula(String ref, String f, String cached) {
        return "<c r=\"" + ref + "\"><f>" + esc(f) + "</f>" + (cached == null ? "" : "<v>" + cached + "</v>") + "</c>";
    }

    public static String formulaText(String ref, String f, String cached) {
        return "<c r=\"" + ref + "\" t=\"str\"><f>" + esc(f) + "</f><v>" + esc(cached) + "</v></c>";
    }

    public static String error(String ref, String value) {
        return "<c r=\"" + ref + "\" t=\"e\"><v>" + esc(value) + "</v></c>";
    }

    /** A row of text cells from column A. */
    public static String textRow(int row, String... cells) {
        StringBuilder b = new StringBuilder("<row r=\"" + row + "\">");
        for (int i = 0; i < cells.length; i++) {
            if (cells[i] != null) {
                b.append(text(SheetViolation.columnLetters(i + 1) + row, cells[i]));
            }
        }
        return b.append("</row>").toString();
    }

    public static String row(int row, String... cells) {
        return "<row r=\"" + row + "\">" + String.join("", cells) + "</row>";
    }

    // ------------------------------------------------------------------ the usual tables

    public static final String DATASET_HEADER = textRow(1, "formatVersion", "asOf", "programmeId", "programmeName");
    public static final String DATASET_ROW =
            row(2, text("A2", "1"), num("B2", "45657", DATE), text("C2", "hor"), text("D2", "House of Resources"));
    public static final String SITES =
            textRow(1, "id", "name", "city", "state", "carrier", "carrierType", "coverage", "start")
                    + row(
                            2,
                            text("A2", "S-A"),
                            text("B2", "Haus A"),
                            text("C2", "Dresden"),
                            text("D2", "DE-SN"),
                            text("E2", "Träger"),
                            text("F2", "CONSORTIUM"),
                            text("G2", "CITY"),
                            num("H2", "43831", DATE));
    public static final String ORGANISATIONS = textRow(1, "id", "name", "type", "legalForm")
            + textRow(2, "O-1", "Verein", "MIGRANT_ORGANISATION", "REGISTERED_ASSOCIATION");
    public static final String OFFERS =
            textRow(1, "id", "siteId", "type", "title") + textRow(2, "F-1", "S-A", "MICRO_GRANT", "Grants");
    public static final String DELIVERY_HEADER =
            textRow(1, "id", "offerId", "organisationId", "date", "hours", "amount", "participants");

    /** A valid workbook whose deliveries sheet holds {@code deliveryRows} (rows from 2 on; columns A-G). */
    public static Xlsx valid(String deliveryRows) {
        return new Xlsx()
                .sheet("dataset", DATASET_HEADER + DATASET_ROW)
                .sheet("sites", SITES)
                .sheet("organisations", ORGANISATIONS)
                .sheet("offers", OFFERS)
                .sheet("deliveries", DELIVERY_HEADER + deliveryRows);
    }

    /** A delivery row: D-n, F-1, O-1, 2024-03-05 as a date cell, then the given hours/amount/participants cells. */
    public static String delivery(int row, String... more) {
        return row(
                row,
                text("A" + row, "D-" + row),
                text("B" + row, "F-1"),
                text("C" + row, "O-1"),
                num("D" + row, "45356", DATE),
                String.join("", more));
    }

    // ------------------------------------------------------------------ writing

    public Path write(Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file);
                ZipOutputStream zip = new ZipOutputStream(out)) {
            StringBuilder types = new StringBuilder(
                    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                            + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                            + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                            + "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>");
            StringBuilder wb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                    + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">" + workbookPr
                    + "<sheets>");
            StringBuilder rels = new StringBuilder(
                    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                            + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                            + "<Relationship Id=\"rIdStyles\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>");
            for (int i = 0; i < sheets.size(); i++) {
                String[] s = sheets.get(i);
                int n = i + 1;
                types.append("<Override PartName=\"/xl/worksheets/sheet")
                        .append(n)
                        .append(
                                ".xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>");
                wb.append("<sheet name=\"")
                        .append(esc(s[0]))
                        .append("\" sheetId=\"")
                        .append(n)
                        .append("\" ")
                        .append("visible".equals(s[1]) ? "" : "state=\"" + s[1] + "\" ")
                        .append("r:id=\"rId")
                        .append(n)
                        .append("\"/>");
                rels.append("<Relationship Id=\"rId")
                        .append(n)
                        .append(
                                "\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet")
                        .append(n)
                        .append(".xml\"/>");
            }
            types.append("</Types>");
            wb.append("</sheets></workbook>");
            rels.append("</Relationships>");
            put(zip, "[Content_Types].xml", types.toString());
            put(
                    zip,
                    "_rels/.rels",
                    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                            + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                            + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
                            + "</Relationships>");
            put(zip, "xl/workbook.xml", wb.toString());
            put(zip, "xl/_rels/workbook.xml.rels", rels.toString());
            put(
                    zip,
                    "xl/styles.xml",
                    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                            + "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                            + "<numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"yyyy\\-mm\\-dd\"/></numFmts>"
                            + "<fonts count=\"1\"><font><sz val=\"11\"/><name val=\"Calibri\"/></font></fonts>"
                            + "<fills count=\"1\"><fill><patternFill patternType=\"none\"/></fill></fills>"
                            + "<borders count=\"1\"><border/></borders>"
                            + "<cellStyleXfs count=\"1\"><xf/></cellStyleXfs>"
                            + "<cellXfs count=\"4\"><xf numFmtId=\"0\"/><xf numFmtId=\"164\" applyNumberFormat=\"1\"/>"
                            + "<xf numFmtId=\"2\" applyNumberFormat=\"1\"/><xf numFmtId=\"4\" applyNumberFormat=\"1\"/></cellXfs>"
                            + "</styleSheet>");
            for (int i = 0; i < sheets.size(); i++) {
                String[] s = sheets.get(i);
                put(
                        zip,
                        "xl/worksheets/sheet" + (i + 1) + ".xml",
                        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                                + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                                + "<sheetData>" + s[2] + "</sheetData>" + s[3] + "</worksheet>");
            }
            for (Map.Entry<String, byte[]> e : extra.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        }
        return file;
    }

    private static void put(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
