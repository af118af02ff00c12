package org.hor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CliExceptionTest {

    private static final Messages EN = new Messages(Locale.ENGLISH);
    private static final Path FILE = Path.of("in", "data.json");

    @Test
    @DisplayName("reading an input that does not exist is 66, named")
    void missing() {
        CliException e = CliException.reading(FILE, new NoSuchFileException(FILE.toString()), EN);
        assertThat(e.exitCode()).isEqualTo(ExitCodes.NO_INPUT);
        assertThat(e.getMessage()).isEqualTo("input file not found: " + FILE);
    }

    @Test
    @DisplayName("reading an input without permission is 66, named")
    void denied() {
        CliException e = CliException.reading(FILE, new AccessDeniedException(FILE.toString()), EN);
        assertThat(e.exitCode()).isEqualTo(ExitCodes.NO_INPUT);
        assertThat(e.getMessage()).isEqualTo("input file not readable (permission denied): " + FILE);
    }

    @Test
    @DisplayName("any other read error is 74 with the file system's reason")
    void other() {
        CliException e = CliException.reading(
                "<sample>", new FileSystemException(FILE.toString(), null, "Input/output error"), EN);
        assertThat(e.exitCode()).isEqualTo(ExitCodes.IO_ERROR);
        assertThat(e.getMessage()).isEqualTo("read error in <sample>: Input/output error");
        assertThat(CliException.reading(FILE, new IOException("disk gone"), EN).exitCode())
                .isEqualTo(ExitCodes.IO_ERROR);
    }
}
