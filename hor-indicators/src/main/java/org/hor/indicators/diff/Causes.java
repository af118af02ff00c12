package org.hor.indicators.diff;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.hor.core.internal.columns.DeliveryColumns;
import org.hor.core.model.Budget;
import org.hor.core.model.Cooperation;
import org.hor.core.model.Dataset;
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
import org.hor.core.spi.IndicatorDefinition;
import org.hor.core.spi.Scope;
import org.hor.core.spi.Trace;
import org.hor.indicators.Catalogue;
import org.hor.indicators.Engine;
import org.hor.indicators.output.ValueKey;

/**
 * The causes of value changes (spec 06 "Causes"): for a changed, appearing or disappearing value, the
 * added, removed or changed records that its computation reads on either side.
 *
 * <p>For a standard indicator these are the records of spec 02's definition, each version of a
 * record judged on its own side (its site, date and type there): the deliveries, outcomes,
 * cooperations, exchanges and budgets of the scope and of the periods the value looks at (prev(p) for
 * {@code retention.share}, the 24-month window W(p) for {@code outcomes.organisations.share}, and the
 * earlier deliveries of the organisations reached in p for {@code reach.organisations.new} and the
 * earlier grants for {@code grants.first-time.share}); a breakdown part reads only the records of its
 * category; the organisations reached in p whose {@code type} or {@code migrantLed} changed, for the
 * organisation-type parts and the migrant-led share; an offer whose site or type changed; the target
 * of a site's total (and of a site's period that appears or disappears). For any other indicator (a
 * plugin's or an indicator file's) they are the changed records among those its explanation lists
 * ({@link Engine#trace}) on either side: one explanation per side, and only for changed values.
 *
 * <p>Where a value changed and no contributing record did, the causes are the change of
 * {@code asOf} ({@link Cause#AS_OF}) and the sites of the scope whose dates (or group fields) changed,
 * named as such. Causes are ordered as spec 01 lists the arrays, then by id (ordinal), {@code asOf}
 * first.
 *
 * <p>Cost: one pass over each side's deliveries, reading only those of changed records and of the
 * organisations they concern, then per changed value a test of each changed record of its scope.
 */
public final class Causes {

    private static final Set<String> STANDARD = new HashSet<>();

    static {
        for (IndicatorDefinition d : Catalogue.standard().definitions()) {
            STANDARD.add(d.id());
        }
    }

    private final RecordDiff records;
    private final Optional<Engine> oldEngine;
    private final Optional<Engine> newEngine;
    private SideData oldData;
    private SideData newData;
    private final Map<String, Period> periods = new HashMap<>();
    private final Map<String, Scope> scopes = new HashMap<>();
    private final Map<String, List<RecordChange>> candidates = new HashMap<>();
    private final List<RecordChange> siteChanges = new ArrayList<>();
    private final Map<String, Window> windows = new HashMap<>();
    private final Map<RecordChange, Integer> position = new HashMap<>();

    private Causes(RecordDiff records, Optional<Engine> oldEngine, Optional<Engine> newEngine) {
        this.records = records;
        this.oldEngine = oldEngine;
        this.newEngine = newEngine;
    }

    /**
     * Returns the causes finder for two dataset sides.
     *
     * @param oldSide the old side (with an engine)
     * @param newSide the new side (with an engine)
     * @param records the record differences of the two sides' datasets
     * @return the finder
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if a side has no engine (no records)
     */
    public static Causes of(Side oldSide, Side newSide, RecordDiff records) {
        Objects.requireNonNull(records, "records");
        if (oldSide.engine().isEmpty() || newSide.engine().isEmpty()) {
            throw new IllegalArgumentException("causes need the records of both sides; a side without a dataset: "
                    + (oldSide.engine().isEmpty() ? oldSide.name() : newSide.name()));
        }
        return new Causes(records, oldSide.engine(), newSide.engine());
    }

    /**
     * Returns {@code changes} with their causes.
     *
     * @param changes value changes of the two sides
     * @return the same changes, in the same order, each with its causes
     */
    public List<ValueChange> attach(List<ValueChange> changes) {
        List<ValueChange> out = new ArrayList<>(changes.size());
        for (ValueChange c : changes) {
            out.add(c.withCauses(of(c)));
        }
        return out;
    }

