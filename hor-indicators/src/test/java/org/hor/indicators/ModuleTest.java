package org.hor.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.hor.indicators.disclosure.DisclosureControl;
import org.hor.indicators.output.CsvDialect;
import org.hor.indicators.output.EvaluationJsonWriter;
import org.hor.indicators.output.TidyCsvWriter;
import org.hor.indicators.standard.StandardCatalogue;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("the module org.hor.indicators")
class ModuleTest {

    @Test
    @DisplayName("exports exactly its API packages, never internal, and provides the standard catalogue")
    void descriptor() throws IOException {
        ModuleDescriptor d;
        java.nio.file.Path classes;
        try {
            classes = java.nio.file.Path.of(Engine.class
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        try (InputStream in = java.nio.file.Files.newInputStream(classes.resolve("module-info.class"))) {
            d = ModuleDescriptor.read(in);
        }
        assertThat(d.name()).isEqualTo("org.hor.indicators");
        assertThat(d.exports().stream().map(ModuleDescriptor.Exports::source).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(
                        "org.hor.indicators",
                        "org.hor.indicators.evaluation",
                        "org.hor.indicators.standard",
                        "org.hor.indicators.output",
                        "org.hor.indicators.disclosure",
                        "org.hor.indicators.files",
                        "org.hor.indicators.release",
                        "org.hor.indicators.diff");
        assertThat(d.uses()).contains("org.hor.core.spi.IndicatorProvider");
        assertThat(d.provides()).anySatisfy(p -> {
            assertThat(p.service()).isEqualTo("org.hor.core.spi.IndicatorProvider");
            assertThat(p.providers()).containsExactly(StandardCatalogue.class.getName());
        });
    }

    @Test
    @DisplayName("no public method of an API type takes or returns an internal type")
    void noInternalTypesInApi() {
        List<String> leaks = new ArrayList<>();
        for (Class<?> c : List.of(
                Engine.class,
                Catalogue.class,
                Evaluation.class,
                Evaluation.Row.class,
                EvaluationOptions.class,
                Explanation.class,
                TargetResult.class,
                TargetStatus.class,
                PluginProblem.class,
                ProviderInfo.class,
                Evaluation.Failure.class,
                Catalogue.Builder.class,
                StandardCatalogue.class,
                TidyCsvWriter.class,
                CsvDialect.class,
                EvaluationJsonWriter.class,
                DisclosureControl.class,
                org.hor.indicators.standard.Denominator.class,
                DisclosureBasis.class,
                org.hor.indicators.files.IndicatorFiles.class)) {
            for (Method m : c.getMethods()) {
                if (!Modifier.isPublic(m.getModifiers())) {
                    continue;
                }
                List<Class<?>> types = new ArrayList<>(List.of(m.getParameterTypes()));
                types.add(m.getReturnType());
                for (Class<?> t : types) {
                    if (t.getPackageName().endsWith(".internal")) {
                        leaks.add(c.getSimpleName() + "." + m.getName() + " uses " + t.getName());
                    }
                }
            }
        }
        assertThat(leaks).isEmpty();
    }
}
