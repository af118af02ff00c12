package org.hor.indicators;

import java.lang.module.ResolvedModule;
import java.net.URL;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeSet;
import org.hor.core.model.PeriodType;
import org.hor.core.spi.Indicator;
import org.hor.core.spi.IndicatorDefinition;
import org.hor.core.spi.IndicatorProvider;
import org.hor.core.validation.KnownIndicators;
import org.hor.indicators.files.internal.FileProvider;
import org.hor.indicators.standard.StandardCatalogue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The indicators an engine evaluates, from one or more {@link IndicatorProvider}s, in catalogue
 * order (spec 02): the standard catalogue's indicators as listed, then the plugins' indicators by
 * id, then the indicators of indicator files (spec 05) in file order, files in the order they were
 * added ({@link org.hor.indicators.files.IndicatorFiles#provider}). Immutable.
 *
 * <p>The host validates what it loads: a provider that cannot be instantiated or whose methods
 * throw, a provider id that is not lowercase dot-separated segments or is taken, an indicator whose
 * definition cannot be built (an id breaking the grammar, a missing label or definition text), an
 * indicator id in a namespace of the standard catalogue ({@link #reservedNamespaces()}) and an
 * indicator id defined twice are {@linkplain #problems() reported as data}, logged, and skipped; the
 * rest loads. {@link #load()} and {@link Builder} are lenient in this way, {@link #of(List)} is
 * strict (for code that registers its own providers).
 *
 * <p>Indicators defined in a file (spec 05) come last, in the order of the file, files in the order
 * given: {@link #withFile} adds a file's provider to a loaded catalogue.
 */
public final class Catalogue {
    private static final Logger LOG = LoggerFactory.getLogger(Catalogue.class);
    private static final Set<String> RESERVED;

    static {
        Set<String> reserved = new TreeSet<>();
        for (Indicator i : new StandardCatalogue().indicators()) {
            String id = i.definition().id();
            reserved.add(id.substring(0, id.indexOf('.')));
        }
        RESERVED = Collections.unmodifiableSet(reserved);
    }

    private final List<IndicatorProvider> providers;
    private final List<Indicator> indicators;
    private final List<IndicatorProvider> owners;
    private final Map<String, Integer> positions = new HashMap<>();
    private final List<PluginProblem> problems;
    private final List<ProviderInfo> infos;
    private final Map<IndicatorProvider, String[]> versionAndJar;

    Catalogue(
            List<IndicatorProvider> providers,
            List<Indicator> standard,
            List<Indicator> plugins,
            Map<Indicator, IndicatorProvider> ownerOf,
            Map<IndicatorProvider, String[]> versionAndJar,
            List<PluginProblem> problems) {
        this(providers, standard, plugins, List.of(), ownerOf, versionAndJar, problems);
    }

    /** {@code versionAndJar} holds version, jar and, for a file's provider, the file's SHA-256. */
    Catalogue(
            List<IndicatorProvider> providers,
            List<Indicator> standard,
            List<Indicator> plugins,
            List<Indicator> files,
            Map<Indicator, IndicatorProvider> ownerOf,
            Map<IndicatorProvider, String[]> versionAndJar,
            List<PluginProblem> problems) {
        this.providers = List.copyOf(providers);
        this.versionAndJar = versionAndJar;
        List<Indicator> all = new ArrayList<>(standard);
        List<Indicator> sortedPlugins = new ArrayList<>(plugins);
        sortedPlugins.sort(Comparator.comparing(i -> i.definition().id()));
        all.addAll(sortedPlugins);
        // spec 05: indicator files after the plugins, in file order, files in the order given
        all.addAll(files);
        this.indicators = List.copyOf(all);
        List<IndicatorProvider> own = new ArrayList<>();
        for (int k = 0; k < all.size(); k++) {
            own.add(ownerOf.get(all.get(k)));
            positions.put(all.get(k).definition().id(), k);
        }
        this.owners = List.copyOf(own);
        this.problems = List.copyOf(problems);
        List<ProviderInfo> list = new ArrayList<>();
        for (IndicatorProvider p : this.providers) {
            List<String> ids = new ArrayList<>();
            for (int k = 0; k < all.size(); k++) {
                if (owners.get(k) == p) {
                    ids.add(all.get(k).definition().id());
                }
            }
            String[] vj = versionAndJar.get(p);
            list.add(new ProviderInfo(
                    p.id(),
                    vj[0],
                    p.getClass().getName(),
                    vj[1],
                    ids,
                    vj.length > 2
                            ? vj[2]
                            : p instanceof FileProvider f ? f.file().sha256() : ""));
        }
        this.infos = List.copyOf(list);
    }

    /** {@return the catalogue of the standard indicators only} */
    public static Catalogue standard() {
        return builder().standard().build();
    }

    /**
     * {@return the catalogue of exactly {@code providers} (add a {@link StandardCatalogue} for the
     * standard indicators), rejecting any problem}
     *
     * @param providers the providers
     * @throws NullPointerException     if the list or a provider is null
     * @throws IllegalArgumentException if loading them finds a {@linkplain #problems() problem}, such
     *                                  as two providers or two indicators with one id (the message names
     *                                  both providers) or an indicator in a reserved namespace
     */
    public static Catalogue of(List<? extends IndicatorProvider> providers) {
        Builder b = builder();
        for (IndicatorProvider p : providers) {
            b.add(p);
        }
        Catalogue c = b.build();
        if (!c.problems.isEmpty()) {
            throw new IllegalArgumentException(String.join(
                    "; ", c.problems.stream().map(PluginProblem::message).toList()));
        }
        return c;
    }

    /**
     * {@return the catalogue of every {@link IndicatorProvider} the service loader finds on the module
     * or class path of this library (the standard catalogue among them; added explicitly, with a
     * warning, when it is not found)} Problems are skipped, logged and kept in {@link #problems()}.
     */
    public static Catalogue load() {
        return load(Catalogue.class.getClassLoader());
    }

    /**
     * {@return the catalogue of the standard indicators and every {@link IndicatorProvider} the service
     * loader finds through {@code loader}, such as a {@link java.net.URLClassLoader} over plugin jars
     * (see {@link #load()})}
     *
     * @param loader the class loader to search
     * @throws NullPointerException if {@code loader} is null
     */
    public static Catalogue load(ClassLoader loader) {
        Objects.requireNonNull(loader, "loader");
        Builder b = builder().discover(loader);
        if (b.candidates.stream().noneMatch(c -> c.provider().getClass() == StandardCatalogue.class)) {
            LOG.warn("the standard catalogue was not found by the service loader; adding it explicitly");
            b.standard();
        }
        return b.build();
    }

    /**
     * {@return the catalogue of the standard indicators, the providers on the class or module path of
     * this library, and those in {@code pluginPath}: jars or folders of classes, each naming its
     * providers in {@code META-INF/services/org.hor.core.spi.IndicatorProvider} (see {@link #load()})}
     * A path that does not exist, cannot be read, is neither a jar (zip) nor a folder, or names no
     * provider is a {@link PluginProblem.Kind#UNUSABLE_PLUGIN_PATH} problem, and nothing is loaded from
     * it. The class loader over the paths stays open as long as the catalogue's providers are used.
     *
     * @param pluginPath jars and folders of plugins
     * @throws NullPointerException if the list or a path is null
     */
    public static Catalogue load(List<Path> pluginPath) {
        PluginPath.Checked checked = PluginPath.check(List.copyOf(pluginPath));
        // not closed: the providers' classes are used as long as the catalogue is
        java.net.URLClassLoader loader =
                new java.net.URLClassLoader(checked.urls().toArray(URL[]::new), Catalogue.class.getClassLoader());
        Builder b = builder();
        b.problems.addAll(checked.problems());
        b.discover(loader);
        if (b.candidates.stream().noneMatch(c -> c.provider().getClass() == StandardCatalogue.class)) {
            LOG.warn("the standard catalogue was not found by the service loader; adding it explicitly");
            b.standard();
        }
        return b.build();
    }

    /**
     * Returns this catalogue with the indicators of a file's provider (spec 05) after all others, in
     * the provider's order. The file's ids must be new: check them first with
     * {@code IndicatorFiles.checkIds}, which locates a clash in the file.
     *
     * @param provider the provider of the file's indicators
     * @param file the file as given (the origin shown by {@code hor catalogue})
     * @param sha256 the SHA-256 of the file's bytes, lowercase hex
     * @return the new catalogue
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if an indicator of the provider has no valid definition or an
     *         id the catalogue already has
     */
    public Catalogue withFile(IndicatorProvider provider, String file, String sha256) {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(sha256, "sha256");
        List<Indicator> standard = new ArrayList<>();
        List<Indicator> plugins = new ArrayList<>();
        List<Indicator> files = new ArrayList<>();
        Map<Indicator, IndicatorProvider> ownerOf = new IdentityHashMap<>();
        for (int k = 0; k < indicators.size(); k++) {
            Indicator i = indicators.get(k);
            IndicatorProvider p = owners.get(k);
            ownerOf.put(i, p);
            if (isStandard(p)) {
                standard.add(i);
            } else if (isFile(p) || versionAndJar.get(p).length > 2) {
                files.add(i);
            } else {
                plugins.add(i);
            }
        }
        java.util.Set<String> ids = new java.util.HashSet<>(positions.keySet());
        for (Indicator i : provider.indicators()) {
            IndicatorDefinition def = i.definition();
            IndicatorDefinition.checkId(def.id());
            CatalogueLoading.checkText(def.label(), "label");
            CatalogueLoading.checkText(def.definition(), "definition");
            if (!ids.add(def.id())) {
                throw new IllegalArgumentException(
                        "indicator id '" + def.id() + "' of " + file + " is already in the catalogue");
            }
            files.add(i);
            ownerOf.put(i, provider);
        }
        List<IndicatorProvider> all = new ArrayList<>(providers);
        all.add(provider);
        Map<IndicatorProvider, String[]> vj = new IdentityHashMap<>(versionAndJar);
        vj.put(provider, new String[] {provider.version(), file, sha256});
        return new Catalogue(all, standard, plugins, files, ownerOf, vj, problems);
    }

    /** {@return a builder for a catalogue assembled from explicit and discovered providers} */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * {@return the first segments of the standard catalogue's indicator ids ({@code reach},
     * {@code deliveries}, …): only the standard catalogue defines indicators whose ids start with one
     * of them} Sorted, unmodifiable.
     */
    public static Set<String> reservedNamespaces() {
        return RESERVED;
    }

    /** {@return the providers: the standard catalogue first, then the plugins by id, then the files' providers in the order added} */
    public List<IndicatorProvider> providers() {
        return providers;
    }

    /** {@return what was loaded from each provider, in the order of {@link #providers()}} */
    public List<ProviderInfo> providerInfos() {
        return infos;
    }

    /** {@return the problems found while loading, in the order they were found (empty when none)} */
    public List<PluginProblem> problems() {
        return problems;
    }

    /** {@return the indicator definitions in catalogue order} */
    public List<IndicatorDefinition> definitions() {
        List<IndicatorDefinition> defs = new ArrayList<>(indicators.size());
        for (Indicator i : indicators) {
            defs.add(i.definition());
        }
        return List.copyOf(defs);
    }

    /**
     * {@return the definition of indicator {@code id}, if the catalogue has it}
     *
     * @param id the indicator id
     */
    public Optional<IndicatorDefinition> definition(String id) {
        Integer k = positions.get(id);
        return k == null ? Optional.empty() : Optional.of(indicators.get(k).definition());
    }

    /**
     * {@return the catalogue as validation sees it, for
     * {@link org.hor.core.io.DatasetReader.Builder#knownIndicators}: every indicator id (plugins' too)
     * with its period types, in catalogue order, so that targets may name plugin indicators}
     */
    public KnownIndicators knownIndicators() {
        Map<String, Set<PeriodType>> m = new LinkedHashMap<>();
        for (Indicator i : indicators) {
            m.put(i.definition().id(), i.definition().periodTypes());
        }
        return KnownIndicators.of(m);
    }

    List<Indicator> indicators() {
        return indicators;
    }

    IndicatorProvider owner(int position) {
        return owners.get(position);
    }

    int position(String id) {
        Integer k = positions.get(id);
        if (k == null) {
            throw new IllegalArgumentException("unknown indicator: " + id);
        }
        return k;
    }

    static boolean isStandard(IndicatorProvider p) {
        return p.getClass() == StandardCatalogue.class;
    }

    /** Returns whether {@code p} is the provider of an indicator file (spec 05). */
    static boolean isFile(IndicatorProvider p) {
        return p instanceof FileProvider;
    }

    /**
     * Returns whether the host computes {@code p}'s indicators inline, without a plugin's guard: the
     * standard catalogue and indicator files, which are the host's own code.
     */
    static boolean isInline(IndicatorProvider p) {
        return isStandard(p) || isFile(p);
    }

    /** Returns the sort rank of a provider: the standard catalogue, then plugins, then indicator files. */
    static int rank(IndicatorProvider p) {
        return isStandard(p) ? 0 : isFile(p) ? 2 : 1;
    }

    /**
     * Returns where {@code type} was loaded from: its module's location, else its code source (a jar
     * or a directory of classes), else the empty string.
     */
    static String location(Class<?> type) {
        try {
            Module m = type.getModule();
            if (m.isNamed() && m.getLayer() != null) {
                Optional<String> loc = m.getLayer()
                        .configuration()
                        .findModule(m.getName())
                        .map(ResolvedModule::reference)
                        .flatMap(r -> r.location())
                        .map(Catalogue::path);
                if (loc.isPresent()) {
                    return loc.get();
                }
            }
            CodeSource cs = type.getProtectionDomain().getCodeSource();
            URL url = cs == null ? null : cs.getLocation();
            return url == null ? "" : path(url.toURI());
        } catch (Exception | LinkageError e) {
            return "";
        }
    }

    private static String path(java.net.URI uri) {
        try {
            return Path.of(uri).toString();
        } catch (RuntimeException e) {
            return uri.toString();
        }
    }

    /**
     * Assembles a catalogue from explicit providers ({@link #add}, {@link #standard}) and providers
     * the service loader finds ({@link #discover(ClassLoader)}, {@link #discover(ModuleLayer)}).
     * {@link #build()} validates them all and keeps what passes; nothing is thrown for a broken
     * plugin. Not thread-safe.
     */
    public static final class Builder {
        private final List<CatalogueLoading.Candidate> candidates = new ArrayList<>();
        private final List<PluginProblem> problems = new ArrayList<>();

        private Builder() {}

        /**
         * Adds the standard catalogue.
         *
         * @return this builder
         */
        public Builder standard() {
            return add(new StandardCatalogue());
        }

        /**
         * Adds a provider.
         *
         * @param provider the provider
         * @return this builder
         * @throws NullPointerException if {@code provider} is null
         */
        public Builder add(IndicatorProvider provider) {
            Objects.requireNonNull(provider, "provider");
            candidates.add(new CatalogueLoading.Candidate(
                    provider, provider instanceof FileProvider f ? f.file().name() : location(provider.getClass())));
            return this;
        }

        /**
         * Adds the providers the service loader finds through {@code loader} (named modules defined to
         * it and its ancestors, then {@code META-INF/services} entries), except those of a class
         * already added. A provider that cannot be found or instantiated is reported and skipped.
         *
         * @param loader the class loader to search
         * @return this builder
         * @throws NullPointerException if {@code loader} is null
         */
        public Builder discover(ClassLoader loader) {
            PluginPath.Recording recording = new PluginPath.Recording(Objects.requireNonNull(loader, "loader"));
            return discover(ServiceLoader.load(IndicatorProvider.class, recording), recording);
        }

        /**
         * Adds the providers the service loader finds in the modules of {@code layer} and its parents
         * (see {@link #discover(ClassLoader)}).
         *
         * @param layer the module layer
         * @return this builder
         * @throws NullPointerException if {@code layer} is null
         */
        public Builder discover(ModuleLayer layer) {
            return discover(ServiceLoader.load(Objects.requireNonNull(layer, "layer"), IndicatorProvider.class), null);
        }

        private Builder discover(ServiceLoader<IndicatorProvider> loader, PluginPath.Recording recording) {
            CatalogueLoading.discover(loader, recording, candidates, problems);
            return this;
        }

        /**
         * Validates the providers and returns the catalogue of what passes; see {@link Catalogue}.
         *
         * @return the catalogue
         */
        public Catalogue build() {
            return CatalogueLoading.validate(candidates, problems);
        }
    }
}
