package org.hor.report.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.hor.report.document.Cell;
import org.hor.report.document.Document;
import org.hor.report.document.Table;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The README's example of the document module used alone, as it stands there. */
class ReadmeExampleTest {

    @Test
    @DisplayName("the README's ten lines build a document and render it as HTML and Markdown")
    void readmeExample() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        // --- as in the README ---
        Document doc = Document.builder("Room bookings 2025", Locale.ENGLISH)
                .subtitle("Our own figures")
                .section(
                        "Bookings",
                        s -> s.paragraph("Rooms were booked on 212 days.")
                                .table(Table.builder("Bookings by room")
                                        .columns("Room", "Days")
                                        .row(Cell.text("Hall"), Cell.number(1140))
                                        .row(Cell.text("Kitchen"), Cell.number(72))
                                        .build()))
                .build();
        Renderers.load().get("html").render(doc, RenderOptions.defaults(), out); // or "md", "json"
        // ---
        String html = out.toString(StandardCharsets.UTF_8);
        assertThat(html)
                .startsWith("<!DOCTYPE html>")
                .contains(
                        "Room bookings 2025", "Bookings by room", "Kitchen", "1,140", "Rooms were booked on 212 days.");
        String md = new String(
                Renderers.load().get("md").renderToBytes(doc, RenderOptions.defaults()), StandardCharsets.UTF_8);
        assertThat(md).contains("# Room bookings 2025", "Hall", "1,140", "Kitchen");
    }
}
