package org.hor.indicators;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import org.hor.core.spi.Indicator;
import org.hor.core.spi.IndicatorDefinition;
import org.hor.core.spi.IndicatorProvider;
import org.hor.indicators.standard.StandardCatalogue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The indicators an engine evaluates, from one or more {@link IndicatorProvider}s, in catalogue
 * order (spec 02): the standard catalogue's indicators as listed, then the plugins' indicators by
 * id. Immutable.
 */
public final class Catalogue {
    private static final Logger LOG = LoggerFactory.getLogger(Catalogue.class);

    private final List<IndicatorProvider> providers;
    private final List<Indicator> indicators;
    private final List<IndicatorProvider> owners;
    private final Map<String, Integer> positions = new HashMap<>();

    private Catalogue(List<? extends IndicatorProvider> given) {
        List<IndicatorProvider> sorted = new ArrayList<>();
        Map<String, IndicatorProvider> providerIds = new HashMap<>();
        for (IndicatorProvider p : given) {
            Objects.requireNonNull(p, "provider");
            String id = Objects.requireNonNull(p.id(), "provider id");
            IndicatorProvider other = providerIds.putIfAbsent(id, p);
            if (other != null) {
                throw new IllegalArgumentException("two indicator providers have the id '" + id + "': "
                        + other.getClass().getName() + " and " + p.getClass().getName());
            }
            sorted.add(p);
        }
        sorted.sort(Comparator.comparing((IndicatorProvider p) -> !StandardCatalogue.ID.equals(p.id()))
                .thenComparing(IndicatorProvider::id));
        this.providers = List.copyOf(sorted);

        List<Indicator> std = new ArrayList<>();
        List<Indicator> plugins = new ArrayList<>();
        Map<Indicator, IndicatorProvider> ownerOf = new java.util.IdentityHashMap<>();
        Map<String, IndicatorProvider> ids = new HashMap<>();
        for (IndicatorProvider p : providers) {
            for (Indicator i : Objects.requireNonNull(p.indicators(), "indicators of " + p.id())) {
                String id = Objects.requireNonNull(i.definition(), "definition of an indicator of " + p.id()).id();
                IndicatorProvider other = ids.putIfAbsent(id, p);
                if (other != null) {
                    throw new IllegalArgumentException("indicator id '" + id + "' is defined twice: by provider '"
                            + other.id() + "' (" + other.getClass().getName() + ") and by provider '" + p.id() + "' ("
                            + p.getClass().getName() + ")");
                }
                ownerOf.put(i, p);
                (StandardCatalogue.ID.equals(p.id()) ? std : plugins).add(i);
            }
        }
        plugins.sort(Comparator.comparing(i -> i.definition().id()));
        List<Indicator> all = new ArrayList<>(std);
        all.addAll(plugins);
        this.indicators = List.copyOf(all);
        List<IndicatorProvider> own = new ArrayList<>();
        for (int k = 0; k < all.size(); k++) {
            own.add(ownerOf.get(all.get(k)));
            positions.put(all.get(k).definition().id(), k);
        }
        this.owners = List.copyOf(own);
    }

    /** Returns the catalogue of the standard indicators only. */
    public static Catalogue standard() {
        return new Catalogue(List.of(new StandardCatalogue()));
    }

    /**
     * Returns the catalogue of exactly {@code providers} (add a {@link StandardCatalogue} for the
     * standard indicators).
     *
     * @throws IllegalArgumentException if two providers share an id or two indicators share an id
     *                                  (the message names both providers)
     */
    public static Catalogue of(List<? extends IndicatorProvider> providers) {
        return new Catalogue(providers);
    }

    /**
     * Returns the catalogue of every {@link IndicatorProvider} the service loader finds on the module
     * or class path (the standard catalogue among them). A provider that cannot be instantiated is
     * skipped and logged.
     *
     * @throws IllegalArgumentException if two providers share an id or two indicators share an id
     */
    public static Catalogue load() {
        List<IndicatorProvider> found = new ArrayList<>();
        ServiceLoader<IndicatorProvider> loader = ServiceLoader.load(IndicatorProvider.class, Catalogue.class.getClassLoader());
        var it = loader.stream().iterator();
        while (true) {
            ServiceLoader.Provider<IndicatorProvider> provider;
            try {
                if (!it.hasNext()) {
                    break;
                }
                provider = it.next();
            } catch (ServiceConfigurationError e) {
                LOG.warn("skipped an indicator provider that could not be found: {}", e.getMessage());
                continue;
            }
            try {
                IndicatorProvider p = provider.get();
                LOG.debug("loaded indicator provider {} {} ({})", p.id(), p.version(), provider.type().getName());
                found.add(p);
            } catch (ServiceConfigurationError e) {
                LOG.warn("skipped indicator provider {}: {}", provider.type().getName(), e.getMessage());
            }
        }
        if (found.stream().noneMatch(p -> StandardCatalogue.ID.equals(p.id()))) {
            LOG.warn("the standard catalogue was not found by the service loader; adding it explicitly");
            found.add(new StandardCatalogue());
        }
        return new Catalogue(found);
    }

    /** Returns the providers: the standard catalogue first, then the others by id. */
    public List<IndicatorProvider> providers() {
        return providers;
    }

    /** Returns the indicator definitions in catalogue order. */
    public List<IndicatorDefinition> definitions() {
        List<IndicatorDefinition> defs = new ArrayList<>(indicators.size());
        for (Indicator i : indicators) {
            defs.add(i.definition());
        }
        return List.copyOf(defs);
    }

    /** Returns the definition of indicator {@code id}, if the catalogue has it. */
    public Optional<IndicatorDefinition> definition(String id) {
        Integer k = positions.get(id);
        return k == null ? Optional.empty() : Optional.of(indicators.get(k).definition());
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
}
