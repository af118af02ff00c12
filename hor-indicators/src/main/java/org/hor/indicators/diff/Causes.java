package org.hor.indicators.diff;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.hor.core.model.Period;
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
 * organisations they concern; then, once per side, each changed record placed by site and date
 * ({@code SideIndex}); then per scope and period the records of the scope's sites bucketed by date,
 * and the changed organisations reached there in the period; then per changed value a test of only
 * the records in the buckets its indicator reads.
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
    private final Map<String, int[]> candidates = new HashMap<>();
    private final List<RecordChange> siteChanges = new ArrayList<>();
    private final Map<String, Window> windows = new HashMap<>();
    /** The record changes, by position in {@code records.changes()} (spec 01's array order, then id). */
    private RecordChange[] changes;

    private SideIndex oldIndex;
    private SideIndex newIndex;
    /** Per record change: the number of the last value that tested it (each is tested once per value). */
    private int[] tested;

    private int valueNumber;

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
    public static Causes of(Engine oldEngine, Engine newEngine, RecordDiff records) {
        Objects.requireNonNull(oldEngine, "oldEngine");
        Objects.requireNonNull(newEngine, "newEngine");
        Objects.requireNonNull(records, "records");
        return new Causes(records, Optional.of(oldEngine), Optional.of(newEngine));
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
            int number = ++valueNumber;
            SideIndex.Ints hits = new SideIndex.Ints();
            for (SideIndex.Ints list : w.lists(key.indicator())) {
                for (int k = 0; k < list.size; k++) {
                    int i = list.values[k];
                    if (tested[i] != number) {
                        tested[i] = number;
                        if (matches(changes[i], change, scope, p)) {
                            hits.add(i);
                        }
                    }
                }
            }
            // spec 06: in the order of spec 01's arrays, then by id, as records.changes() is
            int[] ordered = hits.toArray();
            Arrays.sort(ordered);
            for (int i : ordered) {
                causes.add(changes[i].cause());
            }
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
        final SideIndex.Ints deliveriesIn = new SideIndex.Ints();
        final SideIndex.Ints deliveriesBefore = new SideIndex.Ints();
        final SideIndex.Ints deliveriesEarly = new SideIndex.Ints();
        final SideIndex.Ints outcomesIn = new SideIndex.Ints();
        final SideIndex.Ints outcomesBefore = new SideIndex.Ints();
        final SideIndex.Ints exchangesIn = new SideIndex.Ints();
        final SideIndex.Ints organisations = new SideIndex.Ints();
        final SideIndex.Ints offers = new SideIndex.Ints();
        final SideIndex.Ints cooperations = new SideIndex.Ints();
        final SideIndex.Ints budgets = new SideIndex.Ints();
        final SideIndex.Ints targets = new SideIndex.Ints();

        /** Returns the buckets that indicator {@code id}'s values read (targets for every one: a target adds its period). */
        List<SideIndex.Ints> lists(String id) {
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
            for (int i : candidates(scope)) {
                RecordChange rc = changes[i];
                LocalDate a = oldIndex.dates[i];
                LocalDate b = newIndex.dates[i];
                switch (rc.array()) {
                    case "deliveries" -> {
                        if (in(a, p) || in(b, p)) {
                            w.deliveriesIn.add(i);
                        }
                        if (between(a, lo, p) || between(b, lo, p)) {
                            w.deliveriesBefore.add(i);
                        }
                        // an earlier delivery is read only for an organisation reached in p or W(p): those
                        // lie within two years before p up to its end
                        if ((a != null && a.isBefore(lo) || b != null && b.isBefore(lo))
                                && (a != null && reachedEarly(oldData, rc, scope, twoYears, p)
                                        || b != null && reachedEarly(newData, rc, scope, twoYears, p))) {
                            w.deliveriesEarly.add(i);
                        }
                    }
                    case "outcomes" -> {
                        if (in(a, p) || in(b, p)) {
                            w.outcomesIn.add(i);
                        }
                        if (between(a, lo, p) || between(b, lo, p)) {
                            w.outcomesBefore.add(i);
                        }
                    }
                    case "exchanges" -> {
                        if (in(a, p) || in(b, p)) {
                            w.exchangesIn.add(i);
                        }
                    }
                    case "offers" -> w.offers.add(i);
                    case "cooperations" -> w.cooperations.add(i);
                    case "budgets" -> w.budgets.add(i);
                    case "targets" -> w.targets.add(i);
                    default -> {}
                }
            }
            // an organisation is read only where it is reached in p (StandardReads.readsOrganisation)
            BitSet reached = new BitSet(changes.length);
            oldIndex.organisationsReached(scope, p.first(), p.last(), reached);
            newIndex.organisationsReached(scope, p.first(), p.last(), reached);
            reached.stream().forEach(w.organisations::add);
            return w;
        });
    }

    /** Whether the organisation of side {@code x}'s version of delivery {@code rc} has a delivery in the scope from two years before p to its end. */
    private static boolean reachedEarly(SideData x, RecordChange rc, Scope scope, LocalDate twoYears, Period p) {
        return x.reached(x.deliveries.get(rc.id()).organisationId(), scope, twoYears, p.last());
    }

    private static boolean in(LocalDate date, Period p) {
        return date != null && p.contains(date);
    }

    private static boolean between(LocalDate date, LocalDate lo, Period p) {
        return date != null && !date.isBefore(lo) && date.isBefore(p.first());
    }

    /**
     * Returns the positions of the changed records (organisations aside) that may bear on values of
     * {@code scope}: those whose version on either side belongs to a site of the scope there, ascending.
     * Kept per scope, so each value tests only its scope's records.
     */
    private int[] candidates(Scope scope) {
        return candidates.computeIfAbsent(scope.id(), k -> {
            BitSet in = new BitSet(changes.length);
            oldIndex.recordsOf(scope, in);
            newIndex.recordsOf(scope, in);
            return in.stream().toArray();
        });
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
        changes = records.changes().toArray(RecordChange[]::new);
        tested = new int[changes.length];
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
        oldIndex = new SideIndex(oldData, changes, RecordChange.Kind.ADDED);
        newIndex = new SideIndex(newData, changes, RecordChange.Kind.REMOVED);
    }
}
