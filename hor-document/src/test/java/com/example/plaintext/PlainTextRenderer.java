package com.example.plaintext;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.hor.report.document.Block;
import org.hor.report.document.Document;
import org.hor.report.document.Section;
import org.hor.report.render.RenderOptions;
import org.hor.report.render.Renderer;

/** Writes the title and the top-level section headings, one a line; registered in META-INF/services. */
public final class PlainTextRenderer implements Renderer {

    /** Creates the renderer. */
    public PlainTextRenderer() {
    }

    @Override
    public String format() {
        return "plaintext";
    }

    @Override
    public String mediaType() {
        return "text/plain; charset=UTF-8";
    }

    @Override
    public void render(Document document, RenderOptions options, OutputStream out) throws IOException {
        StringBuilder text = new StringBuilder(document.title()).append('\n');
        for (Block b : document.body()) {
            if (b instanceof Section s) {
                text.append("* ").append(s.heading()).append('\n');
            }
        }
        out.write(text.toString().getBytes(StandardCharsets.UTF_8));
    }
}