    /**
     * Returns the causes of one value change, in spec 01's array order then by id, {@code asOf} first.
     *
     * @param change the value change
     * @return the causes (empty when nothing that the value reads changed and neither {@code asOf} nor a
     *         site of its scope did)
     */
    public List<Cause> of(ValueChange change) {
        prepare();
        ValueKey key = change.key();
        Scope scope = scopes.computeIfAbsent(key.scope(), Scope::parse);
        Period p = periods.computeIfAbsent(key.period(), Period::parse);
        List<Cause> causes = new ArrayList<>();
        if (STANDARD.contains(key.indicator())) {
            Window w = window(scope, p);
            List<RecordChange> hits = new ArrayList<>();
            for (List<RecordChange> list : w.lists(key.indicator())) {
                for (RecordChange rc : list) {
                    if (!hits.contains(rc) && matches(rc, change, scope, p)) {
                        hits.add(rc);
                    }
                }
            }
            // spec 06: in the order of spec 01's arrays, then by id, as records.changes() is
            hits.sort(java.util.Comparator.comparingInt(position::get));
            hits.forEach(rc -> causes.add(rc.cause()));
        } else {
            Set<RecordChange> found = new HashSet<>();
            traced(oldEngine.orElseThrow(), change.oldValue() != null, scope, p, key, found);
            traced(newEngine.orElseThrow(), change.newValue() != null, scope, p, key, found);
            for (RecordChange rc : records.changes()) {
                if (found.contains(rc)) {
                    causes.add(rc.cause());
                }
            }
        }
        if (causes.isEmpty()) {
            if (records.asOfChanged()) {
                causes.add(Cause.AS_OF);
            }
            for (RecordChange rc : siteChanges) {
                if (siteMoved(rc) && (oldData.inScope(rc.id(), scope) || newData.inScope(rc.id(), scope))) {
                    causes.add(rc.cause());
                }
            }
        }
        return causes;
    }

    private boolean matches(RecordChange rc, ValueChange change, Scope scope, Period p) {
        return rc.kind() != RecordChange.Kind.ADDED && reads(oldData, rc, change, scope, p)
                || rc.kind() != RecordChange.Kind.REMOVED && reads(newData, rc, change, scope, p);
    }

    /**
     * The changed records of a scope that may bear on the values of one period, by array and, for the
     * dated ones, by where their date lies on either side (a record whose two dates lie apart is in
     * both buckets): in p, before p but from {@code lo} (the earlier of prev(p)'s first day and two
     * years before p, so prev(p) and W(p) are in it), or earlier still. Each indicator then tests only
     * the buckets its definition reads, so a value of a quarter meets the quarter's records, not the
     * decade's.
     */
    private static final class Window {
        final List<RecordChange> deliveriesIn = new ArrayList<>();
        final List<RecordChange> deliveriesBefore = new ArrayList<>();
        final List<RecordChange> deliveriesEarly = new ArrayList<>();
        final List<RecordChange> outcomesIn = new ArrayList<>();
        final List<RecordChange> outcomesBefore = new ArrayList<>();
        final List<RecordChange> exchangesIn = new ArrayList<>();
        final List<RecordChange> organisations = new ArrayList<>();
        final List<RecordChange> offers = new ArrayList<>();
        final List<RecordChange> cooperations = new ArrayList<>();
        final List<RecordChange> budgets = new ArrayList<>();
        final List<RecordChange> targets = new ArrayList<>();

