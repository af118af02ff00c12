package org.hor.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.lang.model.SourceVersion;
import org.hor.core.spi.IndicatorDefinition;
import org.hor.indicators.Catalogue;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code hor plugin}: tools for plugin authors; {@code hor plugin new DIR} writes a plugin project. */
@Command(
        name = "plugin",
        mixinStandardHelpOptions = true,
        description = "Tools for writing indicator plugins.",
        subcommands = {PluginCommand.New.class})
final class PluginCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** {@code hor plugin new DIR}: a complete, building plugin project. */
    @Command(
            name = "new",
            mixinStandardHelpOptions = true,
            description = "Write a complete plugin project into DIR (a new or empty folder): Maven wrapper, POM with "
                    + "hor's BOM, module-info, services file, one indicator, its test with a small dataset, a README.")
    static final class New implements Callable<Integer> {

        private static final Pattern MAVEN_ID = Pattern.compile("[A-Za-z0-9_.-]+");
        private static final Pattern PLUGIN_ID = Pattern.compile("[a-z0-9-]+(\\.[a-z0-9-]+)*");
        private static final String TEMPLATES = "/org/hor/cli/plugin/";

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Parameters(index = "0", paramLabel = "DIR", description = "The project's folder; must not exist or be empty.")
        Path dir;

        @Option(names = "--group-id", paramLabel = "ID", description = "Maven groupId (default: ${DEFAULT-VALUE}).")
        String groupId = "com.example";

        @Option(names = "--artifact-id", paramLabel = "ID", description = "Maven artifactId (default: DIR's name).")
        String artifactId;

        @Option(
                names = "--package",
                paramLabel = "NAME",
                description = "Java package and module name (default: groupId.artifactId, such as com.example.acme).")
        String packageName;

        @Option(
                names = "--id",
                paramLabel = "ID",
                description =
                        "The plugin's id and its indicators' namespace, lowercase and dot-separated (default: from artifactId).")
        String id;

        @Override
        public Integer call() {
            Messages messages = HorCommand.messages();
            Map<String, String> values = values();
            Path target = dir.toAbsolutePath().normalize();
            if (Files.exists(target, LinkOption.NOFOLLOW_LINKS) && !isEmptyDirectory(target)) {
                throw new CliException(ExitCodes.CANNOT_CREATE, messages.get("plugin.notEmpty", dir));
            }
            Map<String, byte[]> files = files(values);
            write(target, files, messages);
            CommandLine cl = spec.commandLine();
            cl.getOut()
                    .println(messages.get(
                            "plugin.written",
                            dir,
                            values.get("ID"),
                            values.get("INDICATOR_ID"),
                            values.get("MODULE"),
                            files.size()));
            files.keySet().stream().sorted().forEach(f -> cl.getOut().println("  " + f));
            cl.getOut().println(messages.get("plugin.next", dir));
            cl.getOut().flush();
            return ExitCodes.OK;
        }

        /** The placeholders' values, checked: a name that cannot build is a usage error here, not later in Maven. */
        private Map<String, String> values() {
            CommandLine cl = spec.commandLine();
            Path name = dir.toAbsolutePath().normalize().getFileName();
            String artifact = artifactId != null ? artifactId : name == null ? "" : name.toString();
            require(MAVEN_ID.matcher(artifact).matches(), "--artifact-id", artifact, "letters, digits, '.', '-', '_'");
            require(MAVEN_ID.matcher(groupId).matches(), "--group-id", groupId, "letters, digits, '.', '-', '_'");
            String words = artifact.toLowerCase(Locale.ROOT)
                    .replaceAll("[^a-z0-9]+", ".")
                    .replaceAll("^\\.+|\\.+$", "");
            String pkg = packageName != null
                    ? packageName
                    : groupId.toLowerCase(Locale.ROOT).replace('-', '_') + "." + words;
            require(
                    SourceVersion.isName(pkg, SourceVersion.RELEASE_17),
                    "--package",
                    pkg,
                    "a Java package name such as com.example.acme (no keywords, no '-')");
            String plugin = id != null
                    ? id
                    : artifact.toLowerCase(Locale.ROOT)
                            .replace('_', '-')
                            .replaceAll("[^a-z0-9.-]+", "")
                            .replaceAll("^[.-]+|[.-]+$", "");
            String indicator = plugin + ".complaints";
            require(
                    PLUGIN_ID.matcher(plugin).matches()
                            && IndicatorDefinition.ID.matcher(indicator).matches(),
                    "--id",
                    plugin,
                    "lowercase letters, digits and '-', dot-separated, such as acme");
            String namespace = plugin.contains(".") ? plugin.substring(0, plugin.indexOf('.')) : plugin;
            if (Catalogue.reservedNamespaces().contains(namespace) || namespace.equals("hor")) {
                throw new CommandLine.ParameterException(
                        cl,
                        "--id " + plugin + ": the namespace " + namespace
                                + " belongs to hor's standard indicators; choose your own, such as --id acme");
            }
            StringBuilder camel = new StringBuilder();
            for (String part : plugin.split("[.-]")) {
                if (!part.isEmpty()) {
                    camel.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
                }
            }
            String cls = camel.toString();
            if (cls.isEmpty() || !Character.isJavaIdentifierStart(cls.charAt(0))) {
                cls = "Plugin" + cls;
            }
            if (!cls.endsWith("Indicators")) {
                cls += "Indicators";
            }
            Properties versions = versions();
            Map<String, String> v = new LinkedHashMap<>();
            v.put("GROUP_ID", groupId);
            v.put("ARTIFACT_ID", artifact);
            v.put("PACKAGE", pkg);
            v.put("PACKAGE_PATH", pkg.replace('.', '/'));
            v.put("MODULE", pkg);
            v.put("ID", plugin);
            v.put("INDICATOR_ID", indicator);
            v.put("CLASS", cls);
            v.put("HOR_VERSION", versions.getProperty("hor"));
            v.put("JUNIT_VERSION", versions.getProperty("junit"));
            v.put("SLF4J_VERSION", versions.getProperty("slf4j"));
            return v;
        }

        private void require(boolean ok, String option, String value, String rule) {
            if (!ok) {
                throw new CommandLine.ParameterException(
                        spec.commandLine(),
                        (option.equals("--artifact-id") && artifactId == null ? "DIR's name" : option) + " '" + value
                                + "' cannot be used: " + rule
                                + (option.equals("--artifact-id") ? "" : "; give " + option));
            }
        }

        /** The project's files by relative path, in the order they are listed. */
        private static Map<String, byte[]> files(Map<String, String> v) {
            String pkgPath = v.get("PACKAGE_PATH");
            Map<String, byte[]> files = new LinkedHashMap<>();
            files.put("pom.xml", fill("pom.xml.txt", v));
            files.put("README.md", fill("README.md.txt", v));
            files.put(".gitignore", fill("gitignore.txt", v));
            files.put("mvnw", resource("wrapper/mvnw"));
            files.put("mvnw.cmd", resource("wrapper/mvnw.cmd"));
            files.put(
                    ".mvn/wrapper/maven-wrapper.properties", resource("wrapper/.mvn/wrapper/maven-wrapper.properties"));
            files.put("src/main/java/module-info.java", fill("module-info.java.txt", v));
            files.put("src/main/java/" + pkgPath + "/package-info.java", fill("package-info.java.txt", v));
            files.put("src/main/java/" + pkgPath + "/" + v.get("CLASS") + ".java", fill("Provider.java.txt", v));
            files.put(
                    "src/main/resources/META-INF/services/org.hor.core.spi.IndicatorProvider", fill("services.txt", v));
            files.put(
                    "src/test/java/" + pkgPath + "/" + v.get("CLASS") + "Test.java", fill("ProviderTest.java.txt", v));
            files.put("src/test/resources/" + pkgPath + "/dataset.json", fill("dataset.json.txt", v));
            return files;
        }

        private static byte[] fill(String template, Map<String, String> values) {
            String text = new String(resource(template), StandardCharsets.UTF_8);
            for (Map.Entry<String, String> e : values.entrySet()) {
                text = text.replace("@@" + e.getKey() + "@@", e.getValue());
            }
            return text.getBytes(StandardCharsets.UTF_8);
        }

        private static byte[] resource(String name) {
            try (InputStream in = PluginCommand.class.getResourceAsStream(TEMPLATES + name)) {
                if (in == null) {
                    throw new IllegalStateException("missing template " + TEMPLATES + name);
                }
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static Properties versions() {
            Properties p = new Properties();
            try (InputStream in = new java.io.ByteArrayInputStream(resource("versions.properties"))) {
                p.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return p;
        }

        private static boolean isEmptyDirectory(Path target) {
            if (!Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
                return false;
            }
            try (DirectoryStream<Path> s = Files.newDirectoryStream(target)) {
                return !s.iterator().hasNext();
            } catch (IOException e) {
                return false;
            }
        }

        /**
         * Writes the project into a temporary folder beside DIR and moves it into place, so that a
         * failed run leaves nothing half-written.
         */
        private static void write(Path target, Map<String, byte[]> files, Messages messages) {
            Path parent = target.getParent();
            Path tmp = null;
            try {
                Files.createDirectories(parent);
                tmp = Files.createTempDirectory(parent, ".hor-");
                for (Map.Entry<String, byte[]> f : files.entrySet()) {
                    Path p = tmp.resolve(f.getKey());
                    Files.createDirectories(p.getParent());
                    Files.write(p, f.getValue());
                }
                executable(tmp.resolve("mvnw"));
                // a temporary folder is created owner-only; the project gets the umask's permissions, as src has
                ordinaryPermissions(tmp);
                Files.deleteIfExists(target);
                Files.move(tmp, target);
                tmp = null;
            } catch (IOException e) {
                throw new CliException(
                        e instanceof FileSystemException ? ExitCodes.CANNOT_CREATE : ExitCodes.IO_ERROR,
                        messages.get("output.cannotCreate", target, AtomicOutput.describe(e)));
            } finally {
                if (tmp != null) {
                    deleteQuietly(tmp);
                }
            }
        }

        private static void executable(Path mvnw) throws IOException {
            if (Files.getFileStore(mvnw).supportsFileAttributeView("posix")) {
                Set<PosixFilePermission> perms = new java.util.HashSet<>(Files.getPosixFilePermissions(mvnw));
                perms.add(PosixFilePermission.OWNER_EXECUTE);
                if (perms.contains(PosixFilePermission.GROUP_READ)) {
                    perms.add(PosixFilePermission.GROUP_EXECUTE);
                }
                if (perms.contains(PosixFilePermission.OTHERS_READ)) {
                    perms.add(PosixFilePermission.OTHERS_EXECUTE);
                }
                Files.setPosixFilePermissions(mvnw, perms);
            }
        }

        private static void ordinaryPermissions(Path tmpDir) throws IOException {
            if (Files.getFileStore(tmpDir).supportsFileAttributeView("posix")) {
                Path probe = tmpDir.resolve("src");
                if (Files.isDirectory(probe)) {
                    Files.setPosixFilePermissions(tmpDir, Files.getPosixFilePermissions(probe));
                }
            }
        }

        private static void deleteQuietly(Path root) {
            try (Stream<Path> s = Files.walk(root)) {
                List<Path> all =
                        new ArrayList<>(s.sorted(Comparator.reverseOrder()).toList());
                for (Path p : all) {
                    Files.deleteIfExists(p);
                }
            } catch (IOException | UncheckedIOException e) {
                // best effort: the folder is hidden (.hor-…) and names itself
            }
        }
    }
}
