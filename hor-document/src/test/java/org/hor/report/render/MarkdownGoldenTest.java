package org.hor.report.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class MarkdownGoldenTest {

    private static final Renderer MARKDOWN = Renderers.load().get("markdown");

    @Test
    @DisplayName("the Markdown of the small sample document equals the committed golden file byte for byte")
    void goldenFile() throws IOException {
        byte[] actual = MARKDOWN.renderToBytes(SampleDocuments.small(Locale.GERMAN), RenderOptions.defaults());
        byte[] expected;
        try (InputStream in = getClass().getResourceAsStream("/golden/small-de.md")) {
            expected = in == null ? new byte[0] : in.readAllBytes();
        }
        if (!java.util.Arrays.equals(expected, actual)) {
            Path written = Path.of("target", "small-de.actual.md");
            Files.createDirectories(written.getParent());
            Files.write(written, actual);
        }
        assertThat(new String(actual, StandardCharsets.UTF_8)).isEqualTo(new String(expected, StandardCharsets.UTF_8));
        assertThat(actual).isEqualTo(expected);
    }

    @Test
    @DisplayName("markdown is also found under its alias md, with the file extension md")
    void alias() {
        Renderers renderers = Renderers.load();
        assertThat(renderers.get("MD")).isSameAs(renderers.get("markdown"));
        assertThat(Renderers.load().get("md").format()).isEqualTo("markdown");
        assertThat(Renderers.load().get("md").fileExtension()).isEqualTo("md");
    }
}