        /** Returns the buckets that indicator {@code id}'s values read (targets for every one: a target adds its period). */
        List<List<RecordChange>> lists(String id) {
            return switch (id) {
                case "reach.organisations", "reach.migrant-led.share" -> List.of(deliveriesIn, offers, organisations,
                        targets);
                case "reach.organisations.new" -> List.of(deliveriesIn, deliveriesBefore, deliveriesEarly, offers,
                        organisations, targets);
                case "grants.first-time.share" -> List.of(deliveriesIn, deliveriesBefore, deliveriesEarly, offers,
                        targets);
                case "retention.share" -> List.of(deliveriesIn, deliveriesBefore, offers, targets);
                case "outcomes.count" -> List.of(outcomesIn, targets);
                case "outcomes.organisations.share" -> List.of(deliveriesIn, deliveriesBefore, deliveriesEarly,
                        outcomesIn, outcomesBefore, offers, targets);
                case "cooperations.active", "cooperations.new", "cooperations.formal.share" -> List.of(cooperations,
                        targets);
                case "exchange.participations", "exchange.peer-sites" -> List.of(exchangesIn, targets);
                case "budget.amount" -> List.of(budgets, targets);
                case "cost.per-organisation" -> List.of(deliveriesIn, offers, budgets, targets);
                default -> List.of(deliveriesIn, offers, targets);
            };
        }
    }

    private Window window(Scope scope, Period p) {
        return windows.computeIfAbsent(scope.id() + "|" + p.code(), k -> {
            LocalDate lo = p.previous().first();
            LocalDate twoYears = p.first().minusYears(2);
            lo = twoYears.isBefore(lo) ? twoYears : lo;
            Window w = new Window();
            for (RecordChange rc : candidates(scope)) {
                LocalDate a = rc.kind() == RecordChange.Kind.ADDED ? null : oldData.date(rc);
                LocalDate b = rc.kind() == RecordChange.Kind.REMOVED ? null : newData.date(rc);
                switch (rc.array()) {
                    case "deliveries" -> {
                        if (in(a, p) || in(b, p)) {
                            w.deliveriesIn.add(rc);
                        }
                        if (between(a, lo, p) || between(b, lo, p)) {
                            w.deliveriesBefore.add(rc);
                        }
                        // an earlier delivery is read only for an organisation reached in p or W(p): those
                        // lie within two years before p up to its end
                        if ((a != null && a.isBefore(lo) || b != null && b.isBefore(lo)) && (a != null
                                && oldData.reached(oldData.deliveries.get(rc.id()).organisationId(), scope, twoYears, p.last())
                                || b != null && newData.reached(newData.deliveries.get(rc.id()).organisationId(), scope,
                                        twoYears, p.last()))) {
                            w.deliveriesEarly.add(rc);
                        }
                    }
                    case "outcomes" -> {
                        if (in(a, p) || in(b, p)) {
                            w.outcomesIn.add(rc);
                        }
                        if (between(a, lo, p) || between(b, lo, p)) {
                            w.outcomesBefore.add(rc);
                        }
                    }
                    case "exchanges" -> {
                        if (in(a, p) || in(b, p)) {
                            w.exchangesIn.add(rc);
                        }
                    }
                    case "organisations" -> w.organisations.add(rc);
                    case "offers" -> w.offers.add(rc);
                    case "cooperations" -> w.cooperations.add(rc);
                    case "budgets" -> w.budgets.add(rc);
                    case "targets" -> w.targets.add(rc);
                    default -> {
                    }
                }
            }
            return w;
        });
    }

    private static boolean in(LocalDate date, Period p) {
        return date != null && p.contains(date);
    }

    private static boolean between(LocalDate date, LocalDate lo, Period p) {
        return date != null && !date.isBefore(lo) && date.isBefore(p.first());
    }

    /**
     * Returns the changed records that may bear on values of {@code scope}: those of a site of the scope
     * on either side, and those not tied to one site (organisations), in {@code records.changes()} order.
     * Kept per scope, so each value tests only its scope's records.
     */
    private List<RecordChange> candidates(Scope scope) {
        return candidates.computeIfAbsent(scope.id(), k -> {
            List<RecordChange> list = new ArrayList<>();
            for (RecordChange rc : records.changes()) {
                if (touches(oldData, rc, scope, RecordChange.Kind.ADDED)
                        || touches(newData, rc, scope, RecordChange.Kind.REMOVED)) {
                    list.add(rc);
                }
            }
            return list;
        });
    }

