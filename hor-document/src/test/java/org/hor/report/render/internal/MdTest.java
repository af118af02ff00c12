package org.hor.report.render.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class MdTest {

    @Test
    @DisplayName("Markdown and HTML punctuation in data is backslash-escaped, line breaks become spaces")
    void inline() {
        assertThat(Md.inline("<img src=x onerror=\"a\">")).isEqualTo("\\<img src=x onerror=\"a\"\\>");
        assertThat(Md.inline("a|b *c* _d_ [e](f) `g` ~h~ &amp; #1 !"))
                .isEqualTo("a\\|b \\*c\\* \\_d\\_ \\[e\\](f) \\`g\\` \\~h\\~ \\&amp; \\#1 \\!");
        assertThat(Md.inline("one\ntwo\r\nthree")).isEqualTo("one two three");
    }

    @Test
    @DisplayName("text that would start a list, heading or numbered item keeps its markers literal")
    void blockStart() {
        assertThat(Md.block("- not a list")).isEqualTo("\\- not a list");
        assertThat(Md.block("+ plus")).isEqualTo("\\+ plus");
        assertThat(Md.block("2026. year")).isEqualTo("2026\\. year");
        assertThat(Md.block("3) three")).isEqualTo("3\\) three");
        assertThat(Md.block("# heading")).isEqualTo("\\# heading");
        assertThat(Md.block("2026 plain")).isEqualTo("2026 plain");
    }

    @Test
    @DisplayName("footnote markers are superscript digits")
    void superscript() {
        assertThat(Md.superscript(1)).isEqualTo("¹");
        assertThat(Md.superscript(12)).isEqualTo("¹²");
        assertThat(Md.superscript(30)).isEqualTo("³⁰");
    }
}
