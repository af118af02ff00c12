package org.hor.excel.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.hor.excel.WorkbookLimits;

/**
 * Checks a workbook's zip container before any XML parser sees it: the file's size, the number of
 * parts, each part's real unpacked size (counted while inflating, not taken from the headers, which
 * a zip bomb fakes) and compression ratio, no DTD or entity declaration in any XML part, no external
 * links and no macros. Collects the merged cell ranges of each sheet part on the way.
 */
public final class ZipGuard {

    /** A refusal: the message variant of {@code WORKBOOK} and its arguments. */
    public static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;
        private final String variant;
        private final transient List<Object> args;

        Refused(String variant, Object... args) {
            super(variant, null, false, false);
            this.variant = variant;
            this.args = List.of(args);
        }

        /** Returns the message variant. */
        public String variant() {
            return variant;
        }

        /** Returns the message arguments. */
        public List<Object> args() {
            return args;
        }
    }

    /**
     * What the check learnt.
     *
     * @param mergedRanges merged ranges by part name ({@code xl/worksheets/sheet1.xml})
     * @param parts        the workbook's parts by relationship id ({@code rId1} to {@code xl/worksheets/sheet1.xml})
     */
    public record Checked(Map<String, List<String>> mergedRanges, Map<String, String> parts) {

        /** Returns the merged ranges of the sheet with relationship id {@code id}. */
        public List<String> merged(String id) {
            String part = parts.get(id);
            return part == null ? List.of() : mergedRanges.getOrDefault(part, List.of());
        }
    }

    private static final java.util.regex.Pattern RELATIONSHIP =
            java.util.regex.Pattern.compile("<Relationship\\s[^>]*>");
    private static final java.util.regex.Pattern ID = java.util.regex.Pattern.compile("\\sId=\"([^\"]*)\"");
    private static final java.util.regex.Pattern TARGET = java.util.regex.Pattern.compile("\\sTarget=\"([^\"]*)\"");

    private static final byte[] MERGE_CELL = "<mergeCell ".getBytes(StandardCharsets.US_ASCII);
    private static final int COUNTED_FROM = 1 << 20;
    /**
     * The longest run of characters between two tags of an XML part: Excel's longest cell text
     * (32 767 characters) takes at most about 200 KB even fully escaped, so a longer run is no cell
     * but an attempt to fill the memory of the reader, which keeps each text whole.
     */
    static final int MAX_TEXT_BYTES = 1 << 20;

    private ZipGuard() {}

    /**
     * Checks a workbook file.
     *
     * @param file   the file
     * @param limits the limits
     * @return the merged ranges found
     * @throws Refused     when the workbook must not be read
     * @throws IOException on an I/O error
     */
    public static Checked check(Path file, WorkbookLimits limits) throws Refused, IOException {
        long size = Files.size(file);
        if (size > limits.maxFileBytes()) {
            throw new Refused("fileSize", limits.maxFileBytes());
        }
        byte[] head = new byte[8];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, head.length);
        }
        if (n >= 4
                && (head[0] & 0xFF) == 0xD0
                && (head[1] & 0xFF) == 0xCF
                && (head[2] & 0xFF) == 0x11
                && (head[3] & 0xFF) == 0xE0) {
            throw new Refused("encrypted");
        }
        if (n < 4 || head[0] != 'P' || head[1] != 'K' || head[2] != 3 || head[3] != 4) {
            throw new Refused("notZip");
        }
        Map<String, List<String>> merged = new HashMap<>();
        Map<String, String> parts = new HashMap<>();
        try (ZipFile zip = new ZipFile(file.toFile())) {
            if (zip.size() > limits.maxParts()) {
                throw new Refused("entries", limits.maxParts());
            }
            long total = 0;
            Enumeration<? extends ZipEntry> entries = zip.entries();
            boolean hasWorkbook = false;
            while (entries.hasMoreElements()) {
                ZipEntry e = entries.nextElement();
                String name = e.getName();
                String lower = name.toLowerCase(Locale.ROOT);
                if (lower.startsWith("xl/externallinks/")) {
                    throw new Refused("externalLink", name);
                }
                if (lower.endsWith("vbaproject.bin")) {
                    throw new Refused("macros", name);
                }
                if (lower.equals("xl/workbook.xml")) {
                    hasWorkbook = true;
                }
                if (e.isDirectory()) {
                    continue;
                }
                boolean xml = lower.endsWith(".xml") || lower.endsWith(".rels") || lower.endsWith(".vml");
                boolean sheet = lower.startsWith("xl/worksheets/") && lower.endsWith(".xml");
                Scan scan = new Scan(sheet);
                boolean rels = lower.equals("xl/_rels/workbook.xml.rels");
                java.io.ByteArrayOutputStream relsBytes = rels ? new java.io.ByteArrayOutputStream() : null;
                long unpacked = 0;
                try (InputStream in = zip.getInputStream(e)) {
                    byte[] buf = new byte[64 * 1024];
                    int r;
                    while ((r = in.read(buf)) > 0) {
                        unpacked += r;
                        total += r;
                        if (total > limits.maxUnpackedBytes()) {
                            throw new Refused("size", limits.maxUnpackedBytes(), name);
                        }
                        if (unpacked > COUNTED_FROM
                                && e.getCompressedSize() > 0
                                && unpacked / e.getCompressedSize() > limits.maxCompressionRatio()) {
                            throw new Refused("ratio", name, limits.maxCompressionRatio());
                        }
                        if (rels && relsBytes.size() < COUNTED_FROM) {
                            relsBytes.write(buf, 0, r);
                        }
                        if (xml) {
                            scan.feed(buf, r);
                            if (scan.dtd) {
                                throw new Refused("dtd", name);
                            }
                            if (scan.longestText > MAX_TEXT_BYTES) {
                                throw new Refused("longText", name, MAX_TEXT_BYTES);
                            }
                        }
                    }
                }
                if (rels) {
                    java.util.regex.Matcher m = RELATIONSHIP.matcher(relsBytes.toString(StandardCharsets.UTF_8));
                    while (m.find()) {
                        java.util.regex.Matcher id = ID.matcher(m.group());
                        java.util.regex.Matcher target = TARGET.matcher(m.group());
                        if (id.find() && target.find()) {
                            String t = target.group(1);
                            parts.put(id.group(1), t.startsWith("/") ? t.substring(1) : "xl/" + t);
                        }
                    }
                }
                if (sheet && !scan.merged.isEmpty()) {
                    merged.put(name, scan.merged);
                }
            }
            if (!hasWorkbook) {
                throw new Refused("notZip");
            }
        } catch (ZipException e) {
            throw new Refused("message", String.valueOf(e.getMessage()));
        }
        return new Checked(merged, parts);
    }

    /** A streaming scan of an XML part: {@code <!DOCTYPE}/{@code <!ENTITY} and {@code <mergeCell ref="…"/>}. */
    private static final class Scan {
        final boolean sheet;
        final List<String> merged = new ArrayList<>();
        boolean dtd;
        long text;
        long longestText;
        int match;
        int bang;
        StringBuilder tag;

        Scan(boolean sheet) {
            this.sheet = sheet;
        }

        void feed(byte[] buf, int len) {
            for (int i = 0; i < len; i++) {
                byte b = buf[i];
                // "<!" followed by D or E (DOCTYPE, ENTITY, ELEMENT); comments and CDATA are "<!-" and "<!["
                if (bang == 2) {
                    if (b == 'D' || b == 'E') {
                        dtd = true;
                    }
                    bang = 0;
                }
                if (b == '<') {
                    text = 0;
                } else if (++text > longestText) {
                    longestText = text;
                }
                if (b == '<') {
                    bang = 1;
                } else if (bang == 1 && b == '!') {
                    bang = 2;
                } else if (bang == 1) {
                    bang = 0;
                }
                if (!sheet) {
                    continue;
                }
                if (tag != null) {
                    if (b == '>' || tag.length() > 200) {
                        String t = tag.toString();
                        int at = t.indexOf("ref=\"");
                        if (at >= 0) {
                            int end = t.indexOf('"', at + 5);
                            merged.add(end < 0 ? t.substring(at + 5) : t.substring(at + 5, end));
                        }
                        tag = null;
                    } else {
                        tag.append((char) b);
                    }
                    continue;
                }
                if (b == MERGE_CELL[match]) {
                    match++;
                    if (match == MERGE_CELL.length) {
                        tag = new StringBuilder();
                        match = 0;
                    }
                } else {
                    match = b == MERGE_CELL[0] ? 1 : 0;
                }
            }
        }
    }
}
