package org.hor.excel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** A black-box check of the compiled module descriptor: its name and exactly its exported packages. */
class ModuleDescriptorTest {

    @Test
    @DisplayName("the module is org.hor.excel and exports exactly org.hor.excel, never its internal package")
    void exports() throws Exception {
        Path classes = Path.of(WorkbookImporter.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
        ModuleDescriptor d;
        try (InputStream in = Files.newInputStream(classes.resolve("module-info.class"))) {
            d = ModuleDescriptor.read(in);
        }
        assertThat(d.name()).isEqualTo("org.hor.excel");
        assertThat(d.exports().stream().map(ModuleDescriptor.Exports::source).collect(Collectors.toSet()))
                .containsExactly("org.hor.excel");
        assertThat(d.requires().stream().map(ModuleDescriptor.Requires::name))
                .contains("org.hor.csv", "org.dhatim.fastexcel", "org.dhatim.fastexcel.reader")
                .doesNotContain("org.hor.cli");
    }
}
