package org.hor.core.validation.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.hor.core.internal.columns.DeliveryColumns;
import org.hor.core.model.Budget;
import org.hor.core.model.Cooperation;
import org.hor.core.model.Dataset;
import org.hor.core.model.Delivery;
import org.hor.core.model.Exchange;
import org.hor.core.model.Measurement;
import org.hor.core.model.Offer;
import org.hor.core.model.OfferType;
import org.hor.core.model.Organisation;
import org.hor.core.model.Outcome;
import org.hor.core.model.Period;
import org.hor.core.model.PeriodType;
import org.hor.core.model.Site;
import org.hor.core.model.SupportAction;
import org.hor.core.model.Target;
import org.hor.core.validation.KnownIndicators;
import org.hor.core.validation.RuleCode;
import org.hor.core.validation.Violation;

/**
 * The integrity rules 1–4 of spec 01 (references, dates, activity, uniqueness) and the field rules
 * that need another record ({@code founded} ≤ the year of {@code asOf}, a delivery's {@code amount}
 * by its offer's type). Records or fields that are {@code null} are skipped: their absence is a field
 * rule. Activity is not checked against a site whose own dates are broken (no start, a start after
 * {@code asOf}, an end before its start), so that one wrong site date is reported once, not once per
 * event. Violations carry no location (line and column -1).
 */
public final class Integrity {

    private final Dataset d;
    private final KnownIndicators known;
    private final LocalDate asOf;
    private final List<Violation> out = new ArrayList<>();
    private final Map<String, Site> sites = new HashMap<>();
    private final Map<String, Offer> offers = new HashMap<>();
    private final Map<String, Organisation> organisations = new HashMap<>();

    private Integrity(Dataset d, KnownIndicators known) {
        this.d = d;
        this.known = known;
        this.asOf = d.asOf();
    }

    /**
     * Checks the dataset.
     *
     * @param d     the dataset (lists may hold {@code null} for records that could not be read)
     * @param known the indicator catalogue
     * @return the violations, by array in spec order, then index
     */
    public static List<Violation> check(Dataset d, KnownIndicators known) {
        Integrity i = new Integrity(d, known);
        i.run();
        return i.out;
    }

    private void add(String pointer, RuleCode rule, String variant, Object value, Object... args) {
        String key = variant == null ? rule.messageKey() : rule.messageKey(variant);
        out.add(new Violation(
                pointer, -1, -1, rule.code(), value == null ? null : String.valueOf(value), key, List.of(args)));
    }

    private void run() {
        unique("sites", d.sites(), Site::id, sites);
        unique("organisations", d.organisations(), Organisation::id, organisations);
        unique("offers", d.offers(), Offer::id, offers);
        if (!(d.deliveries() instanceof DeliveryColumns<?> c) || c.firstRepeatedId() >= 0) {
            unique("deliveries", d.deliveries(), Delivery::id, null);
        }
        unique("cooperations", d.cooperations(), Cooperation::id, null);
        unique("outcomes", d.outcomes(), Outcome::id, null);
        unique("exchanges", d.exchanges(), Exchange::id, null);
        unique("supportActions", d.supportActions(), SupportAction::id, null);
        checkSites();
        checkOrganisations();
        checkOffers();
        checkDeliveries();
        checkCooperations();
        checkOutcomes();
        checkExchanges();
        checkTargets();
        checkBudgets();
        checkMeasurements();
        checkSupportActions();
        out.sort(Pointers.BY_POINTER);
    }

    private <T> void unique(String section, List<T> list, Function<T, String> id, Map<String, T> index) {
        Map<String, Integer> first = new HashMap<>();
        for (int i = 0; i < list.size(); i++) {
            T r = list.get(i);
            if (r == null || id.apply(r) == null) {
                continue;
            }
            Integer prev = first.putIfAbsent(id.apply(r), i);
            if (prev != null) {
                add(
                        "/" + section + "/" + i + "/id",
                        RuleCode.DUPLICATE_ID,
                        null,
                        id.apply(r),
                        id.apply(r),
                        "/" + section + "/" + prev);
            } else if (index != null) {
                index.put(id.apply(r), r);
            }
        }
    }

