package org.hor.excel;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipFile;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/** Reads a written workbook back for assertions: cells by address, and raw parts. */
final class Sheets {

    /** A cell as stored: its type, raw value and number format. */
    record Stored(String type, String raw, String format) {}

    private Sheets() {}

    /** Every non-empty cell by sheet, then address ({@code A1}). */
    static Map<String, Map<String, Stored>> cells(Path file) throws IOException {
        Map<String, Map<String, Stored>> out = new LinkedHashMap<>();
        try (ReadableWorkbook wb = new ReadableWorkbook(file.toFile(), new ReadingOptions(true, false))) {
            for (Sheet s : wb.getSheets().toList()) {
                Map<String, Stored> cells = new LinkedHashMap<>();
                for (Row r : s.read()) {
                    for (Cell c : r) {
                        if (c != null
                                && c.getRawValue() != null
                                && !c.getRawValue().isEmpty()) {
                            cells.put(
                                    c.getAddress().toString(),
                                    new Stored(
                                            c.getType().name(),
                                            c.getType().name().equals("STRING") ? c.getText() : c.getRawValue(),
                                            c.getDataFormatString()));
                        }
                    }
                }
                out.put(s.getName(), cells);
            }
        }
        return out;
    }

    /** The sheet names in order. */
    static List<String> names(Path file) throws IOException {
        try (ReadableWorkbook wb = new ReadableWorkbook(file.toFile())) {
            return wb.getSheets().map(Sheet::getName).toList();
        }
    }

    /** A part of the zip as text. */
    static String part(Path file, String name) throws IOException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            var e = zip.getEntry(name);
            if (e == null) {
                return null;
            }
            try (InputStream in = zip.getInputStream(e)) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
    }

    /** The row number (1-based) of the first row of a sheet whose cells in columns A, B, C are these texts, or -1. */
    static int findRow(Map<String, Stored> sheet, String a, String b, String c) {
        for (int r = 2; r < 100_000; r++) {
            Stored x = sheet.get("A" + r);
            if (x == null) {
                return -1;
            }
            Stored y = sheet.get("B" + r);
            Stored z = sheet.get("C" + r);
            if (x.raw().equals(a)
                    && y != null
                    && y.raw().equals(b)
                    && z != null
                    && z.raw().equals(c)) {
                return r;
            }
        }
        return -1;
    }
}
