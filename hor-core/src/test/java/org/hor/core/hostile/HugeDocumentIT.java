package org.hor.core.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.hor.core.io.DatasetReader;
import org.hor.core.io.ReadLimits;
import org.hor.core.io.ReadResult;
import org.hor.core.validation.Violation;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Documents of 1 GiB, read in a JVM with a heap of 256 MiB (failsafe's {@code -Xmx256m}, see
 * hor-core's pom): the reader streams, so none of them can exhaust memory. What 256 MiB cannot prove
 * is that a gigabyte of <em>records</em> is read: the dataset holds its records, about 200 bytes of heap
 * per record, so such a file needs a heap in proportion to it (raise {@code -Xmx} with
 * {@link ReadLimits#withMaxDocumentBytes}). Run with {@code ./mvnw -B -pl hor-core -am verify}
 * (or {@code -Dit.test=HugeDocumentIT}); the file is written to a temporary directory and deleted.
 */
@DisplayName("Documents of 1 GiB in a heap of 256 MiB")
class HugeDocumentIT {

    private static final long GIB = 1L << 30;
    private static final byte[] RECORD =
            "{\"a\": 1, \"b\": [true, null, \"x\"]},\n".getBytes(StandardCharsets.US_ASCII);

    private static Path dir;
    private static Path file;

    /** The base dataset with an unknown field "bulk" holding small objects, {@code total} bytes in all. */
    private static void writeBulk(OutputStream out, long total) throws IOException {
        String base = HostileCorpus.base();
        int cut = base.indexOf("\"asOf\"");
        byte[] head = (base.substring(0, cut) + "\"bulk\": [\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("{}],\n  " + base.substring(cut)).getBytes(StandardCharsets.UTF_8);
        out.write(head);
        byte[] block = new byte[RECORD.length * 8192];
        for (int i = 0; i < 8192; i++) {
            System.arraycopy(RECORD, 0, block, i * RECORD.length, RECORD.length);
        }
        long left = total - head.length - tail.length;
        while (left >= block.length) {
            out.write(block);
            left -= block.length;
        }
        while (left >= RECORD.length) {
            out.write(RECORD);
            left -= RECORD.length;
        }
        out.write(" ".repeat((int) left).getBytes(StandardCharsets.US_ASCII));
        out.write(tail);
    }

    @BeforeAll
    static void write() throws IOException {
        dir = Files.createTempDirectory("hor-huge");
        file = dir.resolve("bulk.json");
        try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(file), 1 << 20)) {
            writeBulk(out, GIB);
        }
        assertThat(Files.size(file)).isEqualTo(GIB);
    }

    @AfterAll
    static void delete() throws IOException {
        Files.deleteIfExists(file);
        Files.deleteIfExists(dir);
    }

    @Test
    @DisplayName("with the default limit of 512 MiB the file is one HOR-101 violation at once, before it is read")
    void defaultLimitRejectsAtOnce() throws IOException {
        long t0 = System.nanoTime();
        ReadResult r = DatasetReader.builder().build().read(file);
        long millis = (System.nanoTime() - t0) / 1_000_000;
        assertThat(r.violations())
                .extracting(Violation::code, Violation::pointer, Violation::value)
                .containsExactly(tuple("HOR-101", "", Long.toString(GIB)));
        assertThat(millis).as("no byte of content is parsed").isLessThan(1000);
    }

    @Test
    @DisplayName("from a stream, the default limit stops reading after 512 MiB with HOR-101, in bounded memory")
    void defaultLimitStopsAStream() throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            ReadResult r = DatasetReader.builder().build().read(in, "stream");
            // it stops where the 512 MiB run out: somewhere inside the bulk, far beyond its first element
            assertThat(r.violations()).extracting(Violation::code).containsExactly("HOR-101");
            assertThat(r.violations().get(0).pointer()).matches("/bulk/[0-9]{7,}(/.*)?");
        }
    }

    @Test
    @DisplayName(
            "with the limit raised, 1 GiB streams through: strict gives one HOR-107 for the bulk, lenient a valid dataset")
    void raisedLimitStreams() throws IOException {
        ReadLimits big = ReadLimits.defaults().withMaxDocumentBytes(2 * GIB);
        ReadResult strict = DatasetReader.builder().limits(big).build().read(file);
        assertThat(strict.violations())
                .extracting(Violation::code, Violation::pointer, Violation::line)
                .containsExactly(tuple("HOR-107", "/bulk", 3L));
        ReadResult lenient =
                DatasetReader.builder().limits(big).lenient(true).build().read(file);
        assertThat(lenient.isValid()).isTrue();
        assertThat(lenient.ignoredUnknownFields()).isEqualTo(1);
        assertThat(lenient.dataset().orElseThrow().sites()).hasSize(2);
        long used = Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
        assertThat(Runtime.getRuntime().maxMemory())
                .as("the test runs in a small heap")
                .isLessThanOrEqualTo(300L << 20);
        assertThat(used).isLessThan(Runtime.getRuntime().maxMemory());
    }

    @Test
    @DisplayName("a single string of 1 GiB, even with the document limit raised, is HOR-103 after its first MiB")
    void gigabyteString() throws IOException {
        String base = HostileCorpus.base();
        int at = base.indexOf("\"Haus A\"") + 1;
        byte[] head = base.substring(0, at).getBytes(StandardCharsets.UTF_8);
        InputStream in = new InputStream() {
            long pos;

            @Override
            public int read() {
                return pos < head.length ? head[(int) pos++] & 0xFF : pos++ < head.length + GIB ? 'x' : -1;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (pos >= head.length + GIB) {
                    return -1;
                }
                int n = 0;
                while (n < len && pos < head.length) {
                    b[off + n++] = head[(int) pos++];
                }
                int x = (int) Math.min(len - n, head.length + GIB - pos);
                java.util.Arrays.fill(b, off + n, off + n + x, (byte) 'x');
                pos += x;
                return n + x;
            }
        };
        long t0 = System.nanoTime();
        ReadResult r = DatasetReader.builder()
                .limits(ReadLimits.defaults().withMaxDocumentBytes(4 * GIB))
                .build()
                .read(in, "string");
        assertThat(r.violations())
                .extracting(Violation::code, Violation::pointer, Violation::line)
                .containsExactly(tuple("HOR-103", "/sites/0/name", 6L));
        assertThat((System.nanoTime() - t0) / 1_000_000).isLessThan(5000);
    }
}
