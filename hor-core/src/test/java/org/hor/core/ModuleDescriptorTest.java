package org.hor.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** A black-box check of the compiled module descriptor: its name and exactly its exported packages. */
class ModuleDescriptorTest {

    static ModuleDescriptor descriptor() throws IOException, URISyntaxException {
        Path classes = Path.of(org.hor.core.model.Dataset.class
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
            "the module is org.hor.core and exports exactly its API packages; only the column storage to the engine")
    void exports() throws Exception {
        ModuleDescriptor d = descriptor();
        assertThat(d.name()).isEqualTo("org.hor.core");
        assertThat(d.exports().stream()
                        .filter(e -> !e.isQualified())
                        .map(ModuleDescriptor.Exports::source)
                        .collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(
                        "org.hor.core.model",
                        "org.hor.core.spi",
                        "org.hor.core.io",
                        "org.hor.core.validation",
                        "org.hor.core.validation.constraints",
                        "org.hor.core.sample",
                        "org.hor.core.merge",
                        "org.hor.core.privacy");
        // the engine's index reads the columnar deliveries; no other internal package is exported at all
        assertThat(d.exports())
                .filteredOn(ModuleDescriptor.Exports::isQualified)
                .extracting(ModuleDescriptor.Exports::source, ModuleDescriptor.Exports::targets)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(
                        "org.hor.core.internal.columns", Set.of("org.hor.indicators")));
        assertThat(d.exports())
                .extracting(ModuleDescriptor.Exports::source)
                .filteredOn(p -> p.contains(".internal"))
                .containsExactly("org.hor.core.internal.columns");
    }

    @Test
    @DisplayName(
            "every constraint annotation's validator is provided as a service, in module-info and META-INF/services alike")
    void validatorsAreServices() throws Exception {
        ModuleDescriptor d = descriptor();
        List<String> provided = d.provides().stream()
                .filter(p -> p.service().equals("jakarta.validation.ConstraintValidator"))
                .flatMap(p -> p.providers().stream())
                .sorted()
                .toList();
        List<String> services;
        try (InputStream in = ModuleDescriptorTest.class.getResourceAsStream(
                "/META-INF/services/jakarta.validation.ConstraintValidator")) {
            services = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
                    .lines()
                    .map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .sorted()
                    .toList();
        }
        assertThat(services).isEqualTo(provided);
        Set<String> validated = new TreeSet<>();
        for (String name : provided) {
            for (Type t : Class.forName(name).getGenericInterfaces()) {
                if (t instanceof ParameterizedType pt && pt.getRawType() == ConstraintValidator.class) {
                    validated.add(((Class<?>) pt.getActualTypeArguments()[0]).getName());
                }
            }
        }
        Set<String> annotations = new TreeSet<>();
        new ClassFileImporter()
                        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("org.hor.core.validation.constraints")
                        .stream()
                        .filter(c -> c.isAnnotation() && c.isAnnotatedWith(Constraint.class))
                        .forEach(c -> annotations.add(c.getName()));
        assertThat(annotations).hasSize(12);
        assertThat(validated).isEqualTo(annotations);
    }
}
