package org.hor.indicators.diff;

import java.time.LocalDate;
import java.util.Set;
import org.hor.core.model.Budget;
import org.hor.core.model.Cooperation;
import org.hor.core.model.Delivery;
import org.hor.core.model.Exchange;
import org.hor.core.model.Offer;
import org.hor.core.model.OfferType;
import org.hor.core.model.Organisation;
import org.hor.core.model.Outcome;
import org.hor.core.model.Period;
import org.hor.core.model.PeriodType;
import org.hor.core.model.Site;
import org.hor.core.model.Target;
import org.hor.core.spi.Scope;
import org.hor.indicators.output.ValueKey;

/**
 * What a standard indicator's value reads (spec 02): for each array of records, whether one version
 * of a changed record is among the records a standard value of a scope and period is computed from.
 * {@link Causes} asks this of each candidate record on the side or sides that have it.
 */
final class StandardReads {

    private StandardReads() {}

    /**
     * Whether side {@code x}'s version of record {@code rc} is read by the standard value of
     * {@code change} for scope {@code s} and period {@code p}, by spec 02's definition of the indicator.
     */
    static boolean reads(SideData x, RecordChange rc, ValueChange change, Scope s, Period p) {
        String ind = change.key().indicator();
        String cat = change.key().category();
        return switch (rc.array()) {
            case "deliveries" -> readsDelivery(x, x.deliveries.get(rc.id()), ind, cat, s, p);
            case "outcomes" -> readsOutcome(x, x.outcomes.get(rc.id()), ind, cat, s, p);
            case "cooperations" -> readsCooperation(x, x.cooperations.get(rc.id()), ind, cat, s, p);
            case "exchanges" -> readsExchange(x, x.exchanges.get(rc.id()), ind, cat, s, p);
            case "budgets" -> readsBudget(x, x.budgets.get(rc.id()), ind, s, p);
            case "organisations" -> readsOrganisation(x, rc, ind, cat, s, p);
            case "offers" ->
                rc.kind() == RecordChange.Kind.CHANGED
                        && (rc.fields().contains("siteId") || rc.fields().contains("type"))
                        && readsOffer(x, x.offers.get(rc.id()), ind, cat, s);
            case "targets" -> readsTarget(x.targets.get(rc.id()), change, s);
            default -> false;
        };
    }

    private static boolean readsDelivery(SideData x, Delivery d, String ind, String cat, Scope s, Period p) {
        Offer offer = x.offers.get(d.offerId());
        if (offer == null || !x.inScope(offer.siteId(), s)) {
            return false;
        }
        LocalDate date = d.date();
        OfferType type = offer.type();
        boolean inP = p.contains(date);
        return switch (ind) {
            case "reach.organisations" -> inP && orgIn(x, d.organisationId(), cat);
            case "reach.organisations.new" ->
                orgIn(x, d.organisationId(), cat)
                        && (inP || date.isBefore(p.first()) && x.reached(d.organisationId(), s, p.first(), p.last()));
            case "reach.migrant-led.share", "offers.multi-use.share", "cost.per-organisation" -> inP;
            case "deliveries.count" -> inP && (cat == null || type.name().equals(cat));
            case "consulting.hours" -> inP && type == OfferType.CONSULTING;
            case "training.participants" -> inP && type == OfferType.TRAINING;
            case "rooms.hours" -> inP && type == OfferType.ROOM;
            case "grants.count", "grants.amount", "grants.amount.mean", "grants.top-recipient.share" ->
                inP && type == OfferType.MICRO_GRANT;
            case "grants.first-time.share" ->
                type == OfferType.MICRO_GRANT
                        && (inP || date.isBefore(p.first()) && x.reached(d.organisationId(), s, p.first(), p.last()));
            case "events.count", "events.participants" -> inP && type == OfferType.NETWORKING_EVENT;
            case "retention.share" -> inP || p.previous().contains(date);
            case "outcomes.organisations.share" -> {
                LocalDate ref = p.referenceDay(x.asOf);
                LocalDate from = ref.minusYears(2).plusDays(1);
                yield !date.isAfter(ref) && (!date.isBefore(from) || x.reached(d.organisationId(), s, from, ref));
            }
            default -> false;
        };
    }

    private static boolean orgIn(SideData x, String organisationId, String cat) {
        if (cat == null) {
            return true;
        }
        Organisation o = x.organisations.get(organisationId);
        return o != null && o.type().name().equals(cat);
    }

