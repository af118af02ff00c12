package org.hor.core.hostile;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

/**
 * Hostile plugin jars, built at test time: provider classes compiled against the test's
 * class path with {@code javac}, then patched (a class-file version of
 * a newer Java, a truncated class) and packed with a {@code META-INF/services} file. Also files that
 * only look like plugins: random bytes, text, an empty jar, a folder of junk.
 */
public final class HostilePlugins {
    /** The services file a plugin jar names its providers in. */
    public static final String SERVICES = "META-INF/services/org.hor.core.spi.IndicatorProvider";

    private HostilePlugins() {}

    /**
     * Returns the source of provider {@code evil.<cls>} (id {@code evil-<cls in lowercase>}) with one
     * indicator {@code evil.<cls in lowercase>} of {@code style} whose compute body is {@code body}
     * (parameters {@code ctx, scope, period}; the class may add {@code members}).
     */
    public static String provider(String cls, String style, String body, String members) {
        String lower = cls.toLowerCase(java.util.Locale.ROOT);
        return "package evil;\n"
                + "import java.math.BigDecimal;\nimport java.util.List;\nimport org.hor.core.spi.*;\n"
                + "public final class " + cls + " implements IndicatorProvider {\n"
                + "  static final IndicatorDefinition D = IndicatorDefinition.builder(\"evil." + lower + "\")\n"
                + "      .label(\"Böse\", \"Evil\").definition(\"Ein Test.\", \"A test.\").unit(\"things\")\n"
                + "      .numberStyle(NumberStyle." + style + ").build();\n"
                + "  public String id() { return \"evil-" + lower + "\"; }\n"
                + "  public List<Indicator> indicators() {\n"
                + "    return List.of(Indicator.of(D, (ctx, scope, period) -> { " + body + " }));\n"
                + "  }\n" + members + "\n}\n";
    }

    /**
     * Compiles {@code sources} (fully qualified class name → source) with {@code javac} (through
     * {@link java.util.spi.ToolProvider}) against this JVM's class path, in folder {@code work}, and
     * returns the class files by name ({@code evil/Deep.class}), nested classes included.
     *
     * @throws IllegalStateException with the compiler's messages when there is no compiler or the
     *                               sources do not compile
     */
    public static Map<String, byte[]> compile(Path work, Map<String, String> sources) throws IOException {
        java.util.spi.ToolProvider javac = java.util.spi.ToolProvider.findFirst("javac")
                .orElseThrow(() -> new IllegalStateException("no javac in this runtime (a JRE, not a JDK)"));
        Path src = Files.createDirectories(work.resolve("src"));
        Path classes = Files.createDirectories(work.resolve("classes"));
        List<String> args = new ArrayList<>(List.of(
                "-d",
                classes.toString(),
                "-classpath",
                System.getProperty("java.class.path"),
                "--release",
                "17",
                "-proc:none",
                "-encoding",
                "UTF-8"));
        for (Map.Entry<String, String> e : sources.entrySet()) {
            Path file = src.resolve(e.getKey().replace('.', '/') + ".java");
            Files.createDirectories(file.getParent());
            Files.writeString(file, e.getValue(), StandardCharsets.UTF_8);
            args.add(file.toString());
        }
        StringWriter messages = new StringWriter();
        PrintWriter w = new PrintWriter(messages);
        int rc = javac.run(w, w, args.toArray(String[]::new));
        w.flush();
        if (rc != 0) {
            throw new IllegalStateException("the test plugin does not compile: " + messages);
        }
        Map<String, byte[]> out = new TreeMap<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                out.put(
                        classes.relativize(f).toString().replace(java.io.File.separatorChar, '/'),
                        Files.readAllBytes(f));
            }
        }
        return out;
    }

    /** Writes a jar of {@code classes} whose services file names {@code providers}; returns it. */
    public static Path jar(Path file, Map<String, byte[]> classes, String... providers) throws IOException {
        try (JarOutputStream jar = new JarOutputStream(Files.newOutputStream(file))) {
            for (Map.Entry<String, byte[]> e : classes.entrySet()) {
                jar.putNextEntry(new JarEntry(e.getKey()));
                jar.write(e.getValue());
                jar.closeEntry();
            }
            jar.putNextEntry(new JarEntry(SERVICES));
            jar.write((String.join("\n", providers) + "\n").getBytes(StandardCharsets.UTF_8));
            jar.closeEntry();
        }
        return file;
    }

    /** Compiles one provider {@code evil.<cls>} (see {@link #provider}) into jar {@code dir/<cls>.jar}. */
    public static Path providerJar(Path dir, String cls, String style, String body, String members) throws IOException {
        Path work = Files.createTempDirectory(dir, cls);
        return jar(
                dir.resolve(cls + ".jar"),
                compile(work, Map.of("evil." + cls, provider(cls, style, body, members))),
                "evil." + cls);
    }

    /** Returns a copy of class file {@code bytes} with major version {@code major} (Java 17 is 61). */
    public static byte[] withMajorVersion(byte[] bytes, int major) {
        byte[] b = bytes.clone();
        b[6] = (byte) (major >>> 8);
        b[7] = (byte) major;
        return b;
    }

    /** Returns the first half of class file {@code bytes}: a class file that ends too early. */
    public static byte[] truncated(byte[] bytes) {
        return Arrays.copyOf(bytes, bytes.length / 2);
    }

    /** Writes {@code n} pseudo-random bytes (a fixed seed) to {@code file}: a "jar" that is no zip. */
    public static Path randomBytes(Path file, int n) throws IOException {
        byte[] b = new byte[n];
        new java.util.Random(13).nextBytes(b);
        return Files.write(file, b);
    }

    /** Writes an empty jar (a manifest only) to {@code file}. */
    public static Path emptyJar(Path file) throws IOException {
        try (JarOutputStream jar = new JarOutputStream(Files.newOutputStream(file), new java.util.jar.Manifest())) {
            jar.flush();
        }
        return file;
    }

    /** Creates folder {@code dir} with a text file and random bytes in it, and no services file. */
    public static Path junkFolder(Path dir) throws IOException {
        Files.createDirectories(dir.resolve("com/acme"));
        Files.writeString(dir.resolve("README.txt"), "not a plugin\n", StandardCharsets.UTF_8);
        randomBytes(dir.resolve("com/acme/Junk.class"), 64);
        return dir;
    }
}
