package org.hor.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher {@code hor} (src/main/sh/hor) beside a stand-in {@code hor.jar} whose main class
 * prints the JVM's options and the arguments ({@link LauncherProbe}): it uses the class-data archive
 * only when it is the right one, falls back to plain {@code java -jar} silently otherwise, and
 * passes arguments and the exit code through. Unix only (the launcher is a POSIX shell script).
 */
@DisplayName("the launcher hor")
class LauncherTest {

    private static final String CDS = "jvm -XX:SharedArchiveFile=";

    @TempDir
    Path dir;

    private Path java;

    @BeforeEach
    void install() throws IOException {
        assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "a POSIX shell");
        java = Path.of(System.getProperty("java.home"), "bin", "java").toRealPath();
        Path script = dir.resolve("hor");
        Files.copy(Path.of("src/main/sh/hor"), script);
        script.toFile().setExecutable(true);
        writeJar(dir.resolve("hor.jar"), "one");
    }

    private static void writeJar(Path jar, String marker) throws IOException {
        Manifest m = new Manifest();
        m.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        m.getMainAttributes().put(Attributes.Name.MAIN_CLASS, LauncherProbe.class.getName());
        try (OutputStream out = Files.newOutputStream(jar);
                JarOutputStream j = new JarOutputStream(out, m);
                InputStream probe = LauncherProbe.class.getResourceAsStream("LauncherProbe.class")) {
            j.putNextEntry(new JarEntry(LauncherProbe.class.getName().replace('.', '/') + ".class"));
            probe.transferTo(j);
            j.putNextEntry(new JarEntry("marker.txt"));
            j.write(marker.getBytes(StandardCharsets.UTF_8));
        }
    }

    private record Run(int code, List<String> out, String err) {}

    private Run run(String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(dir.resolve("hor").toString()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile());
        Map<String, String> env = pb.environment();
        env.put("JAVA_HOME", System.getProperty("java.home"));
        env.remove("HOR_JAVA_OPTS");
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("the run ends").isTrue();
        return new Run(p.exitValue(), Files.readAllLines(out), Files.readString(err));
    }

    /**
     * Makes hor.jsa the way the build does (make-archive.sh): a run that lists the classes it loads,
     * a static archive of them, and the stamp.
     */
    private void archive() throws IOException, InterruptedException {
        Path list = dir.resolve("hor.classlist");
        java("-XX:DumpLoadedClassList=" + list, "-jar", dir.resolve("hor.jar").toString());
        java(
                "-Xshare:dump",
                "-XX:SharedClassListFile=" + list,
                "-XX:SharedArchiveFile=" + dir.resolve("hor.jsa"),
                "-Xlog:cds=off",
                "-Xlog:cds+dynamic=off",
                "-cp",
                dir.resolve("hor.jar").toString());
        Files.writeString(dir.resolve("hor.jsa.jvm"), java.toString());
        newer(dir.resolve("hor.jsa"), dir.resolve("hor.jar"));
    }

    private void java(String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(java.toString()));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd)
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("dump.txt").toFile())
                .start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(Files.readString(dir.resolve("dump.txt"))).isZero();
    }

    private static void newer(Path file, Path than) throws IOException {
        Files.setLastModifiedTime(
                file, FileTime.fromMillis(Files.getLastModifiedTime(than).toMillis() + 10_000));
    }

    @Test
    @DisplayName(
            "without an archive it runs plain java -jar, passing arguments (with blanks) and the exit code through")
    void noArchive() throws Exception {
        Run r = run("report", "--programme", "a b", "exit=3");
        assertThat(r.code()).isEqualTo(3);
        assertThat(r.out()).containsSubsequence("arg report", "arg --programme", "arg a b", "arg exit=3");
        assertThat(r.out()).noneMatch(l -> l.startsWith(CDS));
        assertThat(r.err()).isEmpty();
    }

    @Test
    @DisplayName("uses the archive made by this java for this jar")
    void usesArchive() throws Exception {
        archive();
        Run r = run("validate");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains(CDS + dir.toRealPath().resolve("hor.jsa"), "arg validate");
        assertThat(r.err()).isEmpty();
    }

    @Test
    @DisplayName("ignores an archive older than the jar (a rebuilt jar) and one made by another java")
    void staleOrForeignArchive() throws Exception {
        archive();
        newer(dir.resolve("hor.jar"), dir.resolve("hor.jsa"));
        assertThat(run("validate").out()).noneMatch(l -> l.startsWith(CDS));

        archive();
        Files.writeString(dir.resolve("hor.jsa.jvm"), "/opt/another/jdk/bin/java");
        Run r = run("validate");
        assertThat(r.out()).noneMatch(l -> l.startsWith(CDS)).contains("arg validate");
        assertThat(r.code()).isZero();
        assertThat(r.err()).isEmpty();
    }

    @Test
    @DisplayName("when the JVM itself rejects the archive (it was made for other classes), it runs without, silently")
    void rejectedArchive() throws Exception {
        archive();
        // the jar changes under an archive that still looks newer: the JVM's own check refuses it
        writeJar(dir.resolve("hor.jar"), "two, a different jar of a different size");
        newer(dir.resolve("hor.jsa"), dir.resolve("hor.jar"));
        Run r = run("validate", "exit=0");
        assertThat(r.out()).contains(CDS + dir.toRealPath().resolve("hor.jsa"), "arg validate");
        assertThat(r.code()).isZero();
        assertThat(r.err()).isEmpty();
    }

    @Test
    @DisplayName(
            "compiles with C1 only for small inputs, fully when an argument is a folder or a file of 32 MiB or more")
    void compilation() throws Exception {
        Path small = Files.writeString(dir.resolve("small.json"), "{}");
        assertThat(run("validate", small.toString()).out()).contains("jvm -XX:TieredStopAtLevel=1");
        assertThat(run("import", dir.toString()).out()).doesNotContain("jvm -XX:TieredStopAtLevel=1");
        Path big = dir.resolve("big.json");
        try (var f = new java.io.RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(32L << 20); // sparse: no 32 MiB written
        }
        assertThat(run("validate", big.toString()).out()).doesNotContain("jvm -XX:TieredStopAtLevel=1");
    }
}
