package org.hor.core.sample;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.hor.core.model.Cooperation;
import org.hor.core.model.Dataset;
import org.hor.core.model.Delivery;
import org.hor.core.model.Exchange;
import org.hor.core.model.Offer;
import org.hor.core.model.OfferType;
import org.hor.core.model.PartnerType;
import org.hor.core.model.Period;
import org.hor.core.model.Site;

/**
 * Raw facts computed directly from a dataset's records, written from the definitions of spec 02 and
 * the rules of spec 03 §2, independent of the generator (and of the indicator engine, which does
 * not exist yet). Slow but obvious.
 */
final class Facts {

    private final Dataset dataset;
    private final Map<String, Offer> offers = new HashMap<>();
    private final Map<String, Site> sites = new HashMap<>();
    /** Site id → organisation id → its earliest delivery at the site. */
    private final Map<String, Map<String, LocalDate>> firstDelivery = new HashMap<>();

    Facts(Dataset dataset) {
        this.dataset = dataset;
        dataset.offers().forEach(o -> offers.put(o.id(), o));
        dataset.sites().forEach(s -> sites.put(s.id(), s));
        for (Delivery d : dataset.deliveries()) {
            firstDelivery
                    .computeIfAbsent(siteOf(d), k -> new HashMap<>())
                    .merge(d.organisationId(), d.date(), (a, b) -> a.isBefore(b) ? a : b);
        }
    }

    String siteOf(Delivery d) {
        return offers.get(d.offerId()).siteId();
    }

    OfferType typeOf(Delivery d) {
        return offers.get(d.offerId()).type();
    }

    /** The sites of Y: active on the last day of Y, by id. */
    List<String> sitesOfYear(int year) {
        LocalDate last = LocalDate.of(year, 12, 31);
        return dataset.sites().stream()
                .filter(s -> s.isActiveOn(last, dataset.asOf()))
                .map(Site::id)
                .sorted()
                .toList();
    }

    /** Orgs(S,p) for one site. */
    Set<String> organisations(String siteId, Period p) {
        Set<String> result = new TreeSet<>();
        for (Delivery d : dataset.deliveries()) {
            if (siteOf(d).equals(siteId) && p.contains(d.date())) {
                result.add(d.organisationId());
            }
        }
        return result;
    }

    /** reach.organisations.new for one site. */
    long newOrganisations(String siteId, Period p) {
        Map<String, LocalDate> first = firstDelivery.getOrDefault(siteId, Map.of());
        return organisations(siteId, p).stream()
                .filter(o -> p.contains(first.get(o)))
                .count();
    }

    /** retention.share × 100 as a fraction numerator/denominator; null when the denominator is 0. */
    BigDecimal retentionPercent(String siteId, int year) {
        Set<String> before = organisations(siteId, Period.year(year - 1));
        if (before.isEmpty()) {
            return null;
        }
        Set<String> now = organisations(siteId, Period.year(year));
        long kept = before.stream().filter(now::contains).count();
        return BigDecimal.valueOf(100 * kept)
                .divide(BigDecimal.valueOf(before.size()), 6, java.math.RoundingMode.HALF_EVEN);
    }

    long deliveries(String siteId, Period p) {
        return dataset.deliveries().stream()
                .filter(d -> siteOf(d).equals(siteId) && p.contains(d.date()))
                .count();
    }

    long grants(String siteId, Period p) {
        return dataset.deliveries().stream()
                .filter(d -> siteOf(d).equals(siteId) && p.contains(d.date()) && typeOf(d) == OfferType.MICRO_GRANT)
                .count();
    }

