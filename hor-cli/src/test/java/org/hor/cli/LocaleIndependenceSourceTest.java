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
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The guard of issue 13 point 5: no main code of any module formats with the JVM's default locale
 * (under {@code ar-SA} {@code String.format("%04d", 2025)} is {@code ٢٠٢٥}, and hor rejected its own
 * sample). Human text names {@code Locale.GERMAN} or {@code Locale.ENGLISH}, machine text
 * {@code Locale.ROOT}.
 */
class LocaleIndependenceSourceTest {

    /**
     * The only allowed use of the default locale: {@code HorCommand} reads its language to choose
     * German or English messages (never to format anything).
     */
    private static final Map<String, String> ALLOWED =
            Map.of("hor-cli/src/main/java/org/hor/cli/HorCommand.java", "the default locale");

    static Path root() {
        Path p = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        while (p != null && !Files.exists(p.resolve("mvnw"))) {
            p = p.getParent();
        }
        assertThat(p)
                .as("the project root (with mvnw) above %s", System.getProperty("user.dir"))
                .isNotNull();
        return p;
    }

    @Test
    @DisplayName("no main code of any module formats, converts case or reads numbers with the default locale")
    void mainCodeNamesItsLocale() throws IOException {
        Path root = root();
        Map<String, Integer> filesPerModule = new TreeMap<>();
        List<LocaleUseScanner.Finding> findings = new ArrayList<>();
        try (Stream<Path> modules = Files.list(root)) {
            for (Path module : modules.filter(m -> Files.isDirectory(m.resolve("src/main/java")))
                    .sorted()
                    .toList()) {
                try (Stream<Path> files = Files.walk(module.resolve("src/main/java"))) {
                    for (Path f : files.filter(f -> f.toString().endsWith(".java"))
                            .sorted()
                            .toList()) {
                        String rel = root.relativize(f).toString().replace('\\', '/');
                        filesPerModule.merge(module.getFileName().toString(), 1, Integer::sum);
                        for (LocaleUseScanner.Finding x :
                                LocaleUseScanner.scan(rel, Files.readString(f, StandardCharsets.UTF_8))) {
                            if (!x.rule().equals(ALLOWED.get(rel))) {
                                findings.add(x);
                            }
                        }
                    }
                }
            }
        }
        // the scan saw every module (a scan of nothing would pass)
        assertThat(filesPerModule)
                .containsKeys(
                        "hor-bench",
                        "hor-cli",
                        "hor-core",
                        "hor-csv",
                        "hor-indicators",
                        "hor-report",
                        "hor-spi-examples",
                        "hor-testkit");
        assertThat(filesPerModule.get("hor-core")).isGreaterThan(50);
        assertThat(findings).as("calls that depend on the default locale").isEmpty();
    }

    @Test
    @DisplayName("the scanner finds each locale-less call, also across lines, and passes the same calls with a locale")
    void scannerFindsTheCalls() {
        String bad = String.join(
                "\n",
                "class A {",
                "  String a = String.format(\"%04d\", y);",
                "  String b = \"%d\".formatted(y);",
                "  String c = s.toUpperCase() + t.toLowerCase();",
                "  DateTimeFormatter d = DateTimeFormatter.ofPattern(\"uuuu\")",
                "      .withResolverStyle(STRICT);",
                "  DecimalFormat e = new DecimalFormat(\"#,##0\");",
                "  NumberFormat f = NumberFormat.getInstance();",
                "  MessageFormat g = new MessageFormat(p);",
                "  String h = MessageFormat.format(p, 1);",
                "  void i() { System.out.printf(\"%d%n\", 1); }",
                "  Locale j = Locale.getDefault();",
                "  String k = String.format(",
                "      \"%d, %s\", 1, f(2, 3));",
                "  DecimalFormatSymbols l = DecimalFormatSymbols.getInstance();",
                "}");
        assertThat(LocaleUseScanner.scan("A.java", bad))
                .extracting(LocaleUseScanner.Finding::line)
                .containsExactly(2, 3, 4, 4, 5, 7, 8, 9, 10, 11, 12, 13, 15);

        String good = String.join(
                "\n",
                "class B {",
                "  // String.format(\"%d\", 1) in a comment, and s.toUpperCase() /* here */",
                "  /* \"x\".formatted(1) */",
                "  String a = String.format(Locale.ROOT, \"%04d\", y) + String.format(java.util.Locale.ROOT, \"%x\", 1);",
                "  String b = \"String.format(\\\"%d\\\", 1) and s.toLowerCase()\";",
                "  String c = s.toUpperCase(Locale.ROOT) + Character.toUpperCase(ch);",
                "  DateTimeFormatter d = DateTimeFormatter.ofPattern(\"uuuu\", Locale.ROOT);",
                "  DecimalFormat e = new DecimalFormat(\"#,##0\", DecimalFormatSymbols.getInstance(Locale.GERMAN));",
                "  NumberFormat f = NumberFormat.getInstance(locale);",
                "  MessageFormat g = new MessageFormat(p, messages.locale());",
                "  void i() { System.out.printf(Locale.ROOT, \"%d%n\", 1); out.format(x); }",
                "  String j = String.format(locale, \"%d\", 1);",
                "  String k = \"\"\"",
                "      String.format(\"%d\", 1)",
                "      \"\"\";",
                "  char l = '\"'; String m = String.format(Locale.ENGLISH, \"%s\", l);",
                "}");
        assertThat(LocaleUseScanner.scan("B.java", good)).isEmpty();
    }
}
