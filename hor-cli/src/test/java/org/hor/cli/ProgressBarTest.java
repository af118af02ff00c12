package org.hor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ProgressBarTest {

    @Test
    @DisplayName("the bar shows the fraction, the throughput and an estimate of the time left")
    void line() {
        // 100 of 400 MB after 2 s: 25 %, 8 of 30 marks (7.5 rounds half up), 50 MB/s, 300 MB left -> 6 s
        assertThat(ProgressBar.line("read", 100_000_000L, 400_000_000L, 2.0))
                .isEqualTo("read     [########----------------------]  25 %  50.0 MB/s  ETA 0:06");
    }

    @Test
    @DisplayName("a finished bar says how long it took")
    void finished() {
        assertThat(ProgressBar.line("evaluate", 60_000_000L, 60_000_000L, 3.0))
                .isEqualTo("evaluate [##############################] 100 %  20.0 M/s  in 0:03");
    }

    @Test
    @DisplayName("without a terminal (as under tests and in CI) nothing is drawn")
    void noTerminal() {
        assertThat(System.console()).isNull();
        assertThat(ProgressBar.forTerminal()).isSameAs(org.hor.core.io.ProgressListener.NONE);
    }
}
