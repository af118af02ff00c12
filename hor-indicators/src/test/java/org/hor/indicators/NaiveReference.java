package org.hor.indicators;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hor.core.model.Budget;
import org.hor.core.model.Cooperation;
import org.hor.core.model.Dataset;
import org.hor.core.model.Delivery;
import org.hor.core.model.Exchange;
import org.hor.core.model.ExchangeFormat;
import org.hor.core.model.Offer;
import org.hor.core.model.OfferType;
import org.hor.core.model.Organisation;
import org.hor.core.model.OrganisationType;
import org.hor.core.model.Outcome;
import org.hor.core.model.OutcomeType;
import org.hor.core.model.PartnerType;
import org.hor.core.model.Period;
import org.hor.core.model.PeriodType;
import org.hor.core.model.Site;
import org.hor.core.spi.Reason;
import org.hor.core.spi.Result;
import org.hor.core.spi.Scope;
import org.hor.core.spi.ScopeKind;
import org.hor.core.spi.Value;

/**
 * The standard indicators straight from the definitions of spec 02, by scanning the records: slow,
 * obvious, independent of the engine's index.
 */
final class NaiveReference {
    private static final MathContext MC = new MathContext(60);
    private final Dataset ds;
    private final Map<String, Offer> offers;
    private final Map<String, Organisation> orgs;
    private final Map<String, Site> sites;

    NaiveReference(Dataset ds) {
        this.ds = ds;
        offers = ds.offers().stream().collect(Collectors.toMap(Offer::id, Function.identity()));
        orgs = ds.organisations().stream().collect(Collectors.toMap(Organisation::id, Function.identity()));
        sites = ds.sites().stream().collect(Collectors.toMap(Site::id, Function.identity()));
    }

    Set<String> sitesOf(Scope scope) {
        Set<String> ids = new HashSet<>();
        for (Site s : ds.sites()) {
            boolean in = switch (scope.kind()) {
                case SITE -> s.id().equals(scope.value());
                case CARRIER_TYPE -> s.carrierType().name().equals(scope.value());
                case COVERAGE -> s.coverage().name().equals(scope.value());
                case STATE -> s.state().equals(scope.value());
                case PROGRAMME -> true;
            };
            if (in) {
                ids.add(s.id());
            }
        }
        return ids;
    }

    boolean active(Set<String> s, Period p) {
        for (String id : s) {
            Site site = sites.get(id);
            for (LocalDate d = p.first(); !d.isAfter(p.last()); d = d.plusDays(1)) {
                if (site.isActiveOn(d, ds.asOf())) {
                    return true;
                }
            }
        }
        return false;
    }

    private String siteOf(Delivery d) {
        return offers.get(d.offerId()).siteId();
    }

    private OfferType typeOf(Delivery d) {
        return offers.get(d.offerId()).type();
    }

    private List<Delivery> deliveries(Set<String> s, LocalDate from, LocalDate to) {
        List<Delivery> out = new ArrayList<>();
        for (Delivery d : ds.deliveries()) {
            if (s.contains(siteOf(d)) && !d.date().isBefore(from) && !d.date().isAfter(to)) {
                out.add(d);
            }
        }
        return out;
    }

    private Set<String> orgsOf(List<Delivery> ds) {
        return ds.stream().map(Delivery::organisationId).collect(Collectors.toSet());
    }

    private LocalDate earliest(Set<String> s, String org) {
        LocalDate e = null;
        for (Delivery d : ds.deliveries()) {
            if (d.organisationId().equals(org)
                    && s.contains(siteOf(d))
                    && (e == null || d.date().isBefore(e))) {
                e = d.date();
            }
        }
        return e;
    }

    private static Value share(long num, long den) {
        return den == 0
                ? Value.undefined(Reason.NO_DENOMINATOR)
                : Value.of(BigDecimal.valueOf(100L * num).divide(BigDecimal.valueOf(den), MC));
    }

    private static BigDecimal z(BigDecimal b) {
        return b == null ? BigDecimal.ZERO : b;
    }

    private static <E extends Enum<E>> Result counts(Class<E> type, List<E> items) {
        Map<String, Value> parts = new LinkedHashMap<>();
        for (E c : type.getEnumConstants()) {
            parts.put(c.name(), Value.of(items.stream().filter(i -> i == c).count()));
        }
        return Result.of(Value.of(items.size()), parts);
    }

