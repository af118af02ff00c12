package org.hor.indicators;

import java.io.IOException;
import java.io.InputStream;
import java.net.MalformedURLException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.hor.core.spi.IndicatorProvider;
import org.hor.indicators.PluginProblem.Kind;

/**
 * Checks plugin jars and class folders before they are put on a class loader: a
 * {@link java.net.URLClassLoader} silently ignores a file that is not a jar, and a jar or folder
 * that names no provider contributes nothing, so each would vanish without a word.
 */
final class PluginPath {
    /** Where a plugin names its providers for the service loader. */
    static final String SERVICES = "META-INF/services/" + IndicatorProvider.class.getName();
    /** The largest services file read (a real one holds a few class names). */
    private static final int MAX_SERVICES_BYTES = 1 << 20;

    private PluginPath() {}

    /** The usable paths as URLs, and a problem for each unusable one. */
    record Checked(List<URL> urls, List<PluginProblem> problems) {}

    /** Checks each of {@code paths}: a readable jar (zip) or folder that names at least one provider. */
    static Checked check(List<Path> paths) {
        List<URL> urls = new ArrayList<>();
        List<PluginProblem> problems = new ArrayList<>();
        for (Path given : paths) {
            Path p = given.toAbsolutePath().normalize();
            String why = unusable(p);
            if (why != null) {
                problems.add(new PluginProblem(
                        Kind.UNUSABLE_PLUGIN_PATH,
                        "",
                        "",
                        p.toString(),
                        "plugin path " + p + " " + why + "; nothing is loaded from it"));
                continue;
            }
            try {
                urls.add(p.toUri().toURL());
            } catch (MalformedURLException | IllegalArgumentException e) {
                problems.add(new PluginProblem(
                        Kind.UNUSABLE_PLUGIN_PATH,
                        "",
                        "",
                        p.toString(),
                        "plugin path " + p + " cannot be used as a URL (" + e.getMessage()
                                + "); nothing is loaded from it"));
            }
        }
        return new Checked(urls, problems);
    }

    /** Returns why {@code p} cannot give providers, or null when it names at least one. */
    private static String unusable(Path p) {
        if (!Files.exists(p)) {
            return "does not exist";
        }
        if (!Files.isReadable(p)) {
            return "cannot be read";
        }
        String services;
        try {
            if (Files.isDirectory(p)) {
                Path f = p.resolve(SERVICES);
                if (!Files.isRegularFile(f)) {
                    return "is a folder without " + SERVICES + ", so it names no indicator provider";
                }
                services = read(Files.newInputStream(f));
            } else if (Files.isRegularFile(p)) {
                try (ZipFile zip = new ZipFile(p.toFile())) {
                    ZipEntry e = zip.getEntry(SERVICES);
                    if (e == null) {
                        return "is a jar without " + SERVICES + ", so it names no indicator provider";
                    }
                    services = read(zip.getInputStream(e));
                } catch (java.util.zip.ZipException e) {
                    return "is not a jar (zip) file (" + e.getMessage() + ")";
                }
            } else {
                return "is neither a jar nor a folder";
            }
        } catch (IOException | RuntimeException e) {
            return "cannot be read (" + e + ")";
        }
        if (services == null) {
            return "has a " + SERVICES + " larger than " + MAX_SERVICES_BYTES + " bytes";
        }
        for (String line : services.split("\n", -1)) {
            int hash = line.indexOf('#');
            if (!(hash < 0 ? line : line.substring(0, hash)).isBlank()) {
                return null;
            }
        }
        return "has an empty " + SERVICES + ", so it names no indicator provider";
    }

    /** Reads a services file as UTF-8 (as the service loader does), or null when it is too large. */
    private static String read(InputStream in) throws IOException {
        try (in) {
            byte[] b = in.readNBytes(MAX_SERVICES_BYTES + 1);
            return b.length > MAX_SERVICES_BYTES ? null : new String(b, StandardCharsets.UTF_8);
        }
    }

    /**
     * A class loader that only delegates to its parent and remembers the last class the service
     * loader asked for, so that a class that cannot be defined (a class file for a newer Java, a
     * corrupt one) can be named with its jar even when the error's message names neither.
     */
    static final class Recording extends ClassLoader {
        private volatile String last = "";

        Recording(ClassLoader parent) {
            super(parent);
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            last = name;
            return super.loadClass(name, resolve);
        }

        /** Returns the name of the last class asked for, or the empty string. */
        String last() {
            return last;
        }

        /** Returns the jar or folder that holds class {@code name}, or the empty string when unknown. */
        String jarOf(String name) {
            if (name.isEmpty()) {
                return "";
            }
            String resource = name.replace('.', '/') + ".class";
            try {
                URL url = getResource(resource);
                if (url == null) {
                    return "";
                }
                String s = url.toString();
                if (s.startsWith("jar:") && s.contains("!/")) {
                    return Path.of(new URL(s.substring(4, s.indexOf("!/"))).toURI())
                            .toString();
                }
                if (url.getProtocol().equals("file") && s.endsWith(resource)) {
                    return Path.of(new URL(s.substring(0, s.length() - resource.length())).toURI())
                            .toString();
                }
                return s;
            } catch (MalformedURLException | URISyntaxException | RuntimeException e) {
                return "";
            }
        }
    }
}