    private void reference(String pointer, String id, Map<String, ?> targets, String section) {
        if (id != null && !targets.containsKey(id)) {
            add(pointer, RuleCode.REFERENCE, null, id, id, section);
        }
    }

    private boolean afterAsOf(String pointer, LocalDate date) {
        if (date != null && asOf != null && date.isAfter(asOf)) {
            add(pointer, RuleCode.AFTER_AS_OF, null, date, asOf.toString());
            return true;
        }
        return false;
    }

    private void order(String pointer, LocalDate start, LocalDate end) {
        if (start != null && end != null && end.isBefore(start)) {
            add(pointer, RuleCode.DATE_ORDER, null, end, start.toString());
        }
    }

    /** Returns whether the site's own dates are sound, so that its active days are defined. */
    private boolean usable(Site s) {
        return s != null
                && s.start() != null
                && asOf != null
                && !s.start().isAfter(asOf)
                && (s.end() == null || !s.end().isBefore(s.start()));
    }

    /** Reports {@code date} at {@code pointer} unless the site is active on it (or unusable). */
    private void active(String pointer, String siteId, LocalDate date, String variant) {
        Site s = siteId == null ? null : sites.get(siteId);
        if (date == null || !usable(s) || date.isAfter(asOf)) {
            return;
        }
        if (!s.isActiveOn(date, asOf)) {
            add(
                    pointer,
                    RuleCode.INACTIVE,
                    variant,
                    date,
                    s.id(),
                    s.start().toString(),
                    s.lastActiveDay(asOf).toString());
        }
    }

    private void checkSites() {
        List<Site> list = d.sites();
        for (int i = 0; i < list.size(); i++) {
            Site s = list.get(i);
            if (s == null) {
                continue;
            }
            String p = "/sites/" + i;
            afterAsOf(p + "/start", s.start());
            order(p + "/end", s.start(), s.end());
        }
    }

    private void checkOrganisations() {
        List<Organisation> list = d.organisations();
        for (int i = 0; i < list.size(); i++) {
            Organisation o = list.get(i);
            if (o != null && o.founded() != null && asOf != null && o.founded() > asOf.getYear()) {
                add(
                        "/organisations/" + i + "/founded",
                        RuleCode.RANGE,
                        "foundedAfterAsOf",
                        o.founded(),
                        Integer.toString(asOf.getYear()));
            }
        }
    }

    private void checkOffers() {
        List<Offer> list = d.offers();
        for (int i = 0; i < list.size(); i++) {
            Offer o = list.get(i);
            if (o != null) {
                reference("/offers/" + i + "/siteId", o.siteId(), sites, "sites");
            }
        }
    }

    private void checkDeliveries() {
        List<Delivery> list = d.deliveries();
        if (list instanceof DeliveryColumns<?> c && sound(c)) {
            return;
        }
        for (int i = 0; i < list.size(); i++) {
            Delivery x = list.get(i);
            if (x == null || sound(x)) {
                continue;
            }
            String p = "/deliveries/" + i;
            reference(p + "/offerId", x.offerId(), offers, "offers");
            reference(p + "/organisationId", x.organisationId(), organisations, "organisations");
            afterAsOf(p + "/date", x.date());
            Offer offer = x.offerId() == null ? null : offers.get(x.offerId());
            if (offer != null) {
                active(p + "/date", offer.siteId(), x.date(), null);
                if (offer.type() == OfferType.MICRO_GRANT && x.amount() == null) {
                    add(p + "/amount", RuleCode.GRANT_AMOUNT, "required", null, offer.id());
                } else if (offer.type() != null && offer.type() != OfferType.MICRO_GRANT && x.amount() != null) {
                    add(
                            p + "/amount",
                            RuleCode.GRANT_AMOUNT,
                            "forbidden",
                            x.amount().toString(),
                            offer.id(),
                            offer.type().name());
                }
            }
        }
    }