    /** Whether record {@code rc}, as side {@code x} has it (none when its kind is {@code absent}), belongs to a site of {@code s}. */
    private static boolean touches(SideData x, RecordChange rc, Scope s, RecordChange.Kind absent) {
        if (rc.kind() == absent) {
            return false;
        }
        String id = rc.id();
        return switch (rc.array()) {
            case "deliveries" -> {
                Offer offer = x.offers.get(x.deliveries.get(id).offerId());
                yield offer != null && x.inScope(offer.siteId(), s);
            }
            case "outcomes" -> x.inScope(x.outcomes.get(id).siteId(), s);
            case "cooperations" -> x.inScope(x.cooperations.get(id).siteId(), s);
            case "exchanges" -> x.exchanges.get(id).siteIds().stream().anyMatch(site -> x.inScope(site, s));
            case "budgets" -> x.inScope(x.budgets.get(id).siteId(), s);
            case "targets" -> x.inScope(x.targets.get(id).siteId(), s);
            case "offers" -> x.inScope(x.offers.get(id).siteId(), s);
            case "organisations" -> true;
            default -> false;
        };
    }

    private static final Set<String> SITE_FIELDS = Set.of("start", "end", "carrierType", "coverage", "state");

    private static boolean siteMoved(RecordChange rc) {
        return rc.kind() != RecordChange.Kind.CHANGED || rc.fields().stream().anyMatch(SITE_FIELDS::contains);
    }

    /** Adds the changed records that the indicator's own trace on one side lists. */
    private void traced(Engine engine, boolean present, Scope scope, Period p, ValueKey key, Set<RecordChange> found) {
        if (!present) {
            return;
        }
        Trace trace;
        try {
            trace = engine.trace(scope, p, key.indicator());
        } catch (IllegalArgumentException e) {
            return;
        }
        String array = switch (trace.recordType()) {
            case "organisation" -> "organisations";
            case "delivery" -> "deliveries";
            case "outcome" -> "outcomes";
            case "cooperation" -> "cooperations";
            case "exchange" -> "exchanges";
            case "site" -> "sites";
            case "offer" -> "offers";
            case "budget" -> "budgets";
            case "target" -> "targets";
            case "measurement" -> "measurements";
            default -> trace.recordType();
        };
        Set<String> ids = new HashSet<>(trace.recordIds());
        for (RecordChange rc : records.changes()) {
            if (rc.array().equals(array) && ids.contains(rc.id())) {
                found.add(rc);
            }
        }
    }

    // ------------------------------------------------------------------ what a standard value reads

    private boolean reads(SideData x, RecordChange rc, ValueChange change, Scope s, Period p) {
        String ind = change.key().indicator();
        String cat = change.key().category();
        return switch (rc.array()) {
            case "deliveries" -> readsDelivery(x, x.deliveries.get(rc.id()), ind, cat, s, p);
            case "outcomes" -> readsOutcome(x, x.outcomes.get(rc.id()), ind, cat, s, p);
            case "cooperations" -> readsCooperation(x, x.cooperations.get(rc.id()), ind, cat, s, p);
            case "exchanges" -> readsExchange(x, x.exchanges.get(rc.id()), ind, cat, s, p);
            case "budgets" -> readsBudget(x, x.budgets.get(rc.id()), ind, s, p);
            case "organisations" -> readsOrganisation(x, rc, ind, cat, s, p);
            case "offers" -> rc.kind() == RecordChange.Kind.CHANGED
                    && (rc.fields().contains("siteId") || rc.fields().contains("type"))
                    && readsOffer(x, x.offers.get(rc.id()), ind, cat, s);
            case "targets" -> readsTarget(x.targets.get(rc.id()), change, s);
            default -> false;
        };
    }

