package org.hor.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.hor.core.io.DatasetReader;
import org.hor.core.io.DatasetWriter;
import org.hor.core.model.Dataset;
import org.hor.core.sample.SampleGenerator;
import org.hor.core.sample.SampleParameters;
import org.hor.indicators.internal.DatasetIndex;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Issue 15.1: hor-core on the module path, hor-indicators on the class path (what surefire before
 * 3.6 does to a plugin's tests). The qualified export of the delivery columns names the module
 * {@code org.hor.indicators}, which does not exist then; hor-core opens the package to the class path
 * instead ({@code EngineAccess}), so the index reads the columns and the evaluation runs.
 */
@DisplayName("hor-core on the module path, hor-indicators on the class path")
class MixedPathsTest {

    @Test
    @DisplayName("the engine evaluates a columnar dataset without IllegalAccessError")
    void evaluatesAcrossTheBoundary() throws IOException, InterruptedException {
        Path indicators = location(DatasetIndex.class);
        Path tests = location(MixedPathsTest.class);
        List<String> modulePath = new ArrayList<>();
        for (String e : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path p = Path.of(e).toAbsolutePath();
            // hor-core and its dependencies as modules; not this module, not test jars (they split hor-core's packages)
            if (!p.equals(indicators) && !p.equals(tests) && !e.endsWith("-tests.jar") && !p.endsWith("test-classes")) {
                modulePath.add(e);
            }
        }
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(
                        java.toString(),
                        "--module-path",
                        String.join(File.pathSeparator, modulePath),
                        "--add-modules",
                        "org.hor.core",
                        "-cp",
                        indicators + File.pathSeparator + tests,
                        Main.class.getName())
                .redirectErrorStream(true)
                .start();
        process.getOutputStream().close();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(out)
                .doesNotContain("IllegalAccessError")
                .contains("core named: true, index named: false, columns: true, rows: ");
        assertThat(process.exitValue()).as(out).isZero();
    }

    private static Path location(Class<?> c) {
        try {
            return Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI())
                    .toAbsolutePath();
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The child JVM: reads a written sample (so its deliveries are columns) and evaluates it. */
    static final class Main {
        public static void main(String[] args) throws IOException {
            Dataset sample = SampleGenerator.generate(SampleParameters.defaults()
                    .withSites(2)
                    .withOrganisations(20)
                    .withDeliveries(200));
            // read from a file: the reader keeps a file's deliveries as columns
            Path file = Files.createTempFile("hor-mixed-paths", ".json");
            try (OutputStream out = Files.newOutputStream(file)) {
                DatasetWriter.create().write(sample, out);
            }
            Dataset read = DatasetReader.builder().build().read(file).dataset().orElseThrow();
            Files.delete(file);
            Evaluation e =
                    Engine.create(read, Catalogue.builder().standard().build()).evaluate(EvaluationOptions.defaults());
            System.out.println("core named: " + Dataset.class.getModule().isNamed()
                    + ", index named: " + DatasetIndex.class.getModule().isNamed()
                    + ", columns: " + read.deliveries().getClass().getName().endsWith("DeliveryColumns")
                    + ", rows: " + e.rows().size());
        }
    }
}
