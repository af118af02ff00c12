package org.hor.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.hor.core.validation.Violation;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Input that can be read only once (issue #13 point 7): a stream, a named pipe, standard input, a
 * device. It is read once and gives exactly what the same bytes in a regular file give.
 */
@DisplayName("Input that can be read only once")
class OnceReadableInputTest {

    private static final DatasetReader READER = DatasetReader.builder().build();

    static String base() {
        try (InputStream in = OnceReadableInputTest.class.getResourceAsStream("/hostile/base.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The base document with a dangling reference (an integrity rule, located in a second reading)
     * and a day that does not exist (a field rule, located while reading).
     */
    static String invalid() {
        String doc = base().replace("\"offerId\": \"F-1\"", "\"offerId\": \"F-9\"")
                .replace("\"date\": \"2024-04-01\"", "\"date\": \"2024-02-30\"");
        assertThat(doc).isNotEqualTo(base());
        return doc;
    }

    /** A stream as a pipe gives it: a few bytes a read, no mark, no size. */
    static InputStream trickle(byte[] bytes, AtomicInteger reads) {
        return new InputStream() {
            int pos;

            @Override
            public int read() {
                reads.incrementAndGet();
                return pos < bytes.length ? bytes[pos++] & 0xFF : -1;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                reads.incrementAndGet();
                if (pos >= bytes.length) {
                    return -1;
                }
                int n = Math.min(Math.min(len, 7), bytes.length - pos);
                System.arraycopy(bytes, pos, b, off, n);
                pos += n;
                return n;
            }
        };
    }

    private static ReadResult fromFile(DatasetReader reader, Path dir, String doc) throws IOException {
        Path file = Files.writeString(dir.resolve("doc-" + doc.hashCode() + ".json"), doc);
        return reader.read(file);
    }

    @Test
    @DisplayName(
            "invalid data from a stream: the same violations as from a file, the dangling reference at its field (17:30), not its record (17:5)")
    void invalidStream(@TempDir Path dir) throws IOException {
        String doc = invalid();
        ReadResult file = fromFile(READER, dir, doc);

        ReadResult stream = READER.read(trickle(doc.getBytes(StandardCharsets.UTF_8), new AtomicInteger()), "stdin");

        assertThat(stream).isEqualTo(file);
        assertThat(stream.violations())
                .extracting(Violation::code, Violation::pointer, Violation::line, Violation::column)
                .containsExactly(
                        tuple("HOR-300", "/deliveries/0/offerId", 17L, 30L),
                        tuple("HOR-203", "/supportActions/0/date", 39L, 44L));
        assertThat(stream.violations().get(0).format(Locale.ENGLISH)).contains("F-9");
    }

    @Test
    @DisplayName("valid data from a stream: the same dataset as from a file, and the stream is read to its end")
    void validStream(@TempDir Path dir) throws IOException {
        String doc = base();
        ReadResult file = fromFile(READER, dir, doc);
        byte[] bytes = doc.getBytes(StandardCharsets.UTF_8);
        ByteArrayInputStream in = new ByteArrayInputStream(bytes);

        ReadResult stream = READER.read(in, "stdin");

        assertThat(file.isValid()).isTrue();
        assertThat(stream).isEqualTo(file);
        assertThat(in.available()).isZero();
    }

    @Test
    @DisplayName("a copy beyond the memory share goes to a temporary file: the same violations, 16 bytes in memory")
    void spilledCopy(@TempDir Path dir) throws IOException {
        String doc = invalid();
        DatasetReader small = DatasetReader.builder().spoolMemory(16).build();

        ReadResult stream = small.read(new ByteArrayInputStream(doc.getBytes(StandardCharsets.UTF_8)), "stdin");

        assertThat(stream).isEqualTo(fromFile(READER, dir, doc));
        assertThat(stream.violations())
                .extracting(Violation::line, Violation::column)
                .containsExactly(tuple(17L, 30L), tuple(39L, 44L));
    }

    @Test
    @DisplayName("a stream larger than the limit is refused with HOR-101 where it exceeds it, not read to its end")
    void streamOverLimit() throws IOException {
        byte[] bytes = base().getBytes(StandardCharsets.UTF_8);
        ByteArrayInputStream in = new ByteArrayInputStream(bytes);
        DatasetReader limited = DatasetReader.builder()
                .limits(ReadLimits.defaults().withMaxDocumentBytes(200))
                .build();

        ReadResult r = limited.read(in, "stdin");

        assertThat(r.violations()).extracting(Violation::code).containsExactly("HOR-101");
        assertThat(r.violations().get(0).format(Locale.ENGLISH)).contains("200");
        assertThat(in.available()).as("stops near the limit").isGreaterThan(bytes.length - 200 - 8192);
    }

    /** Makes a named pipe, or skips the test where there is no {@code mkfifo}. */
    static Path fifo(Path dir) throws Exception {
        Path fifo = dir.resolve("pipe.json");
        Process p;
        try {
            p = new ProcessBuilder("mkfifo", fifo.toString())
                    .redirectErrorStream(true)
                    .start();
        } catch (IOException e) {
            Assumptions.abort("no mkfifo on this system: " + e.getMessage());
            throw e;
        }
        Assumptions.assumeTrue(
                p.waitFor() == 0,
                "mkfifo failed: " + new String(p.getInputStream().readAllBytes()));
        return fifo;
    }

    /** Writes {@code bytes} into the pipe on a thread of its own, as {@code cat file > pipe} would. */
    static Thread feed(Path fifo, byte[] bytes) {
        Thread t = new Thread(
                () -> {
                    try (OutputStream out = Files.newOutputStream(fifo)) {
                        for (int i = 0; i < bytes.length; i += 100) {
                            out.write(bytes, i, Math.min(100, bytes.length - i));
                        }
                    } catch (IOException e) {
                        // the reader went away: the test's assertions tell
                    }
                },
                "fifo-feeder");
        t.setDaemon(true);
        t.start();
        return t;
    }

    @Test
    @DisplayName("a named pipe is read once, never waited on for a second time: valid and invalid data as from a file")
    void namedPipe(@TempDir Path dir) throws Exception {
        Path fifo = fifo(dir);
        for (String doc : List.of(base(), invalid())) {
            ReadResult file = fromFile(READER, dir, doc);
            Thread feeder = feed(fifo, doc.getBytes(StandardCharsets.UTF_8));

            ReadResult piped = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> READER.read(fifo));

            assertThat(piped).isEqualTo(file);
            feeder.join(5000);
            assertThat(feeder.isAlive()).isFalse();
        }
    }

    @Test
    @DisplayName("a character device is read as what it gives: /dev/null is an empty document (HOR-100 at 1:1)")
    void characterDevice() throws Exception {
        Path devNull = Path.of("/dev/null");
        Assumptions.assumeTrue(Files.exists(devNull), "no /dev/null on this system");

        ReadResult r = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> READER.read(devNull));

        assertThat(r.violations())
                .extracting(Violation::code, Violation::pointer, Violation::line, Violation::column)
                .containsExactly(tuple("HOR-100", "", 1L, 1L));
        assertThat(r.violations().get(0).format(Locale.ENGLISH)).containsIgnoringCase("empty");
    }
}
