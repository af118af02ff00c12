package org.hor.core;

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
        Path classes = Path.of(org.hor.core.model.Dataset.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        try (InputStream in = Files.newInputStream(classes.resolve("module-info.class"))) {
            return ModuleDescriptor.read(in);
        }
    }

    @Test
    @DisplayName("the module is org.hor.core and exports exactly its API packages; an internal one only to the engine")
    void exports() throws Exception {
        ModuleDescriptor d = descriptor();
        assertThat(d.name()).isEqualTo("org.hor.core");
        assertThat(d.exports().stream().filter(e -> !e.isQualified()).map(ModuleDescriptor.Exports::source)
                .collect(Collectors.toSet()))
                .containsExactlyInAnyOrder("org.hor.core.model", "org.hor.core.spi", "org.hor.core.io", "org.hor.core.validation", "org.hor.core.validation.constraints", "org.hor.core.sample", "org.hor.core.privacy");
        assertThat(d.exports()).filteredOn(e -> e.source().contains(".internal")).allSatisfy(e -> {
            // the engine's index reads the columnar deliveries; nobody else sees an internal package
            assertThat(e.source()).isEqualTo("org.hor.core.io.internal");
            assertThat(e.targets()).containsExactly("org.hor.indicators");
        });
    }
}
