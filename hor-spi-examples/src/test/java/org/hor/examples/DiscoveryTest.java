package org.hor.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.hor.core.io.DatasetReader;
import org.hor.core.io.ReadResult;
import org.hor.core.spi.IndicatorProvider;
import org.hor.indicators.Catalogue;
import org.hor.indicators.Engine;
import org.hor.indicators.ProviderInfo;
import org.hor.indicators.TargetResult;
import org.hor.indicators.TargetStatus;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The service loader finds the examples next to the standard catalogue. Surefire runs this class
 * twice: on the class path ({@code META-INF/services}) and on the module path ({@code provides} in
 * module-info), which {@link #whereWeRun()} proves.
 */
@DisplayName("the example plugins are discovered")
class DiscoveryTest {

    private static final boolean MODULE_PATH = Boolean.getBoolean("hor.examples.expectModulePath");

    @Test
    @DisplayName("on the path this run expects: a named module on the module path, the unnamed one on the class path")
    void whereWeRun() {
        assertThat(ExamplesProvider.class.getModule().isNamed()).isEqualTo(MODULE_PATH);
        if (MODULE_PATH) {
            assertThat(ExamplesProvider.class.getModule().getName()).isEqualTo("org.hor.examples");
            assertThat(IndicatorProvider.class.getModule().getName()).isEqualTo("org.hor.core");
        }
    }

    @Test
    @DisplayName("by the service loader, after the standard catalogue, without problems")
    void discovered() {
        Catalogue c = Catalogue.load();
        assertThat(c.problems()).isEmpty();
        assertThat(c.providers()).extracting(IndicatorProvider::id).containsExactly("hor.standard", "hor.examples");
        ProviderInfo info = c.providerInfos().get(1);
        assertThat(info.indicatorIds())
                .containsExactly(
                        "example.language-cafe.visits",
                        "example.newcomer-organisations.share",
                        "example.rooms.utilisation.share");
        assertThat(info.providerClass()).isEqualTo(ExamplesProvider.class.getName());
        assertThat(info.jar()).isNotEmpty();
        String expected = MODULE_PATH
                ? ExamplesProvider.class
                        .getModule()
                        .getDescriptor()
                        .rawVersion()
                        .orElse("DEVELOPMENT")
                : "DEVELOPMENT";
        assertThat(info.version()).isEqualTo(expected);
        // plugin indicators follow the 25 standard ones, by id
        assertThat(c.definitions()).hasSize(28);
        assertThat(c.definitions().get(25).id()).isEqualTo("example.language-cafe.visits");
    }

    @Test
    @DisplayName("targets on plugin indicators are evaluated with the discovered catalogue")
    void targets() {
        Engine engine = Engine.create(ExampleData.dataset(), Catalogue.load());
        List<TargetResult> targets = engine.targets("S-A");
        // visits 35 against 30: attainment 100 x 35 / 30 = 116.67 -> ACHIEVED
        assertThat(targets.get(0).indicator()).isEqualTo("example.language-cafe.visits");
        assertThat(targets.get(0).status()).isEqualTo(TargetStatus.ACHIEVED);
        // rooms 10.333… against 20: attainment 51.67 -> PARTLY (>= 50)
        assertThat(targets.get(1).indicator()).isEqualTo("example.rooms.utilisation.share");
        assertThat(targets.get(1).status()).isEqualTo(TargetStatus.PARTLY);
    }

    @Test
    @DisplayName("a target naming a misspelt plugin indicator is rejected with the close plugin id")
    void misspeltTarget() throws IOException {
        String json = ExampleData.json()
                .replace(
                        "\"indicator\": \"example.language-cafe.visits\"",
                        "\"indicator\": \"example.language-cafe.visit\"");
        ReadResult r = DatasetReader.builder()
                .knownIndicators(Catalogue.load().knownIndicators())
                .build()
                .read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "misspelt.json");
        assertThat(r.isValid()).isFalse();
        assertThat(r.violations()).hasSize(1);
        assertThat(r.violations().get(0).pointer()).isEqualTo("/targets/0/indicator");
        assertThat(r.violations().get(0).toString()).contains("example.language-cafe.visits");
    }

    @Test
    @DisplayName("the standard catalogue alone does not know the plugin indicators the targets name")
    void standardReaderRejects() throws IOException {
        ReadResult r = DatasetReader.builder()
                .build()
                .read(new ByteArrayInputStream(ExampleData.json().getBytes(StandardCharsets.UTF_8)), "examples.json");
        assertThat(r.violations())
                .hasSize(2)
                .allSatisfy(v -> assertThat(v.pointer()).endsWith("/indicator"));
    }
}