    /**
     * Returns whether none of the checks of {@link #checkDeliveries} fires for {@code x}: the
     * common case, tested without building a pointer (millions of deliveries).
     */
    private boolean sound(Delivery x) {
        if (x.offerId() == null
                || x.organisationId() == null
                || x.date() == null
                || asOf == null
                || x.date().isAfter(asOf)
                || !organisations.containsKey(x.organisationId())) {
            return false;
        }
        Offer offer = offers.get(x.offerId());
        if (offer == null || offer.type() == null) {
            return false;
        }
        if (offer.type() == OfferType.MICRO_GRANT ? x.amount() == null : x.amount() != null) {
            return false;
        }
        Site s = offer.siteId() == null ? null : sites.get(offer.siteId());
        return !usable(s) || s.isActiveOn(x.date(), asOf);
    }

    /**
     * Returns whether {@link #sound(Delivery)} holds for every delivery of the columns, tested on the
     * columns: each distinct offer and organisation is looked up once, then one pass over the days
     * and quantities. When it does not hold, the records are checked one by one as usual.
     */
    private boolean sound(DeliveryColumns<?> c) {
        if (asOf == null) {
            return false;
        }
        for (String o : c.organisationDictionary()) {
            if (!organisations.containsKey(o)) {
                return false;
            }
        }
        String[] offerIds = c.offerDictionary();
        int n = offerIds.length;
        boolean[] grant = new boolean[n];
        int[] first = new int[n];
        int[] last = new int[n];
        int asOfDay = Math.toIntExact(asOf.toEpochDay());
        for (int f = 0; f < n; f++) {
            Offer offer = offers.get(offerIds[f]);
            if (offer == null || offer.type() == null) {
                return false;
            }
            grant[f] = offer.type() == OfferType.MICRO_GRANT;
            Site s = offer.siteId() == null ? null : sites.get(offer.siteId());
            if (usable(s)) {
                first[f] = Math.toIntExact(s.start().toEpochDay());
                last[f] = Math.toIntExact(s.lastActiveDay(asOf).toEpochDay());
            } else {
                first[f] = Integer.MIN_VALUE;
                last[f] = Integer.MAX_VALUE;
            }
        }
        for (int i = 0, size = c.size(); i < size; i++) {
            int f = c.offer(i);
            int x = c.day(i);
            if (x > asOfDay || x < first[f] || x > last[f] || grant[f] != (c.kind(i) == DeliveryColumns.AMOUNT)) {
                return false;
            }
        }
        return true;
    }

    private void checkCooperations() {
        List<Cooperation> list = d.cooperations();
        for (int i = 0; i < list.size(); i++) {
            Cooperation c = list.get(i);
            if (c == null) {
                continue;
            }
            String p = "/cooperations/" + i;
            reference(p + "/siteId", c.siteId(), sites, "sites");
            afterAsOf(p + "/start", c.start());
            order(p + "/end", c.start(), c.end());
            active(p + "/start", c.siteId(), c.start(), "cooperation");
        }
    }

    private void checkOutcomes() {
        List<Outcome> list = d.outcomes();
        for (int i = 0; i < list.size(); i++) {
            Outcome o = list.get(i);
            if (o == null) {
                continue;
            }
            String p = "/outcomes/" + i;
            reference(p + "/siteId", o.siteId(), sites, "sites");
            reference(p + "/organisationId", o.organisationId(), organisations, "organisations");
            afterAsOf(p + "/date", o.date());
            active(p + "/date", o.siteId(), o.date(), null);
        }
    }

    private void checkExchanges() {
        List<Exchange> list = d.exchanges();
        for (int i = 0; i < list.size(); i++) {
            Exchange x = list.get(i);
            if (x == null) {
                continue;
            }
            String p = "/exchanges/" + i;
            reference(p + "/hostSiteId", x.hostSiteId(), sites, "sites");
            boolean late = afterAsOf(p + "/date", x.date());
            for (int j = 0; j < x.siteIds().size(); j++) {
                reference(p + "/siteIds/" + j, x.siteIds().get(j), sites, "sites");
                if (!late) {
                    active(p + "/siteIds/" + j, x.siteIds().get(j), x.date(), "exchange");
                }
            }
        }
    }

