package org.hor.core.io.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A spool keeps a copy of what was read from a stream that can be read once")
class SpoolTest {

    private static byte[] bytes(int n) {
        byte[] b = new byte[n];
        for (int i = 0; i < n; i++) {
            b[i] = (byte) (i * 7 + 3);
        }
        return b;
    }

    @Test
    @DisplayName(
            "up to the memory share the copy stays in memory and replays exactly the bytes read, read by read or skipped")
    void inMemory() throws IOException {
        byte[] data = bytes(100);
        try (Spool spool = new Spool(100)) {
            InputStream tee = spool.tee(new ByteArrayInputStream(data));
            assertThat(tee.read()).isEqualTo(3);
            assertThat(tee.skip(9)).isEqualTo(9);
            assertThat(tee.readNBytes(50)).hasSize(50);
            try (InputStream again = spool.replay()) {
                assertThat(again.readAllBytes()).isEqualTo(java.util.Arrays.copyOf(data, 60));
            }
            assertThat(tee.readAllBytes()).hasSize(40);
            assertThat(spool.spilled()).isFalse();
            try (InputStream again = spool.replay()) {
                assertThat(again.readAllBytes()).isEqualTo(data);
            }
        }
    }

    @Test
    @DisplayName(
            "beyond the memory share (10 bytes of 25) the copy goes on in a file only its owner reads, deleted on close")
    void spilled() throws IOException {
        byte[] data = bytes(25);
        Path file;
        try (Spool spool = new Spool(10)) {
            InputStream tee = spool.tee(new ByteArrayInputStream(data));
            assertThat(tee.readNBytes(8)).hasSize(8);
            assertThat(spool.spilled()).isFalse();
            assertThat(tee.readAllBytes()).hasSize(17);
            assertThat(spool.spilled()).isTrue();
            file = spool.file();
            assertThat(file).exists();
            if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                        .isEqualTo("rw-------");
            }
            try (InputStream again = spool.replay()) {
                assertThat(again.readAllBytes()).isEqualTo(data);
            }
            assertThat(spool.lost()).isFalse();
        }
        assertThat(file).doesNotExist();
    }

    @Test
    @DisplayName("closing the tee leaves the stream it copies open")
    void teeDoesNotClose() throws IOException {
        boolean[] closed = {false};
        InputStream in = new ByteArrayInputStream(bytes(3)) {
            @Override
            public void close() {
                closed[0] = true;
            }
        };
        try (Spool spool = new Spool(10)) {
            spool.tee(in).close();
        }
        assertThat(closed[0]).isFalse();
    }
}
