package org.hor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 13 point 5: the whole command line under default locales with native digits (and the
 * Turkish dotless i) writes exactly the bytes it writes under English: sample, validate, evaluate,
 * report, explain, findings, catalogue, export and import, their messages included. Each locale runs
 * in its own JVM started with {@code -Duser.language=… -Duser.country=… -Duser.variant=…}, as a
 * user's machine would be, so that nothing initialised under another locale hides a defect.
 */
class NativeDigitsCliTest {

    @TempDir
    static Path dir;

    private static Map<String, byte[]> english;

    /** Runs {@link LocaleRunDriver} in a new JVM with the given default locale, in its own folder. */
    static Map<String, byte[]> run(String language, String country, String variant)
            throws IOException, InterruptedException {
        Path work = Files.createDirectories(dir.resolve(language + "-" + country + "-" + variant));
        List<String> cmd = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xshare:auto",
                "-XX:TieredStopAtLevel=1",
                "-Duser.language=" + language,
                "-Duser.country=" + country,
                "-Duser.variant=" + variant,
                "-cp",
                System.getProperty("java.class.path"),
                LocaleRunDriver.class.getName()));
        Process p = new ProcessBuilder(cmd)
                .directory(work.toFile())
                .redirectErrorStream(true)
                .redirectOutput(work.resolve("jvm.log").toFile())
                .start();
        assertThat(p.waitFor(240, TimeUnit.SECONDS))
                .as("the run under %s_%s_%s ends", language, country, variant)
                .isTrue();
        assertThat(p.exitValue())
                .as(
                        "the driver under %s_%s_%s: %s",
                        language, country, variant, Files.readString(work.resolve("jvm.log")))
                .isZero();
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> all = Files.walk(work)) {
            for (Path f : all.filter(Files::isRegularFile).sorted().toList()) {
                files.put(work.relativize(f).toString().replace('\\', '/'), Files.readAllBytes(f));
            }
        }
        return files;
    }

    @BeforeAll
    static void englishRun() throws Exception {
        english = run("en", "US", "");
    }

    @Test
    @DisplayName(
            "under English every command succeeds (or, for the invalid inputs, fails with 65) and writes its outputs")
    void englishRunIsComplete() {
        for (List<String> c : LocaleRunDriver.COMMANDS) {
            String name = c.get(0);
            String exit = new String(english.get("runs/" + name + ".exit"), StandardCharsets.UTF_8);
            assertThat(exit)
                    .as("%s: %s", name, new String(english.get("runs/" + name + ".err"), StandardCharsets.UTF_8))
                    .isEqualTo(LocaleRunDriver.INVALID.contains(name) ? "65" : "0");
        }
        assertThat(english)
                .containsKeys(
                        "sample.json",
                        "evaluate.csv",
                        "evaluate-de.csv",
                        "evaluate.json",
                        "programme.html",
                        "programme.md",
                        "programme.json",
                        "site-de.html",
                        "site.md",
                        "findings-de.txt",
                        "csv/deliveries.csv",
                        "csv-de/deliveries.csv",
                        "imported.json",
                        "imported-de.json");
        assertThat(text("evaluate.csv"))
                .contains("programme,2025,reach.organisations,,,")
                .contains("programme,2025-Q4,");
        assertThat(text("runs/06-evaluate-stdout.out")).contains("programme,2025-06,");
        assertThat(text("runs/12-explain.out")).contains("2025-Q2");
        assertThat(text("runs/21-validate-invalid.out")).contains("2025-Q5");
        assertThat(english.get("imported.json")).isEqualTo(english.get("sample.json"));
    }

    private static String text(String file) {
        return new String(english.get(file), StandardCharsets.UTF_8);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"ar-SA-", "fa-IR-", "th-TH-TH", "tr-TR-", "hi-IN-"})
    @DisplayName("under a locale with native digits every output, message and exit code is byte-identical to English")
    void sameBytes(String locale) throws Exception {
        String[] l = locale.split("-", -1);
        Map<String, byte[]> other = run(l[0], l[1], l[2]);
        other.remove("jvm.log");
        Map<String, byte[]> base = new TreeMap<>(english);
        base.remove("jvm.log");
        assertThat(other.keySet()).isEqualTo(base.keySet());
        List<String> differing = new ArrayList<>();
        for (Map.Entry<String, byte[]> e : base.entrySet()) {
            byte[] mine = other.get(e.getKey());
            if (!java.util.Arrays.equals(mine, e.getValue())) {
                differing.add(e.getKey() + ": " + firstDifference(e.getValue(), mine));
            }
        }
        assertThat(differing).as("files that differ from the English run").isEmpty();
    }

    /** The first differing line of two files, both ways, for the failure message. */
    private static String firstDifference(byte[] a, byte[] b) {
        List<String> x = new String(a, StandardCharsets.UTF_8).lines().toList();
        List<String> y = new String(b, StandardCharsets.UTF_8).lines().toList();
        for (int i = 0; i < Math.max(x.size(), y.size()); i++) {
            String u = i < x.size() ? x.get(i) : "<end>";
            String v = i < y.size() ? y.get(i) : "<end>";
            if (!u.equals(v)) {
                return "line " + (i + 1) + " en «" + shorten(u) + "» here «" + shorten(v) + "»";
            }
        }
        return "bytes differ";
    }

    private static String shorten(String s) {
        return s.length() > 160 ? s.substring(0, 160) + "…" : s;
    }
}
