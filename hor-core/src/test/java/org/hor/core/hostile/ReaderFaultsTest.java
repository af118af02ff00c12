package org.hor.core.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.hor.core.io.DatasetReader;
import org.hor.core.io.ReadResult;
import org.hor.core.validation.Violation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The reader tells a failing input (IOException) from undecodable content (a violation)")
class ReaderFaultsTest {

    /** A stream of the base document that fails after {@code limit} bytes. */
    private static InputStream failingAfter(int limit) {
        byte[] doc = HostileCorpus.base().getBytes(StandardCharsets.UTF_8);
        return new InputStream() {
            int pos;

            @Override
            public int read() throws IOException {
                if (pos >= limit) {
                    throw new IOException("disk read error");
                }
                return pos < doc.length ? doc[pos++] & 0xFF : -1;
            }
        };
    }

    @Test
    @DisplayName("a stream that fails at once or in the middle is the same IOException, never a violation")
    void failingStream() {
        for (int limit : new int[] {0, 1, 3, 500}) {
            assertThatThrownBy(() -> DatasetReader.builder().build().read(failingAfter(limit), "failing"))
                    .as("failing after %d bytes", limit)
                    .isExactlyInstanceOf(IOException.class)
                    .hasMessage("disk read error");
        }
    }

    @Test
    @DisplayName("first bytes that look like UCS-4 of an unsupported byte order are one HOR-100 at 1:1")
    void oddUcs4() throws IOException {
        // 00 00 70 00: Jackson's encoding detection sees byte order 2143 (found by the fuzzer)
        ReadResult r =
                DatasetReader.builder().build().read(new ByteArrayInputStream(new byte[] {0, 0, 0x70, 0, 5}), "ucs4");
        assertThat(r.violations())
                .extracting(Violation::code, Violation::pointer, Violation::line, Violation::column)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("HOR-100", "", 1L, 1L));
    }
}
