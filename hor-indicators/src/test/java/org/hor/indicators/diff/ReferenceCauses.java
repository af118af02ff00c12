package org.hor.indicators.diff;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.hor.core.model.Offer;
import org.hor.core.model.Period;
import org.hor.core.spi.IndicatorDefinition;
import org.hor.core.spi.Scope;
import org.hor.core.spi.Trace;
import org.hor.indicators.Catalogue;
import org.hor.indicators.Engine;
import org.hor.indicators.output.ValueKey;

/**
 * The matching of causes as it was before the per-record index ({@link Causes} up to commit de8fc2d),
 * kept unchanged as the reference that {@code CausesDifferentialTest} compares the new matching with:
 * each changed value tests every changed record of its scope, bucketed by date, organisations all.
 */
final class ReferenceCauses {

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

    private ReferenceCauses(RecordDiff records, Optional<Engine> oldEngine, Optional<Engine> newEngine) {
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
    static ReferenceCauses of(Side oldSide, Side newSide, RecordDiff records) {
        Objects.requireNonNull(records, "records");
        if (oldSide.engine().isEmpty() || newSide.engine().isEmpty()) {
            throw new IllegalArgumentException("causes need the records of both sides; a side without a dataset: "
                    + (oldSide.engine().isEmpty() ? oldSide.name() : newSide.name()));
        }
        return new ReferenceCauses(records, oldSide.engine(), newSide.engine());
    }

    /**
     * Returns the causes finder for two datasets given by their engines. Causes read only the records
     * (and, for indicators other than the standard ones, the engines' explanations), never the values,
     * so neither dataset needs to have been evaluated: a lock that names causes evaluates the release's
     * own dataset not at all.
     *
     * @param oldEngine the engine over the old dataset
     * @param newEngine the engine over the new dataset
     * @param records   the record differences of the two engines' datasets
     * @return the finder
     * @throws NullPointerException if an argument is null
     */
    static ReferenceCauses of(Engine oldEngine, Engine newEngine, RecordDiff records) {
        Objects.requireNonNull(oldEngine, "oldEngine");
        Objects.requireNonNull(newEngine, "newEngine");
        Objects.requireNonNull(records, "records");
        return new ReferenceCauses(records, Optional.of(oldEngine), Optional.of(newEngine));
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
        return rc.kind() != RecordChange.Kind.ADDED && StandardReads.reads(oldData, rc, change, scope, p)
                || rc.kind() != RecordChange.Kind.REMOVED && StandardReads.reads(newData, rc, change, scope, p);
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
                case "reach.organisations", "reach.migrant-led.share" ->
                    List.of(deliveriesIn, offers, organisations, targets);
                case "reach.organisations.new" ->
                    List.of(deliveriesIn, deliveriesBefore, deliveriesEarly, offers, organisations, targets);
                case "grants.first-time.share" ->
                    List.of(deliveriesIn, deliveriesBefore, deliveriesEarly, offers, targets);
                case "retention.share" -> List.of(deliveriesIn, deliveriesBefore, offers, targets);
                case "outcomes.count" -> List.of(outcomesIn, targets);
                case "outcomes.organisations.share" ->
                    List.of(
                            deliveriesIn,
                            deliveriesBefore,
                            deliveriesEarly,
                            outcomesIn,
                            outcomesBefore,
                            offers,
                            targets);
                case "cooperations.active", "cooperations.new", "cooperations.formal.share" ->
                    List.of(cooperations, targets);
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
                        if ((a != null && a.isBefore(lo) || b != null && b.isBefore(lo))
                                && (a != null
                                                && oldData.reached(
                                                        oldData.deliveries
                                                                .get(rc.id())
                                                                .organisationId(),
                                                        scope,
                                                        twoYears,
                                                        p.last())
                                        || b != null
                                                && newData.reached(
                                                        newData.deliveries
                                                                .get(rc.id())
                                                                .organisationId(),
                                                        scope,
                                                        twoYears,
                                                        p.last()))) {
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
                    default -> {}
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
}
