package org.hor.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** A black-box check of the compiled module descriptor: its name, exactly its exported package, the renderer it provides. */
class ModuleDescriptorTest {

    @Test
    @DisplayName("the module is org.hor.pdf, exports only org.hor.pdf and provides the PdfRenderer")
    void descriptor() throws Exception {
        Path classes = Path.of(PdfRenderer.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
        ModuleDescriptor d;
        try (InputStream in = Files.newInputStream(classes.resolve("module-info.class"))) {
            d = ModuleDescriptor.read(in);
        }
        assertThat(d.name()).isEqualTo("org.hor.pdf");
        assertThat(d.exports().stream().map(ModuleDescriptor.Exports::source).collect(Collectors.toSet()))
                .containsExactly("org.hor.pdf");
        assertThat(d.provides()).singleElement().satisfies(p -> {
            assertThat(p.service()).isEqualTo("org.hor.report.render.Renderer");
            assertThat(p.providers()).containsExactly("org.hor.pdf.PdfRenderer");
        });
        assertThat(d.requires().stream().map(ModuleDescriptor.Requires::name))
                .contains("org.hor.report.document")
                // a format module needs the document model only: not the report builders, the engine or the CLI
                .noneMatch(n -> n.equals("org.hor.report")
                        || n.startsWith("org.hor.indicators")
                        || n.startsWith("org.hor.core")
                        || n.startsWith("org.hor.cli")
                        || n.startsWith("org.slf4j"));
    }
}
