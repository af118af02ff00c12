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
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.hor.core.model.PeriodType;
import org.hor.core.spi.Indicator;
import org.hor.core.spi.IndicatorDefinition;
import org.hor.core.spi.IndicatorProvider;
import org.hor.core.spi.LocalizedText;
import org.hor.core.validation.KnownIndicators;
import org.hor.indicators.PluginProblem.Kind;
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
 */
public final class Catalogue {
    private static final Logger LOG = LoggerFactory.getLogger(Catalogue.class);
    private static final Pattern PROVIDER_ID = Pattern.compile("[a-z0-9-]+(\\.[a-z0-9-]+)*");
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

    private Catalogue(List<IndicatorProvider> providers, List<Indicator> standard, List<Indicator> plugins,
            List<Indicator> files, Map<Indicator, IndicatorProvider> ownerOf,
            Map<IndicatorProvider, String[]> versionAndJar, List<PluginProblem> problems) {
        this.providers = List.copyOf(providers);
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
            list.add(new ProviderInfo(p.id(), vj[0], p.getClass().getName(), vj[1], ids));
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
            throw new IllegalArgumentException(String.join("; ", c.problems.stream().map(PluginProblem::message).toList()));
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
     * @throws NullPointerException if {@code loader} is null
     */
    public static Catalogue load(ClassLoader loader) {
        Objects.requireNonNull(loader, "loader");
        Builder b = builder().discover(loader);
        if (b.candidates.stream().noneMatch(c -> c.provider.getClass() == StandardCatalogue.class)) {
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
     * @throws NullPointerException if the list or a path is null
     */
    public static Catalogue load(List<Path> pluginPath) {
        PluginPath.Checked checked = PluginPath.check(List.copyOf(pluginPath));
        // not closed: the providers' classes are used as long as the catalogue is
        java.net.URLClassLoader loader = new java.net.URLClassLoader(checked.urls().toArray(URL[]::new),
                Catalogue.class.getClassLoader());
        Builder b = builder();
        b.problems.addAll(checked.problems());
        b.discover(loader);
        if (b.candidates.stream().noneMatch(c -> c.provider.getClass() == StandardCatalogue.class)) {
            LOG.warn("the standard catalogue was not found by the service loader; adding it explicitly");
            b.standard();
        }
        return b.build();
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

    /** {@return the providers: the standard catalogue first, then the plugins by id, then indicator files as added} */
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

    /** {@return the definition of indicator {@code id}, if the catalogue has it} */
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
    private static int rank(IndicatorProvider p) {
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
                Optional<String> loc = m.getLayer().configuration().findModule(m.getName())
                        .map(ResolvedModule::reference).flatMap(r -> r.location()).map(Catalogue::path);
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
        private final List<Candidate> candidates = new ArrayList<>();
        private final List<PluginProblem> problems = new ArrayList<>();

        private Builder() {
        }

        /** Adds the standard catalogue. */
        public Builder standard() {
            return add(new StandardCatalogue());
        }

        /**
         * Adds a provider.
         *
         * @throws NullPointerException if {@code provider} is null
         */
        public Builder add(IndicatorProvider provider) {
            Objects.requireNonNull(provider, "provider");
            candidates.add(new Candidate(provider, provider instanceof FileProvider f ? f.file().name()
                    : location(provider.getClass())));
            return this;
        }

        /**
         * Adds the providers the service loader finds through {@code loader} (named modules defined to
         * it and its ancestors, then {@code META-INF/services} entries), except those of a class
         * already added. A provider that cannot be found or instantiated is reported and skipped.
         *
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
         * @throws NullPointerException if {@code layer} is null
         */
        public Builder discover(ModuleLayer layer) {
            return discover(ServiceLoader.load(Objects.requireNonNull(layer, "layer"), IndicatorProvider.class), null);
        }

        /**
         * Adds what {@code loader} finds. A class that cannot be defined (a {@link LinkageError} such as
         * {@link UnsupportedClassVersionError} or {@link ClassFormatError}, which the service loader
         * does not wrap) and any other throwable but {@link OutOfMemoryError} skips that provider only;
         * {@code recording}, when known, names its class and jar.
         */
        private Builder discover(ServiceLoader<IndicatorProvider> loader, PluginPath.Recording recording) {
            Iterator<ServiceLoader.Provider<IndicatorProvider>> it = loader.stream().iterator();
            int failures = 0;
            while (failures < 1000) {
                ServiceLoader.Provider<IndicatorProvider> provider;
                try {
                    if (!it.hasNext()) {
                        break;
                    }
                    provider = it.next();
                } catch (ServiceConfigurationError e) {
                    failures++;
                    problem(Kind.BROKEN_PROVIDER, "", "", "", "an indicator provider could not be found: " + e.getMessage());
                    continue;
                } catch (OutOfMemoryError e) {
                    throw e;
                } catch (Throwable e) {
                    failures++;
                    String cls = recording == null ? "" : recording.last();
                    String jar = recording == null ? "" : recording.jarOf(cls);
                    problem(Kind.BROKEN_PROVIDER, "", cls, jar, "indicator provider " + (cls.isEmpty() ? "" : cls + " ")
                            + "(" + (jar.isEmpty() ? "unknown jar" : jar) + ") could not be loaded: " + describe(e)
                            + "; it is skipped");
                    continue;
                }
                Class<? extends IndicatorProvider> type;
                try {
                    type = provider.type();
                } catch (OutOfMemoryError e) {
                    throw e;
                } catch (Throwable e) {
                    failures++;
                    problem(Kind.BROKEN_PROVIDER, "", "", "", "an indicator provider could not be loaded: " + describe(e));
                    continue;
                }
                if (candidates.stream().anyMatch(c -> c.provider.getClass() == type)) {
                    LOG.debug("indicator provider {} is already in the catalogue", type.getName());
                    continue;
                }
                String jar = location(type);
                try {
                    candidates.add(new Candidate(provider.get(), jar));
                } catch (OutOfMemoryError e) {
                    throw e;
                } catch (Throwable e) {
                    failures++;
                    Throwable cause = e.getCause() == null ? e : e.getCause();
                    if (cause instanceof OutOfMemoryError oom) {
                        throw oom;
                    }
                    problem(Kind.BROKEN_PROVIDER, "", type.getName(), jar, "indicator provider " + type.getName()
                            + " (" + jar + ") could not be instantiated: " + describe(cause));
                }
            }
            return this;
        }

        /** Validates the providers and returns the catalogue of what passes; see {@link Catalogue}. */
        public Catalogue build() {
            List<PluginProblem> found = new ArrayList<>(problems);
            record Named(Candidate candidate, String id, int index) {
            }
            List<Named> named = new ArrayList<>();
            for (int n = 0; n < candidates.size(); n++) {
                Candidate c = candidates.get(n);
                String cls = c.provider.getClass().getName();
                String id;
                try {
                    id = c.provider.id();
                } catch (OutOfMemoryError e) {
                    throw e;
                } catch (Throwable e) {
                    add(found, Kind.BROKEN_PROVIDER, "", cls, c.jar,
                            "indicator provider " + cls + " (" + c.jar + "): id() failed: " + describe(e));
                    continue;
                }
                if (id == null || id.length() > IndicatorDefinition.MAX_ID_LENGTH || !PROVIDER_ID.matcher(id).matches()) {
                    add(found, Kind.INVALID_PROVIDER_ID, id == null ? "" : id, cls, c.jar, "indicator provider " + cls
                            + " (" + c.jar + ") has the id '" + id + "', which is not lowercase dot-separated segments "
                            + "[a-z0-9-]+ of at most 64 characters");
                    continue;
                }
                named.add(new Named(c, id, n));
            }
            // indicator files keep the order they were added in
            named.sort(Comparator.comparingInt((Named x) -> rank(x.candidate.provider))
                    .thenComparing(x -> isFile(x.candidate.provider) ? "" : x.id())
                    .thenComparing(x -> x.candidate.provider.getClass().getName()).thenComparingInt(Named::index));

            List<IndicatorProvider> providers = new ArrayList<>();
            Map<String, Candidate> byId = new HashMap<>();
            List<Indicator> std = new ArrayList<>();
            List<Indicator> plugins = new ArrayList<>();
            List<Indicator> files = new ArrayList<>();
            Map<Indicator, IndicatorProvider> ownerOf = new IdentityHashMap<>();
            Map<IndicatorProvider, String[]> versionAndJar = new IdentityHashMap<>();
            Map<String, Candidate> indicatorOwner = new HashMap<>();
            for (Named x : named) {
                Candidate c = x.candidate;
                IndicatorProvider p = c.provider;
                String id = x.id;
                String cls = p.getClass().getName();
                String who = "'" + id + "' (" + cls + ", " + c.jar + ")";
                if (id.equals(StandardCatalogue.ID) && !isStandard(p)) {
                    add(found, Kind.RESERVED_NAMESPACE, id, cls, c.jar, "indicator provider " + cls + " (" + c.jar
                            + ") uses the id '" + StandardCatalogue.ID + "', which belongs to the standard catalogue");
                    continue;
                }
                Candidate other = byId.get(id);
                if (other != null) {
                    add(found, Kind.DUPLICATE_PROVIDER, id, cls, c.jar, "two indicator providers have the id '" + id
                            + "': " + other.provider.getClass().getName() + " (" + other.jar + ") and " + cls + " ("
                            + c.jar + "); the second is skipped");
                    continue;
                }
                String version;
                List<Indicator> list;
                try {
                    version = Objects.requireNonNull(p.version(), "version() returned null");
                    list = Objects.requireNonNull(p.indicators(), "indicators() returned null");
                } catch (OutOfMemoryError e) {
                    throw e;
                } catch (Throwable e) {
                    add(found, definitionFailure(e) ? Kind.INVALID_DEFINITION : Kind.BROKEN_PROVIDER, id, cls, c.jar,
                            "indicator provider " + who + " could not list its indicators: " + describe(e)
                                    + hint(e) + "; the provider is skipped");
                    continue;
                }
                byId.put(id, c);
                providers.add(p);
                versionAndJar.put(p, new String[] {version, c.jar});
                int kept = 0;
                for (int k = 0; k < list.size(); k++) {
                    Indicator i = list.get(k);
                    IndicatorDefinition def;
                    try {
                        def = Objects.requireNonNull(Objects.requireNonNull(i, "the indicator is null").definition(),
                                "definition() returned null");
                        IndicatorDefinition.checkId(def.id());
                        checkText(def.label(), "label");
                        checkText(def.definition(), "definition");
                    } catch (OutOfMemoryError e) {
                        throw e;
                    } catch (Throwable e) {
                        add(found, Kind.INVALID_DEFINITION, id, cls, c.jar, "indicator #" + (k + 1) + " of provider "
                                + who + " has no valid definition: " + describe(e) + hint(e) + "; it is skipped");
                        continue;
                    }
                    String iid = def.id();
                    String ns = iid.substring(0, iid.indexOf('.'));
                    // spec 05 forbids a file only the ids already loaded, not a namespace
                    if (!isInline(p) && RESERVED.contains(ns)) {
                        add(found, Kind.RESERVED_NAMESPACE, id, cls, c.jar, "indicator '" + iid + "' of provider " + who
                                + " is in the namespace '" + ns + "', which belongs to the standard catalogue ('"
                                + StandardCatalogue.ID + "'; reserved: " + String.join(", ", RESERVED)
                                + "); choose an id of your own, such as '" + id + "." + iid + "'; it is skipped");
                        continue;
                    }
                    Candidate first = indicatorOwner.putIfAbsent(iid, c);
                    if (first != null) {
                        add(found, Kind.DUPLICATE_INDICATOR, id, cls, c.jar, "indicator id '" + iid
                                + "' is defined twice: by provider '" + first.provider.id() + "' ("
                                + first.provider.getClass().getName() + ", " + first.jar + ") and by provider " + who
                                + "; the second is skipped");
                        continue;
                    }
                    ownerOf.put(i, p);
                    (isStandard(p) ? std : isFile(p) ? files : plugins).add(i);
                    kept++;
                }
                if (!isStandard(p)) {
                    LOG.debug("loaded indicator provider {} {} from {} ({} of {} indicators)", id, version, c.jar, kept,
                            list.size());
                }
            }
            for (PluginProblem problem : found) {
                LOG.warn("skipped: {}", problem.message());
            }
            if (providers.stream().allMatch(Catalogue::isStandard)) {
                LOG.debug("no indicator plugins loaded; the catalogue has the standard indicators only");
            }
            return new Catalogue(providers, std, plugins, files, ownerOf, versionAndJar, found);
        }

        private void problem(Kind kind, String id, String cls, String jar, String message) {
            problems.add(new PluginProblem(kind, id, cls, jar, message));
        }

        private static void add(List<PluginProblem> to, Kind kind, String id, String cls, String jar, String message) {
            to.add(new PluginProblem(kind, id, cls, jar, message));
        }
    }

    private record Candidate(IndicatorProvider provider, String jar) {
    }

    private static void checkText(LocalizedText text, String what) {
        Objects.requireNonNull(text, what);
        if (text.de() == null || text.de().isBlank() || text.en() == null || text.en().isBlank()) {
            throw new IllegalArgumentException("the " + what + " needs a German and an English text");
        }
    }

    /** Returns whether {@code e} was thrown while building an {@link IndicatorDefinition} or its texts. */
    private static boolean definitionFailure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            for (StackTraceElement el : t.getStackTrace()) {
                String c = el.getClassName();
                if (c.startsWith(IndicatorDefinition.class.getName()) || c.equals(LocalizedText.class.getName())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String hint(Throwable e) {
        return definitionFailure(e)
                ? " (an indicator needs an id like 'acme.visits', a label and a definition in German and English, and a unit)"
                : "";
    }

    static String describe(Throwable e) {
        Throwable t = e instanceof ServiceConfigurationError && e.getCause() != null ? e.getCause() : e;
        if (t instanceof ExceptionInInitializerError && t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getName() : t.getClass().getSimpleName() + ": " + t.getMessage();
    }
}
