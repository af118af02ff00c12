package org.hor.csv;

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
        Path classes = Path.of(org.hor.csv.DatasetImporter.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
        try (InputStream in = Files.newInputStream(classes.resolve("module-info.class"))) {
            return ModuleDescriptor.read(in);
        }
    }

    @Test
    @DisplayName(
            "the module is org.hor.csv and exports exactly its API packages, an internal one only to the Excel module")
    void exports() throws Exception {
        ModuleDescriptor d = descriptor();
        assertThat(d.name()).isEqualTo("org.hor.csv");
        assertThat(d.exports().stream()
                        .filter(e -> !e.isQualified())
                        .map(ModuleDescriptor.Exports::source)
                        .collect(Collectors.toSet()))
                .containsExactlyInAnyOrder("org.hor.csv");
        assertThat(d.exports())
                .filteredOn(e -> e.source().contains(".internal"))
                .allSatisfy(e -> assertThat(e.targets()).containsExactly("org.hor.excel"))
                .extracting(ModuleDescriptor.Exports::source)
                .containsExactly("org.hor.csv.internal");
    }
}