    Result compute(String id, Scope scope, Period p) {
        Set<String> s = sitesOf(scope);
        LocalDate asOf = ds.asOf();
        LocalDate ref = p.referenceDay(asOf);
        List<Delivery> d = deliveries(s, p.first(), p.last());
        Set<String> o = orgsOf(d);
        List<Delivery> grants =
                d.stream().filter(x -> typeOf(x) == OfferType.MICRO_GRANT).toList();
        BigDecimal amount = grants.stream().map(Delivery::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        switch (id) {
            case "reach.organisations":
                return counts(
                        OrganisationType.class,
                        o.stream().map(x -> orgs.get(x).type()).toList());
            case "reach.organisations.new":
                return counts(
                        OrganisationType.class,
                        o.stream()
                                .filter(x -> p.contains(earliest(s, x)))
                                .map(x -> orgs.get(x).type())
                                .toList());
            case "reach.migrant-led.share":
                return Result.of(
                        share(o.stream().filter(x -> orgs.get(x).isMigrantLed()).count(), o.size()));
            case "deliveries.count":
                return counts(OfferType.class, d.stream().map(this::typeOf).toList());
            case "consulting.hours":
            case "rooms.hours": {
                OfferType t = id.startsWith("rooms") ? OfferType.ROOM : OfferType.CONSULTING;
                return Result.of(Value.of(d.stream()
                        .filter(x -> typeOf(x) == t)
                        .map(x -> z(x.hours()))
                        .reduce(BigDecimal.ZERO, BigDecimal::add)));
            }
            case "training.participants":
            case "events.participants": {
                OfferType t = id.startsWith("training") ? OfferType.TRAINING : OfferType.NETWORKING_EVENT;
                return Result.of(Value.of(d.stream()
                        .filter(x -> typeOf(x) == t)
                        .mapToLong(x -> x.participants() == null ? 0 : x.participants())
                        .sum()));
            }
            case "grants.count":
                return Result.of(Value.of(grants.size()));
            case "grants.amount":
                return Result.of(Value.of(amount));
            case "grants.amount.mean":
                return Result.of(
                        grants.isEmpty()
                                ? Value.undefined(Reason.NO_DENOMINATOR)
                                : Value.of(amount.divide(BigDecimal.valueOf(grants.size()), MC)));
            case "grants.first-time.share": {
                List<Delivery> allGrants = ds.deliveries().stream()
                        .filter(x -> typeOf(x) == OfferType.MICRO_GRANT && s.contains(siteOf(x)))
                        .toList();
                long first = grants.stream()
                        .filter(g -> allGrants.stream()
                                .noneMatch(h -> h != g
                                        && h.organisationId().equals(g.organisationId())
                                        && (h.date().isBefore(g.date())
                                                || h.date().equals(g.date()) && h.id().compareTo(g.id()) < 0)))
                        .count();
                return Result.of(share(first, grants.size()));
            }
            case "grants.top-recipient.share": {
                if (amount.signum() == 0) {
                    return Result.of(Value.undefined(Reason.NO_DENOMINATOR));
                }
                Map<String, BigDecimal> by = new HashMap<>();
                grants.forEach(g -> by.merge(g.organisationId(), g.amount(), BigDecimal::add));
                BigDecimal top = by.values().stream().max(BigDecimal::compareTo).orElseThrow();
                return Result.of(Value.of(top.multiply(BigDecimal.valueOf(100)).divide(amount, MC)));
            }
            case "events.count":
                return Result.of(Value.of(d.stream()
                        .filter(x -> typeOf(x) == OfferType.NETWORKING_EVENT)
                        .map(x -> x.offerId() + "|" + x.date())
                        .distinct()
                        .count()));
            case "retention.share": {
                Period prev = p.previous();
                if (!active(s, prev)) {
                    return Result.of(Value.undefined(Reason.NOT_APPLICABLE));
                }
                Set<String> before = orgsOf(deliveries(s, prev.first(), prev.last()));
                return Result.of(share(before.stream().filter(o::contains).count(), before.size()));
            }
            case "offers.multi-use.share":
                return Result.of(share(
                        o.stream()
                                .filter(x -> d.stream()
                                                .filter(y -> y.organisationId().equals(x))
                                                .map(this::typeOf)
                                                .distinct()
                                                .count()
                                        >= 2)
                                .count(),
                        o.size()));
            case "outcomes.count":
                return counts(
                        OutcomeType.class,
                        ds.outcomes().stream()
                                .filter(x -> s.contains(x.siteId()) && p.contains(x.date()))
                                .map(Outcome::type)
                                .toList());
            case "outcomes.organisations.share": {
                LocalDate wFirst = ref.minusYears(2).plusDays(1);
                Set<String> r = orgsOf(deliveries(s, wFirst, ref));
                long with = r.stream()
                        .filter(x -> ds.outcomes().stream()
                                .anyMatch(u -> u.organisationId().equals(x)
                                        && s.contains(u.siteId())
                                        && !u.date().isBefore(wFirst)
                                        && !u.date().isAfter(ref)
                                        && !u.date().isBefore(earliest(s, x))))
                        .count();
                return Result.of(share(with, r.size()));
            }
            case "cooperations.active":
            case "cooperations.formal.share": {
                List<Cooperation> active = ds.cooperations().stream()
                        .filter(c -> s.contains(c.siteId())
                                && !c.start().isAfter(ref)
                                && (effectiveEnd(c) == null || !effectiveEnd(c).isBefore(ref)))
                        .toList();
                if (id.endsWith("share")) {
                    return Result.of(
                            share(active.stream().filter(Cooperation::isFormal).count(), active.size()));
                }
                return counts(
                        PartnerType.class,
                        active.stream().map(Cooperation::partnerType).toList());
            }
            case "cooperations.new":
                return counts(
                        PartnerType.class,
                        ds.cooperations().stream()
                                .filter(c -> s.contains(c.siteId()) && p.contains(c.start()))
                                .map(Cooperation::partnerType)
                                .toList());
            case "exchange.participations":
                return counts(
                        ExchangeFormat.class,
                        exchanges(s, p).stream().map(Exchange::format).toList());
            case "exchange.peer-sites":
                if (scope.kind() == ScopeKind.PROGRAMME) {
                    return Result.of(Value.undefined(Reason.NOT_APPLICABLE));
                }
                return Result.of(Value.of(exchanges(s, p).stream()
                        .flatMap(x -> x.siteIds().stream())
                        .filter(x -> !s.contains(x))
                        .distinct()
                        .count()));
            case "budget.amount":
                return Result.of(budget(s, p));
            case "cost.per-organisation": {
                if (p.type() != PeriodType.YEAR || !p.isComplete(asOf)) {
                    return Result.of(Value.undefined(Reason.NOT_APPLICABLE));
                }
                Value b = budget(s, p);
                if (!b.isDefined()) {
                    return Result.of(b);
                }
                return Result.of(
                        o.isEmpty()
                                ? Value.undefined(Reason.NO_DENOMINATOR)
                                : Value.of(b.asNumber().orElseThrow().divide(BigDecimal.valueOf(o.size()), MC)));
            }
            default:
                throw new IllegalArgumentException(id);
        }
    }

    private LocalDate effectiveEnd(Cooperation c) {
        LocalDate siteEnd = sites.get(c.siteId()).end();
        if (c.end() == null) {
            return siteEnd;
        }
        return siteEnd == null || c.end().isBefore(siteEnd) ? c.end() : siteEnd;
    }

    private List<Exchange> exchanges(Set<String> s, Period p) {
        return ds.exchanges().stream()
                .filter(x -> p.contains(x.date()) && x.siteIds().stream().anyMatch(s::contains))
                .toList();
    }

    private Value budget(Set<String> s, Period p) {
        if (p.type() != PeriodType.YEAR) {
            return Value.undefined(Reason.NOT_APPLICABLE);
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (String id : s) {
            if (!active(Set.of(id), p)) {
                continue;
            }
            Budget b = ds.budgets().stream()
                    .filter(x -> x.siteId().equals(id) && x.year() == p.first().getYear())
                    .findFirst()
                    .orElse(null);
            if (b == null) {
                return Value.undefined(Reason.NO_DATA);
            }
            sum = sum.add(b.amount());
        }
        return Value.of(sum);
    }

    static boolean same(Value a, Value b) {
        if (a instanceof Value.Defined x && b instanceof Value.Defined y) {
            return x.number()
                            .setScale(30, java.math.RoundingMode.HALF_EVEN)
                            .compareTo(y.number().setScale(30, java.math.RoundingMode.HALF_EVEN))
                    == 0;
        }
        return Objects.equals(a.undefinedReason(), b.undefinedReason());
    }
}
