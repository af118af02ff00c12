package org.hor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.hor.core.hostile.HostilePlugins;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Plugins that used to crash hor (issue #13 point 9), as real jars compiled at test time: each is a
 * located plugin problem — FAILED values with the reason or a skipped provider naming the jar — the
 * rest of the output intact, exit 0, and 65 only with {@code --strict-plugins}. Never a stack trace.
 */
@DisplayName("plugins that crashed hor are located plugin problems")
class PluginCrashCliTest {

    @TempDir
    static Path dir;

    private static Path data;
    private static Path deep;
    private static Path huge;
    private static Path broken;

    @BeforeAll
    static void jars() throws IOException {
        data = dir.resolve("small.json");
        Cli s = Cli.run(
                "sample", "-o", data.toString(), "--sites", "3", "--organisations", "20", "--deliveries", "200");
        assertThat(s.exitCode()).as(s.err()).isZero();
        deep = HostilePlugins.providerJar(
                dir,
                "Deep",
                "DECIMAL",
                "return Result.of(Value.of(depth(0)));",
                "static long depth(long n) { return depth(n + 1) + 1; }");
        huge = HostilePlugins.providerJar(
                dir, "Huge", "DECIMAL", "return Result.of(Value.of(new BigDecimal(\"1E+999999999\")));", "");
        Map<String, byte[]> classes = new LinkedHashMap<>();
        compile("Newer").forEach((k, v) -> classes.put(k, HostilePlugins.withMajorVersion(v, 99)));
        compile("Corrupt").forEach((k, v) -> classes.put(k, HostilePlugins.truncated(v)));
        classes.putAll(compile("Fine"));
        broken = HostilePlugins.jar(dir.resolve("broken.jar"), classes, "evil.Newer", "evil.Corrupt", "evil.Fine");
    }

    private static Map<String, byte[]> compile(String cls) throws IOException {
        return HostilePlugins.compile(
                Files.createTempDirectory(dir, cls),
                Map.of("evil." + cls, HostilePlugins.provider(cls, "INTEGER", "return Result.of(Value.of(7));", "")));
    }

    /** Runs {@code evaluate} of the programme's years with {@code plugins}, writing CSV to a new file. */
    private static Cli evaluate(Path out, String plugins, String... more) {
        List<String> args = new ArrayList<>(List.of(
                "--lang",
                "en",
                "--plugins",
                plugins,
                "evaluate",
                data.toString(),
                "--scopes",
                "programme",
                "--periods",
                "year",
                "-o",
                out.toString()));
        args.addAll(List.of(more));
        return Cli.run(args.toArray(String[]::new));
    }

    private static void noStackTrace(Cli r) {
        assertThat(r.err()).doesNotContain("\tat ").doesNotContain("Exception in thread");
    }

    @Test
    @DisplayName(
            "endless recursion: every value FAILED with the reason, the standard values intact, exit 0; 65 when strict")
    void recursion() throws IOException {
        Path out = dir.resolve("deep.csv");
        Cli r = evaluate(out, deep.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        noStackTrace(r);
        String csv = Files.readString(out, StandardCharsets.UTF_8);
        // the sample runs 2016..2025: 10 years
        assertThat(csv.lines().filter(l -> l.contains(",evil.deep,")))
                .hasSize(10)
                .allSatisfy(
                        l -> assertThat(l)
                                .endsWith(
                                        ",FAILED: evil-deep: evil.deep overflowed its stack (java.lang.StackOverflowError; endless recursion?)"));
        assertThat(csv).contains("programme,2025,reach.organisations,,,");
        assertThat(r.err())
                .contains(
                        "hor: plugin value FAILED: programme 2016 evil.deep: evil-deep: evil.deep overflowed its stack");
        Path strict = dir.resolve("deep-strict.csv");
        assertThat(evaluate(strict, deep.toString(), "--strict-plugins").exitCode())
                .isEqualTo(ExitCodes.DATA);
        assertThat(strict).exists();
    }

    @Test
    @DisplayName("a value of 1E+999999999 is FAILED in CSV and JSON, exit 0 (it was 70); 65 when strict")
    void hugeValue() throws IOException {
        Path out = dir.resolve("huge.csv");
        Cli r = evaluate(out, huge.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        noStackTrace(r);
        assertThat(Files.readString(out, StandardCharsets.UTF_8).lines().filter(l -> l.contains(",evil.huge,")))
                .hasSize(10)
                .allSatisfy(l -> assertThat(l)
                        .endsWith(",FAILED: evil-huge: evil.huge returned a value with "
                                + "1000000000 digits before the decimal point (1E+999999999); a plugin's number may have at most "
                                + "30 digits before and 100 after the decimal point"));
        Path json = dir.resolve("huge.json");
        Cli j = evaluate(json, huge.toString(), "--format", "json");
        assertThat(j.exitCode()).as(j.err()).isZero();
        assertThat(Files.readString(json, StandardCharsets.UTF_8))
                .contains("evil.huge")
                .contains("1E+999999999")
                .doesNotContain("0000000000000000000000000000000");
        Path report = dir.resolve("huge.html");
        Cli h = Cli.run(
                "--lang",
                "en",
                "--plugins",
                huge.toString(),
                "report",
                data.toString(),
                "--programme",
                "-o",
                report.toString());
        assertThat(h.exitCode()).as(h.err()).isZero();
        assertThat(evaluate(dir.resolve("huge-strict.csv"), huge.toString(), "--strict-plugins")
                        .exitCode())
                .isEqualTo(ExitCodes.DATA);
    }

    @Test
    @DisplayName(
            "a class for a newer Java and a corrupt class: the providers are skipped naming the jar, the good one runs; 65 when strict")
    void newerJavaAndCorruptClass() throws IOException {
        Path out = dir.resolve("broken.csv");
        Cli r = evaluate(out, broken.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        noStackTrace(r);
        assertThat(r.err())
                .contains("hor: plugin skipped: BROKEN_PROVIDER: indicator provider evil.Newer (" + broken
                        + ") could not be loaded: UnsupportedClassVersionError: evil/Newer has been compiled by a more recent "
                        + "version of the Java Runtime (class file version 99.0)")
                .contains("hor: plugin skipped: BROKEN_PROVIDER: indicator provider evil.Corrupt (" + broken
                        + ") could not be loaded: ClassFormatError: Truncated class file; it is skipped");
        assertThat(Files.readString(out, StandardCharsets.UTF_8)).contains("programme,2025,evil.fine,,,7,things,");
        Cli strict = evaluate(dir.resolve("broken-strict.csv"), broken.toString(), "--strict-plugins");
        assertThat(strict.exitCode()).isEqualTo(ExitCodes.DATA);
        assertThat(dir.resolve("broken-strict.csv")).exists();
        Cli c = Cli.run("--lang", "en", "--plugins", broken.toString(), "catalogue");
        assertThat(c.exitCode()).as(c.err()).isZero();
        assertThat(c.out())
                .contains("evil-fine")
                .contains("BROKEN_PROVIDER: indicator provider evil.Newer (" + broken + ")");
    }

    @Test
    @DisplayName(
            "validate does not load plugins when no target names a plugin indicator, and survives broken ones when one does")
    void validate() throws IOException {
        Cli r = Cli.run("--lang", "en", "--plugins", broken.toString(), "validate", data.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.err()).doesNotContain("plugin");
        assertThat(r.out()).contains("valid");

        Path withTarget = dir.resolve("plugin-target.json");
        String json = Files.readString(data, StandardCharsets.UTF_8);
        String changed =
                json.replaceFirst("\"indicator\"\\s*:\\s*\"reach\\.organisations\"", "\"indicator\": \"evil.fine\"");
        assertThat(changed).isNotEqualTo(json);
        Files.writeString(withTarget, changed, StandardCharsets.UTF_8);
        Cli t = Cli.run("--lang", "en", "--plugins", broken.toString(), "validate", withTarget.toString());
        assertThat(t.exitCode()).as(t.err()).isZero();
        noStackTrace(t);
        assertThat(t.err())
                .contains("hor: plugin skipped: BROKEN_PROVIDER: indicator provider evil.Newer (" + broken + ")");
        // without the plugin the target names an unknown indicator
        assertThat(Cli.run("--lang", "en", "validate", withTarget.toString()).exitCode())
                .isEqualTo(ExitCodes.DATA);
    }

    @Test
    @DisplayName(
            "random bytes, a text file, an empty jar and a folder of junk are named as skipped; 65 when strict, 0 otherwise")
    void unusablePaths() throws IOException {
        Path random = HostilePlugins.randomBytes(dir.resolve("random.jar"), 1000);
        Path text = Files.writeString(dir.resolve("notes.txt"), "just text\n", StandardCharsets.UTF_8);
        Path empty = HostilePlugins.emptyJar(dir.resolve("empty.jar"));
        Path junk = HostilePlugins.junkFolder(dir.resolve("junk"));
        for (Path p : List.of(random, text, empty, junk)) {
            Path out = dir.resolve("unusable.csv");
            Cli r = evaluate(out, p.toString());
            assertThat(r.exitCode()).as(r.err()).isZero();
            assertThat(r.err()).contains("hor: plugin skipped: UNUSABLE_PLUGIN_PATH: plugin path " + p + " ");
            assertThat(out).exists();
            Cli strict = evaluate(dir.resolve("unusable-strict.csv"), p.toString(), "--strict-plugins");
            assertThat(strict.exitCode()).as(p.toString()).isEqualTo(ExitCodes.DATA);
        }
        Cli c = Cli.run("--lang", "en", "--plugins", random + ":" + junk, "catalogue");
        assertThat(c.out())
                .contains("UNUSABLE_PLUGIN_PATH: plugin path " + random + " is not a jar (zip) file")
                .contains("UNUSABLE_PLUGIN_PATH: plugin path " + junk + " is a folder without META-INF/services/");
    }

    // ---------------------------------------------------------------- System.exit: a real process

    private record Run(int exitCode, String out, String err) {}

    /** Runs hor in a new JVM (System.exit cannot be tried in the test's own). */
    private static Run fork(String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                Main.class.getName()));
        cmd.addAll(List.of(args));
        Path out = Files.createTempFile(dir, "out", ".txt");
        Path err = Files.createTempFile(dir, "err", ".txt");
        Process p = new ProcessBuilder(cmd)
                .redirectOutput(out.toFile())
                .redirectError(err.toFile())
                .start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("hor ended").isTrue();
        return new Run(
                p.exitValue(),
                Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    @DisplayName(
            "System.exit(0) in a plugin's value: FAILED with the reason, the output complete, exit 0; 65 when strict")
    void exitWhileComputing() throws Exception {
        Path exit = HostilePlugins.providerJar(dir, "Exit", "DECIMAL", "System.exit(0); return null;", "");
        Path out = dir.resolve("exit.csv");
        Run r = fork(
                "--lang",
                "en",
                "--plugins",
                exit.toString(),
                "evaluate",
                data.toString(),
                "--scopes",
                "programme",
                "--periods",
                "year",
                "--plugin-timeout",
                "0.5",
                "-o",
                out.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.err())
                .contains("hor: plugin code evil.Exit.lambda$indicators$0(Exit.java:")
                .contains("called System.exit (thread hor-plugin-evil-exit); hor goes on without that call")
                .doesNotContain("\tat ");
        List<String> rows = Files.readString(out, StandardCharsets.UTF_8)
                .lines()
                .filter(l -> l.contains(",evil.exit,"))
                .toList();
        assertThat(rows).hasSize(10);
        assertThat(rows.get(0))
                .startsWith("programme,2016,evil.exit,")
                .contains(
                        "FAILED: evil-exit: evil.exit called System.exit for programme 2016 (in evil.Exit.lambda$indicators$0(Exit.java:");
        assertThat(rows.subList(1, 10))
                .allSatisfy(
                        l -> assertThat(l)
                                .endsWith(
                                        "FAILED: evil-exit: evil.exit called System.exit earlier in this run and is not called again"));
        assertThat(Files.readString(out, StandardCharsets.UTF_8)).contains("programme,2025,reach.organisations,,,");

        Run strict = fork(
                "--lang",
                "en",
                "--plugins",
                exit.toString(),
                "evaluate",
                data.toString(),
                "--scopes",
                "programme",
                "--periods",
                "year",
                "--plugin-timeout",
                "0.5",
                "--strict-plugins",
                "-o",
                dir.resolve("exit-strict.csv").toString());
        assertThat(strict.exitCode()).as(strict.err()).isEqualTo(ExitCodes.DATA);
        assertThat(dir.resolve("exit-strict.csv")).exists();
    }

    @Test
    @DisplayName(
            "System.exit(0) in a plugin's constructor: exit 70 with the caller named, never 0 with no output; validate is not touched")
    void exitWhileLoading() throws Exception {
        Path exit = HostilePlugins.providerJar(
                dir, "ExitLoad", "DECIMAL", "return null;", "public ExitLoad() { System.exit(0); }");
        Path out = dir.resolve("exit-load.csv");
        Run r = fork("--lang", "en", "--plugins", exit.toString(), "evaluate", data.toString(), "-o", out.toString());
        assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.SOFTWARE);
        assertThat(r.err())
                .contains("hor: plugin code evil.ExitLoad.<init>(ExitLoad.java:")
                .contains(
                        "called System.exit while hor loaded the plugins or asked one about a site; hor cannot go on, "
                                + "nothing was written");
        assertThat(out).doesNotExist();
        Run v = fork("--lang", "en", "--plugins", exit.toString(), "validate", data.toString());
        assertThat(v.exitCode()).as(v.err()).isZero();
        assertThat(v.out()).contains("valid");
    }
}
