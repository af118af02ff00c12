package org.hor.report.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.hor.report.document.Document;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class RenderersTest {

    @Test
    @DisplayName("ServiceLoader finds the three built-in renderers and the test plugin from META-INF/services")
    void discoversBuiltInsAndPlugin() {
        Renderers renderers = Renderers.load();

        assertThat(renderers.formats()).containsExactly("html", "json", "markdown", "plaintext");
        assertThat(renderers.skipped()).isEmpty();
        Renderer plugin = renderers.get("plaintext");
        assertThat(plugin.getClass().getName()).isEqualTo("com.example.plaintext.PlainTextRenderer");
        String text = new String(
                plugin.renderToBytes(SampleDocuments.small(Locale.GERMAN), RenderOptions.defaults()),
                StandardCharsets.UTF_8);
        assertThat(text).startsWith("Standortbericht 2026\nStand: 25.11.2026\n\nKennzahlen\n");
    }

    @Test
    @DisplayName("asking for an unknown format names every available format and alias")
    void unknownFormat() {
        assertThatThrownBy(() -> Renderers.load().get("pdf"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(
                        "Unknown report format 'pdf'. Available formats: html, json, markdown (also md), plaintext.");
    }

    @Test
    @DisplayName("format names are looked up case-insensitively and find() is empty for an unknown one")
    void lookup() {
        Renderers renderers = Renderers.load();
        assertThat(renderers.find("HTML")).containsSame(renderers.get("html"));
        assertThat(renderers.find("docx")).isEmpty();
        assertThat(renderers.get("html").mediaType()).isEqualTo("text/html; charset=UTF-8");
        assertThat(renderers.get("json").mediaType()).isEqualTo("application/json");
    }

    @Test
    @DisplayName("two renderers claiming the same format are rejected with both class names")
    void duplicateFormat() {
        Renderer first = new Fake("html");
        Renderer second = Renderers.load().get("html");
        assertThatThrownBy(() -> Renderers.of(first, second))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("Report format 'html' is claimed by both " + Fake.class.getName()
                        + " and org.hor.report.render.internal.HtmlRenderer");
    }

    @Test
    @DisplayName("explicitly registered renderers need no ServiceLoader, and an empty registry says 'none'")
    void explicit() {
        assertThat(Renderers.of(new Fake("csv")).formats()).containsExactly("csv");
        assertThatThrownBy(() -> Renderers.of().get("html"))
                .hasMessage("Unknown report format 'html'. Available formats: none.");
    }

    /** A renderer that writes nothing. */
    private record Fake(String format) implements Renderer {
        @Override
        public String mediaType() {
            return "text/plain";
        }

        @Override
        public void render(Document document, RenderOptions options, OutputStream out) {}
    }
}
