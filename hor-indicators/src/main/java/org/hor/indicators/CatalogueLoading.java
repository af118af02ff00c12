package org.hor.indicators;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.regex.Pattern;
import org.hor.core.spi.Indicator;
import org.hor.core.spi.IndicatorDefinition;
import org.hor.core.spi.IndicatorProvider;
import org.hor.core.spi.LocalizedText;
import org.hor.indicators.PluginProblem.Kind;
import org.hor.indicators.standard.StandardCatalogue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How a {@link Catalogue.Builder} finds and checks providers: discovery through the service loader
 * (a provider that cannot be found or instantiated becomes a {@link PluginProblem}) and validation
 * (provider ids, reserved namespaces, duplicate providers and indicators, definitions), so that
 * {@link Catalogue} itself only holds what passed. Logs under {@link Catalogue}'s logger.
 */
final class CatalogueLoading {
    private static final Logger LOG = LoggerFactory.getLogger(Catalogue.class);
    private static final Pattern PROVIDER_ID = Pattern.compile("[a-z0-9-]+(\\.[a-z0-9-]+)*");

    private CatalogueLoading() {}

    /**
     * Adds what {@code loader} finds. A class that cannot be defined (a {@link LinkageError} such as
     * {@link UnsupportedClassVersionError} or {@link ClassFormatError}, which the service loader
     * does not wrap) and any other throwable but {@link OutOfMemoryError} skips that provider only;
     * {@code recording}, when known, names its class and jar.
     */
    static void discover(
            ServiceLoader<IndicatorProvider> loader,
            PluginPath.Recording recording,
            List<Candidate> candidates,
            List<PluginProblem> problems) {
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
                add(
                        problems,
                        Kind.BROKEN_PROVIDER,
                        "",
                        "",
                        "",
                        "an indicator provider could not be found: " + e.getMessage());
                continue;
            } catch (OutOfMemoryError e) {
                throw e;
            } catch (Throwable e) {
                failures++;
                String cls = recording == null ? "" : recording.last();
                String jar = recording == null ? "" : recording.jarOf(cls);
                add(
                        problems,
                        Kind.BROKEN_PROVIDER,
                        "",
                        cls,
                        jar,
                        "indicator provider " + (cls.isEmpty() ? "" : cls + " ")
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
                add(
                        problems,
                        Kind.BROKEN_PROVIDER,
                        "",
                        "",
                        "",
                        "an indicator provider could not be loaded: " + describe(e));
                continue;
            }
            if (candidates.stream().anyMatch(c -> c.provider.getClass() == type)) {
                LOG.debug("indicator provider {} is already in the catalogue", type.getName());
                continue;
            }
            String jar = Catalogue.location(type);
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
                add(
                        problems,
                        Kind.BROKEN_PROVIDER,
                        "",
                        type.getName(),
                        jar,
                        "indicator provider " + type.getName() + " (" + jar + ") could not be instantiated: "
                                + describe(cause));
            }
        }
    }

    /** Validates the providers and returns the catalogue of what passes; see {@link Catalogue}. */
    static Catalogue validate(List<Candidate> candidates, List<PluginProblem> problems) {
        List<PluginProblem> found = new ArrayList<>(problems);
        record Named(Candidate candidate, String id, int index) {}
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
                add(
                        found,
                        Kind.BROKEN_PROVIDER,
                        "",
                        cls,
                        c.jar,
                        "indicator provider " + cls + " (" + c.jar + "): id() failed: " + describe(e));
                continue;
            }
            if (id == null
                    || id.length() > IndicatorDefinition.MAX_ID_LENGTH
                    || !PROVIDER_ID.matcher(id).matches()) {
                add(
                        found,
                        Kind.INVALID_PROVIDER_ID,
                        id == null ? "" : id,
                        cls,
                        c.jar,
                        "indicator provider " + cls
                                + " (" + c.jar + ") has the id '" + id
                                + "', which is not lowercase dot-separated segments "
                                + "[a-z0-9-]+ of at most 64 characters");
                continue;
            }
            named.add(new Named(c, id, n));
        }
        // indicator files keep the order they were added in
        named.sort(Comparator.comparingInt((Named x) -> Catalogue.rank(x.candidate.provider))
                .thenComparing(x -> Catalogue.isFile(x.candidate.provider) ? "" : x.id())
                .thenComparing(x -> x.candidate.provider.getClass().getName())
                .thenComparingInt(Named::index));

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
            if (id.equals(StandardCatalogue.ID) && !Catalogue.isStandard(p)) {
                add(
                        found,
                        Kind.RESERVED_NAMESPACE,
                        id,
                        cls,
                        c.jar,
                        "indicator provider " + cls + " (" + c.jar + ") uses the id '" + StandardCatalogue.ID
                                + "', which belongs to the standard catalogue");
                continue;
            }
            Candidate other = byId.get(id);
            if (other != null) {
                add(
                        found,
                        Kind.DUPLICATE_PROVIDER,
                        id,
                        cls,
                        c.jar,
                        "two indicator providers have the id '" + id
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
                add(
                        found,
                        definitionFailure(e) ? Kind.INVALID_DEFINITION : Kind.BROKEN_PROVIDER,
                        id,
                        cls,
                        c.jar,
                        "indicator provider " + who + " could not list its indicators: " + describe(e) + hint(e)
                                + "; the provider is skipped");
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
                    def = Objects.requireNonNull(
                            Objects.requireNonNull(i, "the indicator is null").definition(),
                            "definition() returned null");
                    IndicatorDefinition.checkId(def.id());
                    checkText(def.label(), "label");
                    checkText(def.definition(), "definition");
                } catch (OutOfMemoryError e) {
                    throw e;
                } catch (Throwable e) {
                    add(
                            found,
                            Kind.INVALID_DEFINITION,
                            id,
                            cls,
                            c.jar,
                            "indicator #" + (k + 1) + " of provider " + who + " has no valid definition: " + describe(e)
                                    + hint(e) + "; it is skipped");
                    continue;
                }
                String iid = def.id();
                String ns = iid.substring(0, iid.indexOf('.'));
                // spec 05 forbids a file only the ids already loaded, not a namespace
                if (!Catalogue.isInline(p) && Catalogue.reservedNamespaces().contains(ns)) {
                    add(
                            found,
                            Kind.RESERVED_NAMESPACE,
                            id,
                            cls,
                            c.jar,
                            "indicator '" + iid + "' of provider " + who
                                    + " is in the namespace '" + ns + "', which belongs to the standard catalogue ('"
                                    + StandardCatalogue.ID + "'; reserved: "
                                    + String.join(", ", Catalogue.reservedNamespaces())
                                    + "); choose an id of your own, such as '" + id + "." + iid + "'; it is skipped");
                    continue;
                }
                Candidate first = indicatorOwner.putIfAbsent(iid, c);
                if (first != null) {
                    add(
                            found,
                            Kind.DUPLICATE_INDICATOR,
                            id,
                            cls,
                            c.jar,
                            "indicator id '" + iid
                                    + "' is defined twice: by provider '" + first.provider.id() + "' ("
                                    + first.provider.getClass().getName() + ", " + first.jar + ") and by provider "
                                    + who
                                    + "; the second is skipped");
                    continue;
                }
                ownerOf.put(i, p);
                (Catalogue.isStandard(p) ? std : Catalogue.isFile(p) ? files : plugins).add(i);
                kept++;
            }
            if (!Catalogue.isStandard(p)) {
                LOG.debug(
                        "loaded indicator provider {} {} from {} ({} of {} indicators)",
                        id,
                        version,
                        c.jar,
                        kept,
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

    private static void add(List<PluginProblem> to, Kind kind, String id, String cls, String jar, String message) {
        to.add(new PluginProblem(kind, id, cls, jar, message));
    }

    /** A provider to validate, with the jar (or folder) it came from. */
    record Candidate(IndicatorProvider provider, String jar) {}

    static void checkText(LocalizedText text, String what) {
        Objects.requireNonNull(text, what);
        if (text.de() == null
                || text.de().isBlank()
                || text.en() == null
                || text.en().isBlank()) {
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
