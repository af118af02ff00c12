package org.hor.testkit;

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
        Path classes = Path.of(org.hor.testkit.PluginTestKit.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
        try (InputStream in = Files.newInputStream(classes.resolve("module-info.class"))) {
            return ModuleDescriptor.read(in);
        }
    }

    @Test
    @DisplayName("the module is org.hor.testkit and exports exactly its API packages, never an internal one")
    void exports() throws Exception {
        ModuleDescriptor d = descriptor();
        assertThat(d.name()).isEqualTo("org.hor.testkit");
        assertThat(d.exports().stream().map(ModuleDescriptor.Exports::source).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder("org.hor.testkit");
        assertThat(d.exports()).noneMatch(e -> e.source().contains(".internal"));
    }
}
