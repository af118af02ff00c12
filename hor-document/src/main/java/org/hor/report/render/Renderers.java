package org.hor.report.render;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.TreeMap;

/**
 * The renderers that are available, looked up by format name or alias (case-insensitive).
 *
 * <p>{@link #load()} finds every {@link Renderer} through {@link ServiceLoader}, including the
 * built-in ones. A provider that cannot be instantiated is skipped and listed in
 * {@link #skipped()}; two renderers claiming the same name are an error that names both.
 */
public final class Renderers {

    private final Map<String, Renderer> byFormat;
    private final Map<String, Renderer> byName;
    private final List<String> skipped;

    private Renderers(List<Renderer> renderers, List<String> skipped) {
        Map<String, Renderer> formats = new TreeMap<>();
        Map<String, Renderer> names = new TreeMap<>();
        for (Renderer r : renderers) {
            String format = normalise(r.format());
            register(names, format, r);
            for (String alias : r.aliases()) {
                register(names, normalise(alias), r);
            }
            formats.put(format, r);
        }
        this.byFormat = Collections.unmodifiableMap(formats);
        this.byName = Collections.unmodifiableMap(names);
        this.skipped = List.copyOf(skipped);
    }

    /**
     * {@return the renderers found by {@link ServiceLoader} on the module layer of this module and
     * the thread's context class loader}
     *
     * @throws IllegalStateException if two renderers claim the same format name or alias
     */
    public static Renderers load() {
        return load(Thread.currentThread().getContextClassLoader());
    }

    /**
     * {@return the renderers found by {@link ServiceLoader} with {@code loader}}
     *
     * @param loader the class loader whose service files are read
     * @throws IllegalStateException if two renderers claim the same format name or alias
     */
    public static Renderers load(ClassLoader loader) {
        List<Renderer> found = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        ServiceLoader<Renderer> serviceLoader = ServiceLoader.load(Renderer.class, loader);
        var iterator = serviceLoader.stream().iterator();
        while (true) {
            ServiceLoader.Provider<Renderer> provider;
            try {
                if (!iterator.hasNext()) {
                    break;
                }
                provider = iterator.next();
            } catch (ServiceConfigurationError e) {
                skipped.add(e.getMessage());
                continue;
            }
            try {
                found.add(provider.get());
            } catch (ServiceConfigurationError | RuntimeException e) {
                skipped.add(provider.type().getName() + ": " + e.getMessage());
            }
        }
        return new Renderers(found, skipped);
    }

    /**
     * {@return exactly the given renderers, without looking any up}
     *
     * @param renderers the renderers
     * @throws IllegalStateException if two renderers claim the same format name or alias
     */
    public static Renderers of(Renderer... renderers) {
        return new Renderers(List.of(renderers), List.of());
    }

    /** {@return the format names, sorted} */
    public List<String> formats() {
        return List.copyOf(byFormat.keySet());
    }

    /** {@return the renderers, sorted by format name} */
    public List<Renderer> all() {
        return List.copyOf(byFormat.values());
    }

    /** {@return the providers that were skipped, each with the reason, in discovery order} */
    public List<String> skipped() {
        return skipped;
    }

    /**
     * {@return the renderer for a format name or alias (case-insensitive), if there is one}
     *
     * @param format a format name or alias, such as {@code html} or {@code md}
     */
    public Optional<Renderer> find(String format) {
        return Optional.ofNullable(byName.get(normalise(format)));
    }

    /**
     * {@return the renderer for a format name or alias (case-insensitive)}
     *
     * @param format a format name or alias, such as {@code html} or {@code md}
     * @throws IllegalArgumentException if there is none; the message lists the available formats
     *                                  and any skipped providers
     */
    public Renderer get(String format) {
        return find(format).orElseThrow(() -> new IllegalArgumentException(unknown(format)));
    }

    private String unknown(String format) {
        StringBuilder message =
                new StringBuilder("Unknown report format '").append(format).append("'. Available formats: ");
        if (byFormat.isEmpty()) {
            message.append("none");
        }
        int i = 0;
        for (Map.Entry<String, Renderer> e : byFormat.entrySet()) {
            message.append(i++ == 0 ? "" : ", ").append(e.getKey());
            List<String> aliases = e.getValue().aliases().stream()
                    .map(Renderers::normalise)
                    .sorted()
                    .toList();
            if (!aliases.isEmpty()) {
                message.append(" (also ").append(String.join(", ", aliases)).append(')');
            }
        }
        message.append('.');
        if (!skipped.isEmpty()) {
            message.append(" Skipped providers: ")
                    .append(String.join("; ", skipped))
                    .append('.');
        }
        return message.toString();
    }

    private static void register(Map<String, Renderer> names, String name, Renderer renderer) {
        Renderer previous = names.putIfAbsent(name, renderer);
        if (previous != null && previous != renderer) {
            throw new IllegalStateException("Report format '" + name + "' is claimed by both "
                    + previous.getClass().getName() + " and "
                    + renderer.getClass().getName());
        }
    }

    private static String normalise(String name) {
        return name.trim().toLowerCase(Locale.ROOT);
    }
}