    BigDecimal consultingHours(String siteId, Period p) {
        return dataset.deliveries().stream()
                .filter(d -> siteOf(d).equals(siteId) && p.contains(d.date()) && typeOf(d) == OfferType.CONSULTING)
                .map(d -> d.hours() == null ? BigDecimal.ZERO : d.hours())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Grant money per organisation at a site in a period, by organisation id. */
    Map<String, BigDecimal> grantMoney(String siteId, Period p) {
        Map<String, BigDecimal> result = new TreeMap<>();
        for (Delivery d : dataset.deliveries()) {
            if (siteOf(d).equals(siteId) && p.contains(d.date()) && typeOf(d) == OfferType.MICRO_GRANT) {
                result.merge(d.organisationId(), d.amount(), BigDecimal::add);
            }
        }
        return result;
    }

    /** Whether GRANT_CONCENTRATION fires: ≥ 4 grants and the top recipient's share &gt; 40 %. */
    boolean grantConcentration(String siteId, int year) {
        Period p = Period.year(year);
        if (grants(siteId, p) < 4) {
            return false;
        }
        Map<String, BigDecimal> money = grantMoney(siteId, p);
        BigDecimal total = money.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal top = money.values().stream().max(BigDecimal::compareTo).orElseThrow();
        // top / total > 40 %  ⇔  100 × top > 40 × total (exact)
        return top.multiply(BigDecimal.valueOf(100)).compareTo(total.multiply(BigDecimal.valueOf(40))) > 0;
    }

    /** cooperations.active on a day for one site and partner type (null: every type). */
    long activeCooperations(String siteId, PartnerType type, LocalDate day) {
        Site site = sites.get(siteId);
        long n = 0;
        for (Cooperation c : dataset.cooperations()) {
            if (!c.siteId().equals(siteId)
                    || (type != null && c.partnerType() != type)
                    || c.start().isAfter(day)) {
                continue;
            }
            LocalDate end = c.end();
            if (site.end() != null && (end == null || site.end().isBefore(end))) {
                end = site.end();
            }
            if (end == null || !end.isBefore(day)) {
                n++;
            }
        }
        return n;
    }

    /** Whether NO_LOCAL_AUTHORITY_PARTNER fires at a site in a year. */
    boolean noLocalAuthority(String siteId, int year) {
        LocalDate ref = Period.year(year).referenceDay(dataset.asOf());
        return activeCooperations(siteId, PartnerType.LOCAL_AUTHORITY, ref) == 0;
    }

    /** exchange.participations of a site in a year. */
    long exchanges(String siteId, int year) {
        return dataset.exchanges().stream()
                .filter(x -> x.date().getYear() == year && x.siteIds().contains(siteId))
                .count();
    }

    /** Whether the programme had an exchange dated in a year. */
    boolean anyExchange(int year) {
        return dataset.exchanges().stream().anyMatch(x -> x.date().getYear() == year);
    }

    /** The sites of a year at which ISOLATED_SITE fires. */
    Set<String> isolated(int year) {
        Set<String> result = new TreeSet<>();
        if (anyExchange(year)) {
            for (String s : sitesOfYear(year)) {
                if (exchanges(s, year) == 0) {
                    result.add(s);
                }
            }
        }
        return result;
    }

    /** The sites of a year at which LOW_NEW_REACH fires (reach ≥ 5, new/reach &lt; 20 %). */
    Set<String> lowNewReach(int year) {
        Set<String> result = new TreeSet<>();
        for (String s : sitesOfYear(year)) {
            long reach = organisations(s, Period.year(year)).size();
            if (reach >= 5 && 5 * newOrganisations(s, Period.year(year)) < reach) {
                result.add(s);
            }
        }
        return result;
    }

    /** The sites of a year at which LOW_RETENTION fires (reach(Y−1) ≥ 5, retention &lt; 30). */
    Set<String> lowRetention(int year) {
        Set<String> result = new TreeSet<>();
        for (String s : sitesOfYear(year)) {
            if (organisations(s, Period.year(year - 1)).size() >= 5
                    && retentionPercent(s, year).compareTo(BigDecimal.valueOf(30)) < 0) {
                result.add(s);
            }
        }
        return result;
    }

    /** The sites of a year at which GRANT_CONCENTRATION fires. */
    Set<String> grantConcentration(int year) {
        Set<String> result = new TreeSet<>();
        for (String s : sitesOfYear(year)) {
            if (grantConcentration(s, year)) {
                result.add(s);
            }
        }
        return result;
    }

    /** The sites of a year at which NO_LOCAL_AUTHORITY_PARTNER fires. */
    Set<String> noLocalAuthority(int year) {
        Set<String> result = new TreeSet<>();
        for (String s : sitesOfYear(year)) {
            if (noLocalAuthority(s, year)) {
                result.add(s);
            }
        }
        return result;
    }

    /**
     * The actual value of a standard indicator that the sample uses in targets, for one site and a
     * complete period.
     */
    BigDecimal actual(String siteId, String indicator, Period p) {
        return switch (indicator) {
            case "reach.organisations" ->
                BigDecimal.valueOf(organisations(siteId, p).size());
            case "deliveries.count" -> BigDecimal.valueOf(deliveries(siteId, p));
            case "grants.count" -> BigDecimal.valueOf(grants(siteId, p));
            case "consulting.hours" -> consultingHours(siteId, p);
            case "cooperations.active" ->
                BigDecimal.valueOf(activeCooperations(siteId, null, p.referenceDay(dataset.asOf())));
            default -> throw new IllegalArgumentException("no fact for " + indicator);
        };
    }

    /**
     * The sites with a TARGET_MISSED challenge in a year: a target of a complete period within the
     * year whose attainment 100 × actual / target is below 80 (status PARTLY or MISSED; every
     * indicator used is UP).
     */
    Set<String> targetMissed(int year) {
        Set<String> result = new TreeSet<>();
        Set<String> ofYear = new HashSet<>(sitesOfYear(year));
        Period y = Period.year(year);
        dataset.targets().forEach(t -> {
            Period p = Period.parse(t.period());
            if (ofYear.contains(t.siteId()) && y.contains(p) && p.isComplete(dataset.asOf())) {
                BigDecimal actual = actual(t.siteId(), t.indicator(), p);
                // attainment < 80  ⇔  100 × actual < 80 × target
                if (actual.multiply(BigDecimal.valueOf(100)).compareTo(t.value().multiply(BigDecimal.valueOf(80)))
                        < 0) {
                    result.add(t.siteId());
                }
            }
        });
        return result;
    }

    /** Every exchange in a year. */
    List<Exchange> exchangesIn(int year) {
        return dataset.exchanges().stream()
                .filter(x -> x.date().getYear() == year)
                .toList();
    }

    /**
     * The sites of a year at which DECLINING_REACH fires: active on every day of Y−2 to Y, and
     * reach strictly falling over the three years.
     */
    Set<String> decliningReach(int year) {
        Set<String> result = new TreeSet<>();
        for (Site site : dataset.sites()) {
            LocalDate first = LocalDate.of(year - 2, 1, 1);
            LocalDate last = LocalDate.of(year, 12, 31);
            if (!site.isActiveOn(first, dataset.asOf()) || !site.isActiveOn(last, dataset.asOf())) {
                continue;
            }
            int a = organisations(site.id(), Period.year(year - 2)).size();
            int b = organisations(site.id(), Period.year(year - 1)).size();
            int c = organisations(site.id(), Period.year(year)).size();
            if (a > b && b > c) {
                result.add(site.id());
            }
        }
        return result;
    }

    /**
     * The sites of a year at which LOW_OUTCOME_RATE fires: started before 1 January of Y−1, and
     * outcomes.organisations.share (Y) below 10 — over the 24 months ending on the reference day,
     * the organisations with a delivery there, and among them those with an outcome there dated
     * not before their earliest delivery at the site.
     */
    Set<String> lowOutcomeRate(int year) {
        Set<String> result = new TreeSet<>();
        LocalDate ref = Period.year(year).referenceDay(dataset.asOf());
        Period window = Period.range(ref.minusYears(2).plusDays(1), ref);
        for (String s : sitesOfYear(year)) {
            if (!sites.get(s).start().isBefore(LocalDate.of(year - 1, 1, 1))) {
                continue;
            }
            Set<String> reached = organisations(s, window);
            Map<String, LocalDate> first = firstDelivery.getOrDefault(s, Map.of());
            long with = dataset.outcomes().stream()
                    .filter(o -> o.siteId().equals(s)
                            && window.contains(o.date())
                            && reached.contains(o.organisationId())
                            && !o.date().isBefore(first.get(o.organisationId())))
                    .map(o -> o.organisationId())
                    .distinct()
                    .count();
            // share < 10  ⇔  10 × with < reached (reached > 0 here)
            if (!reached.isEmpty() && 10 * with < reached.size()) {
                result.add(s);
            }
        }
        return result;
    }
}