    private void checkTargets() {
        List<Target> list = d.targets();
        Map<List<Object>, Integer> first = new HashMap<>();
        for (int i = 0; i < list.size(); i++) {
            Target t = list.get(i);
            if (t == null) {
                continue;
            }
            String p = "/targets/" + i;
            reference(p + "/siteId", t.siteId(), sites, "sites");
            Period period = parse(t.period());
            if (t.indicator() != null) {
                if (!known.knows(t.indicator())) {
                    List<String> close = Similar.to(t.indicator(), known.ids());
                    if (close.isEmpty()) {
                        add(p + "/indicator", RuleCode.UNKNOWN_INDICATOR, "none", t.indicator(), t.indicator());
                    } else {
                        add(
                                p + "/indicator",
                                RuleCode.UNKNOWN_INDICATOR,
                                null,
                                t.indicator(),
                                t.indicator(),
                                String.join(", ", close));
                    }
                } else if (period != null && !known.periodTypes(t.indicator()).contains(period.type())) {
                    add(
                            p + "/period",
                            RuleCode.PERIOD_TYPE,
                            null,
                            t.period(),
                            t.indicator(),
                            period.type().name(),
                            names(known.periodTypes(t.indicator())));
                }
            }
            Site s = t.siteId() == null ? null : sites.get(t.siteId());
            if (period != null && usable(s) && !period.overlaps(s.start(), s.end() == null ? LocalDate.MAX : s.end())) {
                add(
                        p + "/period",
                        RuleCode.INACTIVE,
                        "target",
                        t.period(),
                        s.id(),
                        s.start().toString(),
                        s.end() == null ? "–" : s.end().toString());
            }
            if (t.siteId() != null && t.indicator() != null && t.period() != null) {
                List<Object> key = List.of(t.siteId(), t.indicator(), period != null ? period : t.period());
                Integer prev = first.putIfAbsent(key, i);
                if (prev != null) {
                    add(
                            p,
                            RuleCode.DUPLICATE_TARGET,
                            null,
                            null,
                            t.siteId(),
                            t.indicator(),
                            t.period(),
                            "/targets/" + prev);
                }
            }
        }
    }

    private static String names(Set<PeriodType> types) {
        List<String> n = new ArrayList<>();
        for (PeriodType t : PeriodType.values()) {
            if (types.contains(t)) {
                n.add(t.name());
            }
        }
        return String.join(", ", n);
    }

    private static Period parse(String code) {
        if (code == null) {
            return null;
        }
        try {
            return Period.parse(code);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private void checkBudgets() {
        List<Budget> list = d.budgets();
        Map<List<Object>, Integer> first = new HashMap<>();
        for (int i = 0; i < list.size(); i++) {
            Budget b = list.get(i);
            if (b == null) {
                continue;
            }
            String p = "/budgets/" + i;
            reference(p + "/siteId", b.siteId(), sites, "sites");
            if (b.siteId() != null && b.year() != null) {
                Integer prev = first.putIfAbsent(List.of(b.siteId(), b.year()), i);
                if (prev != null) {
                    add(
                            p,
                            RuleCode.DUPLICATE_BUDGET,
                            null,
                            null,
                            b.siteId(),
                            b.year().toString(),
                            "/budgets/" + prev);
                }
            }
        }
    }

    private void checkMeasurements() {
        List<Measurement> list = d.measurements();
        for (int i = 0; i < list.size(); i++) {
            Measurement m = list.get(i);
            if (m == null) {
                continue;
            }
            String p = "/measurements/" + i;
            reference(p + "/siteId", m.siteId(), sites, "sites");
            afterAsOf(p + "/date", m.date());
            active(p + "/date", m.siteId(), m.date(), null);
        }
    }

    private void checkSupportActions() {
        List<SupportAction> list = d.supportActions();
        for (int i = 0; i < list.size(); i++) {
            SupportAction a = list.get(i);
            if (a == null) {
                continue;
            }
            String p = "/supportActions/" + i;
            reference(p + "/siteId", a.siteId(), sites, "sites");
            afterAsOf(p + "/date", a.date());
            active(p + "/date", a.siteId(), a.date(), null);
        }
    }
}
