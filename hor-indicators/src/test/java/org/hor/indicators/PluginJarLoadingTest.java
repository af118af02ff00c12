package org.hor.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hor.core.hostile.HostilePlugins;
import org.hor.core.spi.IndicatorDefinition;
import org.hor.core.spi.IndicatorProvider;
import org.hor.indicators.PluginProblem.Kind;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real plugin jars, compiled at test time, that cannot be loaded: each is a problem naming its class
 * and jar, never an error that ends the program, and the good providers beside it load.
 */
@DisplayName("plugin jars that cannot be loaded are skipped with the reason")
class PluginJarLoadingTest {

    @TempDir
    Path dir;

    private Map<String, byte[]> compile(String cls, String members) throws IOException {
        return HostilePlugins.compile(
                Files.createTempDirectory(dir, cls),
                Map.of(
                        "evil." + cls,
                        HostilePlugins.provider(cls, "INTEGER", "return Result.of(Value.of(1));", members)));
    }

    private static List<String> pluginIds(Catalogue c) {
        return c.providers().stream()
                .map(IndicatorProvider::id)
                .filter(id -> id.startsWith("evil-"))
                .toList();
    }

    @Test
    @DisplayName(
            "a class for a newer Java and a truncated class are skipped, naming class and jar; the jar's good provider loads")
    void newerJavaAndCorruptClass() throws IOException {
        Map<String, byte[]> classes = new LinkedHashMap<>();
        compile("Newer", "").forEach((k, v) -> classes.put(k, HostilePlugins.withMajorVersion(v, 99)));
        compile("Corrupt", "").forEach((k, v) -> classes.put(k, HostilePlugins.truncated(v)));
        classes.putAll(compile("Fine", ""));
        Path jar = HostilePlugins.jar(dir.resolve("mixed.jar"), classes, "evil.Newer", "evil.Corrupt", "evil.Fine");

        Catalogue c = Catalogue.load(List.of(jar));

        assertThat(pluginIds(c)).containsExactly("evil-fine");
        assertThat(c.definition("evil.fine")).isPresent();
        assertThat(c.problems())
                .extracting(PluginProblem::kind, PluginProblem::providerClass, PluginProblem::jar)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Kind.BROKEN_PROVIDER, "evil.Newer", jar.toString()),
                        org.assertj.core.groups.Tuple.tuple(Kind.BROKEN_PROVIDER, "evil.Corrupt", jar.toString()));
        assertThat(c.problems().get(0).message())
                .isEqualTo("indicator provider evil.Newer (" + jar
                        + ") could not be loaded: UnsupportedClassVersionError: evil/Newer has been compiled by a more recent "
                        + "version of the Java Runtime (class file version 99.0), this version of the Java Runtime only "
                        + "recognizes class file versions up to "
                        + (Runtime.version().feature() + 44) + ".0; it is skipped");
        assertThat(c.problems().get(1).message())
                .isEqualTo("indicator provider evil.Corrupt (" + jar
                        + ") could not be loaded: ClassFormatError: Truncated class file; it is skipped");
    }

    @Test
    @DisplayName("a provider whose constructor recurses endlessly is skipped; so is one whose indicators() does")
    void stackOverflowWhileLoading() throws IOException {
        String recursion = "static long depth(long n) { return depth(n + 1) + 1; }\n";
        Map<String, byte[]> classes = new LinkedHashMap<>(compile("Ctor", recursion + "public Ctor() { depth(0); }"));
        classes.putAll(compile("Fine", ""));
        Path jar = HostilePlugins.jar(dir.resolve("ctor.jar"), classes, "evil.Ctor", "evil.Fine");
        Catalogue c = Catalogue.load(List.of(jar));
        assertThat(pluginIds(c)).containsExactly("evil-fine");
        assertThat(c.problems()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(Kind.BROKEN_PROVIDER);
            assertThat(p.providerClass()).isEqualTo("evil.Ctor");
            assertThat(p.message())
                    .isEqualTo("indicator provider evil.Ctor (" + jar
                            + ") could not be instantiated: java.lang.StackOverflowError");
        });

        IndicatorProvider deep = new IndicatorProvider() {
            @Override
            public String id() {
                return "deep";
            }

            @Override
            public List<org.hor.core.spi.Indicator> indicators() {
                return indicators();
            }
        };
        Catalogue d = Catalogue.builder().standard().add(deep).build();
        assertThat(d.providers()).extracting(IndicatorProvider::id).containsExactly("hor.standard");
        assertThat(d.problems()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(Kind.BROKEN_PROVIDER);
            assertThat(p.message())
                    .startsWith("indicator provider 'deep' (")
                    .endsWith(") could not list its indicators: java.lang.StackOverflowError; the provider is skipped");
        });
    }

    @Test
    @DisplayName(
            "random bytes, a text file, an empty jar, a folder of junk, an empty services file and a missing path are each named")
    void unusablePaths() throws IOException {
        Path random = HostilePlugins.randomBytes(dir.resolve("random.jar"), 1000);
        Path text = Files.writeString(dir.resolve("notes.txt"), "just text\n", StandardCharsets.UTF_8);
        Path empty = HostilePlugins.emptyJar(dir.resolve("empty.jar"));
        Path junk = HostilePlugins.junkFolder(dir.resolve("junk"));
        Path comments = dir.resolve("comments");
        Files.createDirectories(comments.resolve("META-INF/services"));
        Files.writeString(comments.resolve(HostilePlugins.SERVICES), "# nothing here\n   \n", StandardCharsets.UTF_8);
        Path missing = dir.resolve("missing.jar");
        Path good = HostilePlugins.jar(dir.resolve("good.jar"), compile("Fine", ""), "evil.Fine");

        Catalogue c = Catalogue.load(List.of(random, text, empty, junk, comments, missing, good));

        assertThat(pluginIds(c)).containsExactly("evil-fine");
        String services = "META-INF/services/org.hor.core.spi.IndicatorProvider";
        assertThat(c.problems())
                .allSatisfy(p -> assertThat(p.kind()).isEqualTo(Kind.UNUSABLE_PLUGIN_PATH))
                .extracting(PluginProblem::jar)
                .containsExactly(
                        random.toString(),
                        text.toString(),
                        empty.toString(),
                        junk.toString(),
                        comments.toString(),
                        missing.toString());
        assertThat(c.problems())
                .extracting(PluginProblem::message)
                .containsExactly(
                        "plugin path " + random
                                + " is not a jar (zip) file (zip END header not found); nothing is loaded from it",
                        "plugin path " + text
                                + " is not a jar (zip) file (zip END header not found); nothing is loaded from it",
                        "plugin path " + empty + " is a jar without " + services
                                + ", so it names no indicator provider; nothing is loaded from it",
                        "plugin path " + junk + " is a folder without " + services
                                + ", so it names no indicator provider; nothing is loaded from it",
                        "plugin path " + comments + " has an empty " + services
                                + ", so it names no indicator provider; nothing is loaded from it",
                        "plugin path " + missing + " does not exist; nothing is loaded from it");
    }

    @Test
    @DisplayName("a good plugin jar loads with its jar named, and no problem")
    void goodJar() throws IOException {
        Path good = HostilePlugins.jar(dir.resolve("good.jar"), compile("Fine", ""), "evil.Fine");
        Catalogue c = Catalogue.load(List.of(good));
        assertThat(c.problems()).isEmpty();
        assertThat(c.providerInfos())
                .filteredOn(i -> i.id().equals("evil-fine"))
                .singleElement()
                .satisfies(i -> {
                    assertThat(i.jar()).isEqualTo(good.toString());
                    assertThat(i.indicatorIds()).containsExactly("evil.fine");
                });
        assertThat(c.definitions()).extracting(IndicatorDefinition::id).last().isEqualTo("evil.fine");
    }
}
