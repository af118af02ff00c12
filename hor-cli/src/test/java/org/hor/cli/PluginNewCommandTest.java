package org.hor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code hor plugin new}: the files it writes and the names it refuses (the build itself: {@code PluginProjectIT}). */
class PluginNewCommandTest {

    @TempDir
    Path dir;

    @Test
    @DisplayName("writes the twelve files of a plugin project, named after the options")
    void writesTheProject() throws IOException {
        Path p = dir.resolve("acme-indicators");
        Cli r = Cli.run(
                "--lang",
                "en",
                "plugin",
                "new",
                p.toString(),
                "--group-id",
                "com.acme",
                "--package",
                "com.acme.hor",
                "--id",
                "acme");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out())
                .startsWith("wrote the plugin project " + p
                        + ": plugin acme, indicator acme.complaints, module com.acme.hor, 12 files:");
        try (Stream<Path> s = Files.walk(p)) {
            assertThat(s.filter(Files::isRegularFile)
                            .map(f -> p.relativize(f).toString())
                            .sorted())
                    .containsExactly(
                            ".gitignore",
                            ".mvn/wrapper/maven-wrapper.properties",
                            "README.md",
                            "mvnw",
                            "mvnw.cmd",
                            "pom.xml",
                            "src/main/java/com/acme/hor/AcmeIndicators.java",
                            "src/main/java/com/acme/hor/package-info.java",
                            "src/main/java/module-info.java",
                            "src/main/resources/META-INF/services/org.hor.core.spi.IndicatorProvider",
                            "src/test/java/com/acme/hor/AcmeIndicatorsTest.java",
                            "src/test/resources/com/acme/hor/dataset.json");
        }
        assertThat(Files.isExecutable(p.resolve("mvnw"))).isTrue();
        assertThat(read(p.resolve(".mvn/wrapper/maven-wrapper.properties"))).contains("apache-maven-3.9.16-bin.zip");
        assertThat(read(p.resolve("src/main/java/module-info.java")))
                .contains(
                        "module com.acme.hor {",
                        "requires org.hor.core;",
                        "provides org.hor.core.spi.IndicatorProvider with com.acme.hor.AcmeIndicators;");
        assertThat(read(p.resolve("src/main/resources/META-INF/services/org.hor.core.spi.IndicatorProvider")))
                .isEqualTo("com.acme.hor.AcmeIndicators\n");
        String pom = read(p.resolve("pom.xml"));
        assertThat(pom)
                .contains(
                        "<groupId>com.acme</groupId>",
                        "<artifactId>acme-indicators</artifactId>",
                        "<artifactId>hor-bom</artifactId>",
                        "<addDefaultImplementationEntries>true</addDefaultImplementationEntries>")
                .doesNotContain("@@");
        // every plugin pinned (surefire to 3.5.4, the one Maven 3.9.16 binds by default)
        for (String plugin :
                List.of("clean", "resources", "compiler", "surefire", "jar", "install", "deploy", "site")) {
            assertThat(pom)
                    .containsPattern("<artifactId>maven-" + plugin + "-plugin</artifactId><version>[0-9.]+</version>");
        }
        assertThat(pom).contains("<artifactId>maven-surefire-plugin</artifactId><version>3.5.4</version>");
        try (Stream<Path> s = Files.walk(p)) {
            for (Path f : s.filter(Files::isRegularFile).toList()) {
                assertThat(read(f)).as(f.toString()).doesNotContain("@@");
            }
        }
    }

    @Test
    @DisplayName("without options the names come from the folder: com.example.<folder>, id and class from it")
    void defaultsFromTheFolder() throws IOException {
        Path p = dir.resolve("room-use");
        Cli r = Cli.run("--lang", "en", "plugin", "new", p.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("plugin room-use, indicator room-use.complaints, module com.example.room.use");
        assertThat(p.resolve("src/main/java/com/example/room/use/RoomUseIndicators.java"))
                .exists();
    }

    @Test
    @DisplayName("a folder that is not empty is refused with 73 and stays as it was")
    void refusesAFolderWithFiles() throws IOException {
        Path p = Files.createDirectory(dir.resolve("acme"));
        Files.writeString(p.resolve("keep.txt"), "mine");
        Cli r = Cli.run("--lang", "en", "plugin", "new", p.toString());
        assertThat(r.exitCode()).isEqualTo(ExitCodes.CANNOT_CREATE);
        assertThat(r.err()).contains("exists and is not an empty folder; nothing written");
        try (Stream<Path> s = Files.list(p)) {
            assertThat(s.map(f -> f.getFileName().toString())).containsExactly("keep.txt");
        }
    }

    @Test
    @DisplayName("an empty folder is filled")
    void fillsAnEmptyFolder() {
        Path p = dir.resolve("empty");
        assertThat(p.toFile().mkdir()).isTrue();
        assertThat(Cli.run("plugin", "new", p.toString(), "--id", "acme").exitCode())
                .isZero();
        assertThat(p.resolve("pom.xml")).exists();
    }

    @Test
    @DisplayName(
            "ids of the standard namespaces, ids that are no indicator namespace and bad packages are usage errors (64)")
    void refusesNamesThatCannotWork() {
        for (List<String> options : List.of(
                List.of("--id", "reach"),
                List.of("--id", "hor.extra"),
                List.of("--id", "Acme"),
                List.of("--id", "acme..x"),
                List.of("--id", "acme", "--package", "com.acme.new"),
                List.of("--id", "acme", "--package", "com-acme"),
                List.of("--id", "acme", "--group-id", "com acme"))) {
            Path p = dir.resolve("x" + options.hashCode());
            List<String> args = new java.util.ArrayList<>(List.of("--lang", "en", "plugin", "new", p.toString()));
            args.addAll(options);
            Cli r = Cli.run(args.toArray(String[]::new));
            assertThat(r.exitCode()).as(options + ": " + r.err()).isEqualTo(ExitCodes.USAGE);
            assertThat(p).as(options.toString()).doesNotExist();
        }
        try (Stream<Path> s = Files.list(dir)) {
            assertThat(s).as("no temporary folder left").isEmpty();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String read(Path p) throws IOException {
        return Files.readString(p, StandardCharsets.UTF_8);
    }
}
