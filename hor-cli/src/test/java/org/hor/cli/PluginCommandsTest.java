package org.hor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hor.core.spi.Indicator;
import org.hor.core.spi.IndicatorDefinition;
import org.hor.core.spi.IndicatorProvider;
import org.hor.core.spi.Result;
import org.hor.core.spi.Value;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PluginCommandsTest {

    @TempDir
    Path dir;

    @Test
    @DisplayName("with the examples jar on the class path, evaluate shows the example indicators on the sample")
    void examplesOnClassPath() {
        Cli r = Cli.run("evaluate", "--scopes", "site", "--periods", "year", "--from", "2025", "--to", "2025");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out())
                .contains("site:S-01,2025,example.language-cafe.visits,,,")
                .contains("site:S-01,2025,example.rooms.utilisation.share,,,")
                .contains("site:S-01,2025,example.newcomer-organisations.share,,,");
        Cli c = Cli.run("catalogue");
        assertThat(c.out()).contains("hor.examples");
    }

    /** A folder that declares {@link FailingPlugin} as a provider (the class itself is on the class path). */
    private Path failingPluginFolder() throws IOException {
        return pluginFolder("plugin", FailingPlugin.class);
    }

    /** A folder {@code name} that declares {@code provider} (on the class path) as a provider. */
    private Path pluginFolder(String name, Class<? extends IndicatorProvider> provider) throws IOException {
        Path services = dir.resolve(name + "/META-INF/services");
        Files.createDirectories(services);
        Files.writeString(
                services.resolve("org.hor.core.spi.IndicatorProvider"),
                provider.getName() + "\n",
                StandardCharsets.UTF_8);
        return dir.resolve(name);
    }

    /** Runs {@code hor --plugins PLUGINS evaluate MORE…} for the programme in 2025, CSV to {@code out}. */
    private static Cli evaluateProgramme2025(Path out, String plugins, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("--plugins", plugins, "evaluate"));
        args.addAll(List.of(more));
        args.addAll(List.of("--scopes", "programme", "--periods", "year", "--from", "2025", "--to", "2025"));
        args.addAll(List.of("-o", out.toString()));
        return Cli.run(args.toArray(String[]::new));
    }

    /** A plugin whose one indicator is always 7; loaded only through {@code --plugins} in a test. */
    public static final class SevenPlugin implements IndicatorProvider {
        @Override
        public String id() {
            return "seven";
        }

        @Override
        public List<Indicator> indicators() {
            return List.of(Indicator.of(
                    IndicatorDefinition.builder("seven.always")
                            .label("Sieben", "Seven")
                            .definition("Immer 7.", "Always 7.")
                            .unit("things")
                            .build(),
                    (ctx, scope, period) -> Result.of(Value.of(7))));
        }
    }

    @Test
    @DisplayName("--plugins before and after the command name add up: both folders' indicators are evaluated")
    void pluginsBeforeAndAfterTheCommand() throws IOException {
        Path out = dir.resolve("out.csv");
        Cli r = evaluateProgramme2025(
                out,
                failingPluginFolder().toString(),
                "--plugins",
                pluginFolder("seven", SevenPlugin.class).toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        String csv = Files.readString(out, StandardCharsets.UTF_8);
        assertThat(csv).contains("programme,2025,acme.broken,,,,things,,,,,FAILED: acme: ");
        assertThat(csv).contains("programme,2025,seven.always,,,7.000000,things,,,,,");
    }

    @Test
    @DisplayName("a plugin that throws loses only its own values: FAILED with the reason, exit 0")
    void failingPluginIsIsolated() throws IOException {
        Path out = dir.resolve("out.csv");
        Cli r = evaluateProgramme2025(out, failingPluginFolder().toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        String csv = Files.readString(out, StandardCharsets.UTF_8);
        assertThat(csv).contains("programme,2025,acme.broken,,,,things,,,,,FAILED: acme: ");
        assertThat(csv).contains("the acme database is down");
        assertThat(csv).contains("programme,2025,reach.organisations,,,");
        assertThat(r.err()).contains("plugin value FAILED: programme 2025 acme.broken");
    }

    @Test
    @DisplayName("--strict-plugins turns a plugin failure into exit 65 after the output is written")
    void strictPlugins() throws IOException {
        Path out = dir.resolve("out.csv");
        Cli r = Cli.run(
                "--plugins",
                failingPluginFolder().toString(),
                "evaluate",
                "--scopes",
                "programme",
                "--periods",
                "year",
                "--strict-plugins",
                "-o",
                out.toString());
        assertThat(r.exitCode()).isEqualTo(ExitCodes.DATA);
        assertThat(out).exists();
    }

    @Test
    @DisplayName("a plugin path that does not exist exits with 66")
    void missingPluginPath() {
        Cli r = Cli.run("--lang", "en", "--plugins", dir.resolve("nope.jar").toString(), "catalogue");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.NO_INPUT);
        assertThat(r.err()).contains("plugin path not found");
    }
}
