package org.hor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import org.hor.core.model.Dataset;
import org.hor.indicators.Engine;
import org.hor.testkit.PluginTestKit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Issue 15: {@code hor plugin new} writes a project that builds with its own wrapper against the
 * artifacts of this build, and its test passes on the module path (with the surefire Maven 3.9.16
 * binds by default, 3.5.4, which puts hor-indicators on the class path: issue 15.1) and on the class
 * path. The artifacts go into a local repository under {@code target/} whose tail is the build's own
 * local repository (read only): nothing is installed into a shared {@code ~/.m2}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@DisplayName("a generated plugin project")
class PluginProjectIT {

    private static final Path WORK = Path.of("target", "plugin-it").toAbsolutePath();
    private static final Path PROJECT = WORK.resolve("acme-indicators");
    private static final Path REPO = WORK.resolve("repo");

    @Test
    @Order(1)
    @DisplayName("builds with ./mvnw, and its test passes on the module path with hor-indicators on the class path")
    void modulePath() throws Exception {
        prepare();
        String out = mvnw("verify");
        assertThat(out)
                .contains(
                        "surefire:3.5.4:test (default-test)",
                        "Tests run: 1, Failures: 0, Errors: 0, Skipped: 0",
                        "BUILD SUCCESS");
        assertThat(out).as("quiet tests").doesNotContain("SLF4J(W)", "HV000001");
        Properties run = reportProperties();
        assertThat(run.getProperty("jdk.module.path", ""))
                .as("hor-core on the module path")
                .contains("hor-core-");
        assertThat(run.getProperty("java.class.path", ""))
                .as("hor-indicators on the class path")
                .contains("hor-indicators-");
        Path jar = PROJECT.resolve("target/acme-indicators-0.1.0-SNAPSHOT.jar");
        try (JarFile j = new JarFile(jar.toFile())) {
            assertThat(j.getManifest().getMainAttributes().getValue("Implementation-Version"))
                    .isEqualTo("0.1.0-SNAPSHOT");
            assertThat(j.getEntry("module-info.class")).isNotNull();
            assertThat(new String(
                            j.getInputStream(j.getEntry("META-INF/services/org.hor.core.spi.IndicatorProvider"))
                                    .readAllBytes(),
                            StandardCharsets.UTF_8))
                    .isEqualTo("com.acme.hor.AcmeIndicators\n");
        }
    }

    @Test
    @Order(2)
    @DisplayName("its test passes on the class path (-Dsurefire.useModulePath=false)")
    void classPath() throws Exception {
        if (!Files.exists(PROJECT.resolve("pom.xml"))) {
            prepare();
        }
        String out = mvnw("verify", "-Dsurefire.useModulePath=false");
        assertThat(out).contains("Tests run: 1, Failures: 0, Errors: 0, Skipped: 0", "BUILD SUCCESS");
        assertThat(out).as("quiet tests").doesNotContain("SLF4J(W)", "HV000001");
        Properties run = reportProperties();
        assertThat(run.getProperty("jdk.module.path")).isNull();
        assertThat(run.getProperty("java.class.path", "")).contains("hor-core-", "hor-indicators-");
    }

    /** Generates the project and puts this build's hor artifacts into the test's local repository. */
    private static void prepare() throws IOException {
        deleteTree(WORK);
        Files.createDirectories(WORK);
        Cli r = Cli.run(
                "--lang",
                "en",
                "plugin",
                "new",
                PROJECT.toString(),
                "--group-id",
                "com.acme",
                "--package",
                "com.acme.hor",
                "--id",
                "acme");
        assertThat(r.exitCode()).as(r.err()).isZero();
        Properties versions = new Properties();
        try (InputStream in = PluginCommand.class.getResourceAsStream("/org/hor/cli/plugin/versions.properties")) {
            versions.load(in);
        }
        String version = versions.getProperty("hor");
        Path root = Path.of("..").toAbsolutePath().normalize();
        install("hor-parent", version, root.resolve("pom.xml"), null);
        install("hor-bom", version, root.resolve("hor-bom/pom.xml"), null);
        install("hor-core", version, root.resolve("hor-core/pom.xml"), location(Dataset.class));
        install("hor-indicators", version, root.resolve("hor-indicators/pom.xml"), location(Engine.class));
        install("hor-testkit", version, root.resolve("hor-testkit/pom.xml"), location(PluginTestKit.class));
    }

    private static void install(String artifact, String version, Path pom, Path classes) throws IOException {
        Path dir = REPO.resolve("org/hor").resolve(artifact).resolve(version);
        Files.createDirectories(dir);
        Files.copy(pom, dir.resolve(artifact + "-" + version + ".pom"));
        if (classes == null) {
            return;
        }
        Path jar = dir.resolve(artifact + "-" + version + ".jar");
        if (Files.isRegularFile(classes)) {
            Files.copy(classes, jar);
        } else {
            // run from classes (an IDE): the same content as a jar
            try (OutputStream out = Files.newOutputStream(jar);
                    JarOutputStream j = new JarOutputStream(out);
                    Stream<Path> files = Files.walk(classes)) {
                for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                    j.putNextEntry(new JarEntry(classes.relativize(f).toString().replace('\\', '/')));
                    Files.copy(f, j);
                    j.closeEntry();
                }
            }
        }
    }

    /** Runs the generated project's wrapper with this build's offline mode and local repository as a read-only tail. */
    private static String mvnw(String... goals) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(
                List.of(PROJECT.resolve("mvnw").toString(), "-B", "-Dstyle.color=never", "-Dmaven.repo.local=" + REPO));
        List<String> tail = new ArrayList<>();
        for (String p : new String[] {
            System.getProperty("hor.it.localRepository"), System.getProperty("hor.it.localRepositoryTail")
        }) {
            if (p != null && !p.isBlank() && !p.startsWith("${")) {
                tail.add(p);
            }
        }
        if (tail.isEmpty()) {
            tail.add(Path.of(System.getProperty("user.home"), ".m2", "repository")
                    .toString());
        }
        command.add("-Dmaven.repo.local.tail=" + String.join(",", tail));
        if ("offline=true".equals(System.getProperty("hor.it.offline"))) {
            command.add("-o");
        }
        command.addAll(List.of(goals));
        ProcessBuilder pb = new ProcessBuilder(command)
                .directory(PROJECT.toFile())
                .redirectErrorStream(true)
                .redirectOutput(WORK.resolve("mvnw-" + goals.length + ".log").toFile());
        Map<String, String> env = pb.environment();
        env.put("JAVA_HOME", System.getProperty("java.home"));
        env.remove("MAVEN_ARGS");
        env.remove("MAVEN_OPTS");
        Process p = pb.start();
        p.getOutputStream().close();
        if (!p.waitFor(5, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError("./mvnw " + String.join(" ", goals) + " took longer than 5 minutes");
        }
        String out = Files.readString(WORK.resolve("mvnw-" + goals.length + ".log"), StandardCharsets.UTF_8);
        assertThat(p.exitValue()).as(out).isZero();
        return out;
    }

    /** The system properties of the generated test's run, from its surefire report. */
    private static Properties reportProperties() throws IOException {
        Path report = PROJECT.resolve("target/surefire-reports/TEST-com.acme.hor.AcmeIndicatorsTest.xml");
        String xml = Files.readString(report, StandardCharsets.UTF_8);
        Properties props = new Properties();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("<property name=\"([^\"]+)\" value=\"([^\"]*)\"/>")
                .matcher(xml);
        while (m.find()) {
            props.setProperty(m.group(1), m.group(2));
        }
        return props;
    }

    private static Path location(Class<?> c) {
        try {
            return Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
