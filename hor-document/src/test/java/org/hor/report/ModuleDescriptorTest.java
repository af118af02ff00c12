package org.hor.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** A black-box check of the compiled module descriptor: its name and exactly its exported packages. */
class ModuleDescriptorTest {

    static ModuleDescriptor descriptor() throws IOException, URISyntaxException {
        Path classes = Path.of(org.hor.report.document.Document.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
        try (InputStream in = Files.newInputStream(classes.resolve("module-info.class"))) {
            return ModuleDescriptor.read(in);
        }
    }

    @Test
    @DisplayName("the module is org.hor.report.document and exports exactly its API packages, never an internal one")
    void exports() throws Exception {
        ModuleDescriptor d = descriptor();
        assertThat(d.name()).isEqualTo("org.hor.report.document");
        assertThat(d.exports().stream()
                        .filter(e -> !e.isQualified())
                        .map(ModuleDescriptor.Exports::source)
                        .collect(Collectors.toSet()))
                .containsExactlyInAnyOrder("org.hor.report.document", "org.hor.report.render");
        // the format modules (PDF, Word) share the renderers' formatting; nobody else sees an internal package
        assertThat(d.exports())
                .filteredOn(e -> e.source().contains(".internal"))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.source()).isEqualTo("org.hor.report.render.internal");
                    assertThat(e.targets()).containsExactlyInAnyOrder("org.hor.pdf", "org.hor.docx");
                });
    }

    @Test
    @DisplayName(
            "the module requires nothing of hor: only java.base, jackson-core and (static) the JSpecify annotations")
    void requiresNoHor() throws Exception {
        assertThat(descriptor().requires().stream().map(ModuleDescriptor.Requires::name))
                .containsExactlyInAnyOrder("java.base", "tools.jackson.core", "org.jspecify");
    }

    @Test
    @DisplayName("the module uses the Renderer service and provides the three built-in renderers")
    void renderers() throws Exception {
        ModuleDescriptor d = descriptor();
        assertThat(d.uses()).containsExactly("org.hor.report.render.Renderer");
        assertThat(d.provides())
                .singleElement()
                .satisfies(p -> assertThat(p.providers())
                        .containsExactly(
                                "org.hor.report.render.internal.HtmlRenderer",
                                "org.hor.report.render.internal.MarkdownRenderer",
                                "org.hor.report.render.internal.JsonRenderer"));
    }
}
