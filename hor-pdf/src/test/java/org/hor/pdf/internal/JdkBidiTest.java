package org.hor.pdf.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.openhtmltopdf.bidi.BidiSplitter;
import com.openhtmltopdf.bidi.BidiTextRun;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class JdkBidiTest {

    @Test
    @DisplayName("a Hebrew word inside English text is its own right-to-left run, in visual order")
    void runs() {
        JdkBidi bidi = new JdkBidi();
        // "ab " (0..2), Hebrew shalom (3..6), " cd" (7..9)
        bidi.setParagraph("ab \u05E9\u05DC\u05D5\u05DD cd", BidiSplitter.LTR);
        assertThat(bidi.countTextRuns()).isEqualTo(3);
        BidiTextRun hebrew = bidi.getVisualRun(1);
        assertThat(hebrew.getStart()).isEqualTo(3);
        assertThat(hebrew.getLength()).isEqualTo(4);
        assertThat(hebrew.getDirection()).isEqualTo(BidiSplitter.RTL);
        assertThat(bidi.getVisualRun(0).getDirection()).isEqualTo(BidiSplitter.LTR);
        assertThat(bidi.getVisualRun(2).getStart()).isEqualTo(7);
    }

    @Test
    @DisplayName("an empty paragraph has one empty run, as the engine expects a run at every paragraph start")
    void empty() {
        JdkBidi bidi = new JdkBidi();
        bidi.setParagraph("", BidiSplitter.LTR);
        assertThat(bidi.countTextRuns()).isEqualTo(1);
        assertThat(bidi.getVisualRun(0).getLength()).isZero();
        assertThat(bidi.getVisualRun(0).getDirection()).isEqualTo(BidiSplitter.LTR);
    }

    @Test
    @DisplayName("in a right-to-left paragraph the runs come in visual order: the last logical run first")
    void rtlParagraph() {
        JdkBidi bidi = new JdkBidi();
        // alef, bet and the space (level 1), then "ab" (level 2)
        bidi.setParagraph("\u05D0\u05D1 ab", BidiSplitter.RTL);
        assertThat(bidi.countTextRuns()).isEqualTo(2);
        assertThat(bidi.getVisualRun(0).getStart()).isEqualTo(3); // "ab" is drawn leftmost
        assertThat(bidi.getVisualRun(0).getDirection()).isEqualTo(BidiSplitter.LTR);
        assertThat(bidi.getVisualRun(1).getStart()).isEqualTo(0); // alef-bet rightmost
        assertThat(bidi.getVisualRun(1).getLength()).isEqualTo(3);
    }

    @Test
    @DisplayName(
            "a right-to-left run is reversed by code point with brackets mirrored; base direction from the first strong character")
    void reorder() {
        JdkBidi bidi = new JdkBidi();
        assertThat(bidi.reorderRTLTextToLTR("(\u05D0\u05D1)")).isEqualTo("(\u05D1\u05D0)");
        assertThat(bidi.reorderRTLTextToLTR("a\uD83D\uDE00b")).isEqualTo("b\uD83D\uDE00a");
        assertThat(bidi.getBaseDirection("123 \u05D0 a")).isEqualTo(BidiSplitter.RTL);
        assertThat(bidi.getBaseDirection("123 a \u05D0")).isEqualTo(BidiSplitter.LTR);
        assertThat(bidi.getBaseDirection("123 ?")).isEqualTo(BidiSplitter.NEUTRAL);
    }
}
