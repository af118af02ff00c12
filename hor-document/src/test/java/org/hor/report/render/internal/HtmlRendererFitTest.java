package org.hor.report.render.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** What the HTML renderer decides about fitting values into tiles. */
class HtmlRendererFitTest {

    @Test
    @DisplayName("tile values of more than 8 characters are long and set smaller; counted in code points")
    void longTileValues() {
        assertThat(HtmlRenderer.isLong("546.107,50\u00A0€")).isTrue(); // 12 characters
        assertThat(HtmlRenderer.isLong("97,8\u00A0%")).isFalse(); // 6
        assertThat(HtmlRenderer.isLong("12345678")).isFalse(); // 8: the limit itself still fits
        assertThat(HtmlRenderer.isLong("123456789")).isTrue(); // 9
    }
}