    private boolean readsDelivery(SideData x, Delivery d, String ind, String cat, Scope s, Period p) {
        Offer offer = x.offers.get(d.offerId());
        if (offer == null || !x.inScope(offer.siteId(), s)) {
            return false;
        }
        LocalDate date = d.date();
        OfferType type = offer.type();
        boolean inP = p.contains(date);
        return switch (ind) {
            case "reach.organisations" -> inP && orgIn(x, d.organisationId(), cat);
            case "reach.organisations.new" -> orgIn(x, d.organisationId(), cat)
                    && (inP || date.isBefore(p.first()) && x.reached(d.organisationId(), s, p.first(), p.last()));
            case "reach.migrant-led.share", "offers.multi-use.share", "cost.per-organisation" -> inP;
            case "deliveries.count" -> inP && (cat == null || type.name().equals(cat));
            case "consulting.hours" -> inP && type == OfferType.CONSULTING;
            case "training.participants" -> inP && type == OfferType.TRAINING;
            case "rooms.hours" -> inP && type == OfferType.ROOM;
            case "grants.count", "grants.amount", "grants.amount.mean", "grants.top-recipient.share" ->
                    inP && type == OfferType.MICRO_GRANT;
            case "grants.first-time.share" -> type == OfferType.MICRO_GRANT
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

    private boolean readsOutcome(SideData x, Outcome o, String ind, String cat, Scope s, Period p) {
        if (!x.inScope(o.siteId(), s)) {
            return false;
        }
        return switch (ind) {
            case "outcomes.count" -> p.contains(o.date()) && (cat == null || o.type().name().equals(cat));
            case "outcomes.organisations.share" -> {
                LocalDate ref = p.referenceDay(x.asOf);
                yield !o.date().isAfter(ref) && !o.date().isBefore(ref.minusYears(2).plusDays(1));
            }
            default -> false;
        };
    }

    private boolean readsCooperation(SideData x, Cooperation c, String ind, String cat, Scope s, Period p) {
        if (!x.inScope(c.siteId(), s) || cat != null && !c.partnerType().name().equals(cat)) {
            return false;
        }
        return switch (ind) {
            case "cooperations.active", "cooperations.formal.share" -> {
                LocalDate ref = p.referenceDay(x.asOf);
                LocalDate end = c.end();
                Site site = x.sites.get(c.siteId());
                if (site != null && site.end() != null && (end == null || site.end().isBefore(end))) {
                    end = site.end();
                }
                yield !c.start().isAfter(ref) && (end == null || !end.isBefore(ref));
            }
            case "cooperations.new" -> p.contains(c.start());
            default -> false;
        };
    }

    private boolean readsExchange(SideData x, Exchange e, String ind, String cat, Scope s, Period p) {
        if (!p.contains(e.date()) || e.siteIds().stream().noneMatch(id -> x.inScope(id, s))) {
            return false;
        }
        return switch (ind) {
            case "exchange.participations" -> cat == null || e.format().name().equals(cat);
            case "exchange.peer-sites" -> true;
            default -> false;
        };
    }

    private boolean readsBudget(SideData x, Budget b, String ind, Scope s, Period p) {
        return (ind.equals("budget.amount") || ind.equals("cost.per-organisation")) && p.type() == PeriodType.YEAR
                && b.year() == p.first().getYear() && x.inScope(b.siteId(), s);
    }

    private static final Set<String> ORGANISATION_FIELDS = Set.of("type", "migrantLed");

    private boolean readsOrganisation(SideData x, RecordChange rc, String ind, String cat, Scope s, Period p) {
        boolean typed = (ind.equals("reach.organisations") || ind.equals("reach.organisations.new")) && cat != null;
        if (!typed && !ind.equals("reach.migrant-led.share")) {
            return false;
        }
        if (rc.kind() == RecordChange.Kind.CHANGED && rc.fields().stream().noneMatch(ORGANISATION_FIELDS::contains)) {
            return false;
        }
        return (!typed || orgIn(x, rc.id(), cat)) && x.reached(rc.id(), s, p.first(), p.last());
    }

    private boolean readsOffer(SideData x, Offer f, String ind, String cat, Scope s) {
        if (!x.inScope(f.siteId(), s)) {
            return false;
        }
        OfferType t = f.type();
        return switch (ind) {
            case "reach.organisations", "reach.organisations.new", "reach.migrant-led.share", "offers.multi-use.share",
                    "retention.share", "outcomes.organisations.share", "cost.per-organisation" -> true;
            case "deliveries.count" -> cat == null || t.name().equals(cat);
            case "consulting.hours" -> t == OfferType.CONSULTING;
            case "training.participants" -> t == OfferType.TRAINING;
            case "rooms.hours" -> t == OfferType.ROOM;
            case "grants.count", "grants.amount", "grants.amount.mean", "grants.top-recipient.share",
                    "grants.first-time.share" -> t == OfferType.MICRO_GRANT;
            case "events.count", "events.participants" -> t == OfferType.NETWORKING_EVENT;
            default -> false;
        };
    }

    private static boolean readsTarget(Target t, ValueChange change, Scope s) {
        ValueKey key = change.key();
        if (s.kind() != org.hor.core.spi.ScopeKind.SITE || !t.siteId().equals(s.value())
                || !t.period().equals(key.period())) {
            return false;
        }
        // a site's target adds its period (spec 02): a cause of the period's values appearing or going
        return change.kind() != ValueChange.Kind.CHANGED || t.indicator().equals(key.indicator()) && key.category() == null;
    }

    // ------------------------------------------------------------------ one side's records

    private void prepare() {
        if (oldData != null) {
            return;
        }
        records.changes().stream().filter(rc -> rc.array().equals("sites")).forEach(siteChanges::add);
        for (RecordChange rc : records.changes()) {
            position.put(rc, position.size());
        }
        Set<String> deliveryIds = new HashSet<>();
        Set<String> organisations = new HashSet<>();
        for (RecordChange rc : records.changes()) {
            if (rc.array().equals("deliveries")) {
                deliveryIds.add(rc.id());
            } else if (rc.array().equals("organisations")) {
                organisations.add(rc.id());
            }
        }
        oldData = new SideData(oldEngine.orElseThrow().dataset(), deliveryIds, organisations);
        newData = new SideData(newEngine.orElseThrow().dataset(), deliveryIds, organisations);
        // the organisations of changed deliveries, on either side, need their deliveries too
        Set<String> more = new HashSet<>();
        for (SideData x : List.of(oldData, newData)) {
            x.deliveries.values().forEach(d -> more.add(d.organisationId()));
        }
        more.removeAll(organisations);
        if (!more.isEmpty()) {
            oldData.addPresence(more);
            newData.addPresence(more);
        }
    }

    /** An organisation's deliveries as (site id, epoch day), sorted by day. */
    private record Presence(String[] siteIds, long[] days) {
    }

    /** One side's records as causes need them: small arrays by key, and of the deliveries only the changed ones. */
    private static final class SideData {
        final LocalDate asOf;
        final Dataset dataset;
        final Map<String, Site> sites = new HashMap<>();
        final Map<String, Organisation> organisations = new HashMap<>();
        final Map<String, Offer> offers = new HashMap<>();
        final Map<String, Delivery> deliveries = new HashMap<>();
        final Map<String, Cooperation> cooperations = new HashMap<>();
        final Map<String, Outcome> outcomes = new HashMap<>();
        final Map<String, Exchange> exchanges = new HashMap<>();
        final Map<String, Budget> budgets = new HashMap<>();
        final Map<String, Target> targets = new HashMap<>();
        /** Per organisation of interest: its deliveries as (site id, date), sorted by date. */
        final Map<String, List<Object[]>> presence = new HashMap<>();
        /** The same, as arrays sorted by day, for a binary search. */
        final Map<String, Presence> sorted = new HashMap<>();

        SideData(Dataset d, Set<String> deliveryIds, Set<String> organisationIds) {
            this.asOf = d.asOf();
            this.dataset = d;
            d.sites().forEach(x -> sites.put(x.id(), x));
            d.organisations().forEach(x -> organisations.put(x.id(), x));
            d.offers().forEach(x -> offers.put(x.id(), x));
            d.cooperations().forEach(x -> cooperations.put(x.id(), x));
            d.outcomes().forEach(x -> outcomes.put(x.id(), x));
            d.exchanges().forEach(x -> exchanges.put(x.id(), x));
            d.budgets().forEach(x -> budgets.put(RecordDiff.key(x), x));
            d.targets().forEach(x -> targets.put(RecordDiff.key(x), x));
            List<Delivery> all = d.deliveries();
            if (!deliveryIds.isEmpty()) {
                if (all instanceof DeliveryColumns<Delivery> columns) {
                    for (int i = 0; i < columns.size(); i++) {
                        if (deliveryIds.contains(columns.id(i))) {
                            Delivery x = columns.get(i);
                            deliveries.put(x.id(), x);
                        }
                    }
                } else {
                    for (Delivery x : all) {
                        if (deliveryIds.contains(x.id())) {
                            deliveries.put(x.id(), x);
                        }
                    }
                }
            }
            addPresence(organisationIds);
        }

        /** Notes the deliveries of {@code ids}: one pass over the deliveries, no record built for the others. */
        void addPresence(Collection<String> ids) {
            if (ids.isEmpty()) {
                return;
            }
            Set<String> wanted = new HashSet<>(ids);
            wanted.removeAll(presence.keySet());
            if (wanted.isEmpty()) {
                return;
            }
            wanted.forEach(id -> presence.put(id, new ArrayList<>()));
            List<Delivery> all = dataset.deliveries();
            if (all instanceof DeliveryColumns<Delivery> columns) {
                String[] orgDict = columns.organisationDictionary();
                String[] offerDict = columns.offerDictionary();
                boolean[] want = new boolean[orgDict.length];
                for (int i = 0; i < orgDict.length; i++) {
                    want[i] = wanted.contains(orgDict[i]);
                }
                int[] org = columns.organisationColumn();
                int[] offer = columns.offerColumn();
                int[] day = columns.dayColumn();
                for (int i = 0; i < columns.size(); i++) {
                    if (want[org[i]]) {
                        note(orgDict[org[i]], offerDict[offer[i]], LocalDate.ofEpochDay(day[i]));
                    }
                }
            } else {
                for (Delivery x : all) {
                    if (wanted.contains(x.organisationId())) {
                        note(x.organisationId(), x.offerId(), x.date());
                    }
                }
            }
            for (String id : wanted) {
                List<Object[]> list = presence.get(id);
                list.sort(Comparator.comparing(o -> (LocalDate) o[1]));
                String[] siteIds = new String[list.size()];
                long[] days = new long[list.size()];
                for (int i = 0; i < days.length; i++) {
                    siteIds[i] = (String) list.get(i)[0];
                    days[i] = ((LocalDate) list.get(i)[1]).toEpochDay();
                }
                sorted.put(id, new Presence(siteIds, days));
            }
        }

        private void note(String organisationId, String offerId, LocalDate date) {
            Offer offer = offers.get(offerId);
            if (offer != null) {
                presence.get(organisationId).add(new Object[] {offer.siteId(), date});
            }
        }

        /** Whether organisation {@code id} has a delivery in scope {@code s} dated from {@code from} to {@code to}. */
        boolean reached(String id, Scope s, LocalDate from, LocalDate to) {
            Presence e = sorted.get(id);
            if (e == null) {
                return false;
            }
            long first = from.toEpochDay();
            long last = to.toEpochDay();
            int i = java.util.Arrays.binarySearch(e.days, first);
            if (i < 0) {
                i = -i - 1;
            } else {
                while (i > 0 && e.days[i - 1] == first) {
                    i--;
                }
            }
            for (; i < e.days.length && e.days[i] <= last; i++) {
                if (inScope(e.siteIds[i], s)) {
                    return true;
                }
            }
            return false;
        }

        /** The date that decides which periods read a record (deliveries, outcomes, exchanges), else null. */
        LocalDate date(RecordChange rc) {
            return switch (rc.array()) {
                case "deliveries" -> deliveries.get(rc.id()).date();
                case "outcomes" -> outcomes.get(rc.id()).date();
                case "exchanges" -> exchanges.get(rc.id()).date();
                default -> null;
            };
        }

        boolean inScope(String siteId, Scope s) {
            Site site = sites.get(siteId);
            if (site == null) {
                return false;
            }
            return switch (s.kind()) {
                case SITE -> site.id().equals(s.value());
                case CARRIER_TYPE -> site.carrierType().name().equals(s.value());
                case COVERAGE -> site.coverage().name().equals(s.value());
                case STATE -> site.state().equals(s.value());
                case PROGRAMME -> true;
            };
        }
    }
}
