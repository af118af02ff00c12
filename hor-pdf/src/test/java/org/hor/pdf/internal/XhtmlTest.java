package org.hor.pdf.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class XhtmlTest {

    @Test
    @DisplayName("a text column is 1.6 times as wide as a number column: 1.6/3.6 = 44.4 %, 1/3.6 = 27.8 %")
    void widths() {
        assertThat(Xhtml.widths(new boolean[] {false, true, true})).containsExactly("44.4", "27.8", "27.8");
        assertThat(Xhtml.widths(new boolean[] {true})).containsExactly("100.0");
        // two text columns and one number column: 1.6/4.2 = 38.1 %, 1/4.2 = 23.8 %
        assertThat(Xhtml.widths(new boolean[] {false, false, true})).containsExactly("38.1", "38.1", "23.8");
    }
}