    private static boolean readsOutcome(SideData x, Outcome o, String ind, String cat, Scope s, Period p) {
        if (!x.inScope(o.siteId(), s)) {
            return false;
        }
        return switch (ind) {
            case "outcomes.count" ->
                p.contains(o.date()) && (cat == null || o.type().name().equals(cat));
            case "outcomes.organisations.share" -> {
                LocalDate ref = p.referenceDay(x.asOf);
                yield !o.date().isAfter(ref)
                        && !o.date().isBefore(ref.minusYears(2).plusDays(1));
            }
            default -> false;
        };
    }

    private static boolean readsCooperation(SideData x, Cooperation c, String ind, String cat, Scope s, Period p) {
        if (!x.inScope(c.siteId(), s) || cat != null && !c.partnerType().name().equals(cat)) {
            return false;
        }
        return switch (ind) {
            case "cooperations.active", "cooperations.formal.share" -> {
                LocalDate ref = p.referenceDay(x.asOf);
                LocalDate end = c.end();
                Site site = x.sites.get(c.siteId());
                if (site != null
                        && site.end() != null
                        && (end == null || site.end().isBefore(end))) {
                    end = site.end();
                }
                yield !c.start().isAfter(ref) && (end == null || !end.isBefore(ref));
            }
            case "cooperations.new" -> p.contains(c.start());
            default -> false;
        };
    }

    private static boolean readsExchange(SideData x, Exchange e, String ind, String cat, Scope s, Period p) {
        if (!p.contains(e.date()) || e.siteIds().stream().noneMatch(id -> x.inScope(id, s))) {
            return false;
        }
        return switch (ind) {
            case "exchange.participations" -> cat == null || e.format().name().equals(cat);
            case "exchange.peer-sites" -> true;
            default -> false;
        };
    }

    private static boolean readsBudget(SideData x, Budget b, String ind, Scope s, Period p) {
        return (ind.equals("budget.amount") || ind.equals("cost.per-organisation"))
                && p.type() == PeriodType.YEAR
                && b.year() == p.first().getYear()
                && x.inScope(b.siteId(), s);
    }

    private static final Set<String> ORGANISATION_FIELDS = Set.of("type", "migrantLed");

    private static boolean readsOrganisation(SideData x, RecordChange rc, String ind, String cat, Scope s, Period p) {
        boolean typed = (ind.equals("reach.organisations") || ind.equals("reach.organisations.new")) && cat != null;
        if (!typed && !ind.equals("reach.migrant-led.share")) {
            return false;
        }
        if (rc.kind() == RecordChange.Kind.CHANGED && rc.fields().stream().noneMatch(ORGANISATION_FIELDS::contains)) {
            return false;
        }
        return (!typed || orgIn(x, rc.id(), cat)) && x.reached(rc.id(), s, p.first(), p.last());
    }

    private static boolean readsOffer(SideData x, Offer f, String ind, String cat, Scope s) {
        if (!x.inScope(f.siteId(), s)) {
            return false;
        }
        OfferType t = f.type();
        return switch (ind) {
            case "reach.organisations",
                    "reach.organisations.new",
                    "reach.migrant-led.share",
                    "offers.multi-use.share",
                    "retention.share",
                    "outcomes.organisations.share",
                    "cost.per-organisation" -> true;
            case "deliveries.count" -> cat == null || t.name().equals(cat);
            case "consulting.hours" -> t == OfferType.CONSULTING;
            case "training.participants" -> t == OfferType.TRAINING;
            case "rooms.hours" -> t == OfferType.ROOM;
            case "grants.count",
                    "grants.amount",
                    "grants.amount.mean",
                    "grants.top-recipient.share",
                    "grants.first-time.share" -> t == OfferType.MICRO_GRANT;
            case "events.count", "events.participants" -> t == OfferType.NETWORKING_EVENT;
            default -> false;
        };
    }

    private static boolean readsTarget(Target t, ValueChange change, Scope s) {
        ValueKey key = change.key();
        if (s.kind() != org.hor.core.spi.ScopeKind.SITE
                || !t.siteId().equals(s.value())
                || !t.period().equals(key.period())) {
            return false;
        }
        // a site's target adds its period (spec 02): a cause of the period's values appearing or going
        return change.kind() != ValueChange.Kind.CHANGED
                || t.indicator().equals(key.indicator()) && key.category() == null;
    }
}
