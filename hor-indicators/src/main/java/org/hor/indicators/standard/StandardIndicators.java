package org.hor.indicators.standard;

import static org.hor.indicators.standard.Formulas.mean;
import static org.hor.indicators.standard.Formulas.share;
import static org.hor.indicators.standard.Formulas.shareFormula;
import static org.hor.indicators.standard.Formulas.show;
import static org.hor.indicators.standard.Formulas.sum;
import static org.hor.indicators.standard.Formulas.withParts;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.hor.core.model.OfferType;
import org.hor.core.model.Period;
import org.hor.core.model.PeriodType;
import org.hor.core.spi.Accrual;
import org.hor.core.spi.Breakdown;
import org.hor.core.spi.Direction;
import org.hor.core.spi.IndicatorDefinition;
import org.hor.core.spi.Level;
import org.hor.core.spi.NumberStyle;
import org.hor.core.spi.Reason;
import org.hor.core.spi.Result;
import org.hor.core.spi.Scope;
import org.hor.core.spi.ScopeKind;
import org.hor.core.spi.Trace;
import org.hor.core.spi.Value;
import org.hor.indicators.internal.Kernels;
import org.hor.indicators.internal.Pass;

/**
 * The table of the 25 standard indicators of spec 02, in the spec's order: the one home of each. An
 * entry holds the definition, the disclosure denominator, the computation (which reads the kernels'
 * aggregates, above all the single {@link Pass} over the deliveries of a scope and period) and the
 * explanation (the formula with its numbers and the contributing records). The catalogue
 * ({@link StandardCatalogue}), the known-indicator set ({@code Catalogue.knownIndicators()}), the
 * disclosure denominators and {@code Engine.explain} all read this table. To add an indicator, add an
 * entry here, and the aggregate to {@link Pass} when the pass does not yet compute it.
 */
final class StandardIndicators {
    private StandardIndicators() {}

    private static final Set<PeriodType> YEARS = EnumSet.of(PeriodType.YEAR);

    /** The entries in catalogue order. */
    static final List<StandardIndicator> ALL = List.of(
            entry(
                    def(
                            "reach.organisations",
                            Level.OUTPUT,
                            "organisations",
                            Direction.UP,
                            Accrual.CUMULATIVE,
                            NumberStyle.INTEGER,
                            Breakdown.ORGANISATION_TYPE,
                            "Erreichte Organisationen",
                            "Organisations reached",
                            "Anzahl der verschiedenen Organisationen mit mindestens einer Leistung im Zeitraum.",
                            "Number of distinct organisations with at least one delivery in the period."),
                    Denominator.OWN_SIZE,
                    (k, s, p) -> {
                        Pass x = k.pass(s, p);
                        return withParts(x.orgs().length, Breakdown.ORGANISATION_TYPE, x.orgsByType());
                    },
                    (k, s, p, v) -> {
                        int[] orgs = k.pass(s, p).orgs();
                        return new Trace("|Orgs(S,p)| = " + orgs.length, "organisation", k.orgIds(orgs));
                    }),
            entry(
                    def(
                            "reach.organisations.new",
                            Level.OUTPUT,
                            "organisations",
                            Direction.UP,
                            Accrual.CUMULATIVE,
                            NumberStyle.INTEGER,
                            Breakdown.ORGANISATION_TYPE,
                            "Neu erreichte Organisationen",
                            "Newly reached organisations",
                            "Erreichte Organisationen, deren erste Leistung im Bereich überhaupt im Zeitraum liegt.",
                            "Organisations reached whose earliest delivery in the scope lies in the period."),
                    Denominator.OWN_SIZE,
                    (k, s, p) -> {
                        Pass x = k.pass(s, p);
                        return withParts(x.newOrgs(), Breakdown.ORGANISATION_TYPE, x.newByType());
                    },
                    (k, s, p, v) -> new Trace(
                            "|{o in Orgs(S,p) : earliest delivery of o in S lies in p}| = "
                                    + k.pass(s, p).newOrgs(),
                            "organisation",
                            k.newOrgIds(s, p))),
            entry(
                    def(
                            "reach.migrant-led.share",
                            Level.OUTPUT,
                            "percent",
                            Direction.UP,
                            Accrual.LEVEL,
                            NumberStyle.DECIMAL,
                            null,
                            "Anteil migrantisch geführter Organisationen",
                            "Share of migrant-led organisations",
                            "Anteil der erreichten Organisationen, die migrantisch geführt sind.",
                            "Share of the organisations reached that are migrant-led."),
                    Denominator.ORGANISATIONS,
                    (k, s, p) -> {
                        Pass x = k.pass(s, p);
                        return Result.of(share(x.migrantLed(), x.orgs().length));
                    },
                    (k, s, p, v) -> {
                        Pass x = k.pass(s, p);
                        return new Trace(
                                shareFormula(
                                        x.migrantLed(), x.orgs().length, "migrant-led organisations", "organisations"),
                                "organisation",
                                k.orgIds(x.orgs()));
                    }),
            entry(
                    def(
                            "deliveries.count",
                            Level.OUTPUT,
                            "deliveries",
                            Direction.UP,
                            Accrual.CUMULATIVE,
                            NumberStyle.INTEGER,
                            Breakdown.OFFER_TYPE,
                            "Leistungen",
                            "Deliveries",
                            "Anzahl der Leistungen der Angebote des Bereichs im Zeitraum.",
                            "Number of deliveries of the scope's offers in the period."),
                    Denominator.NONE,
                    (k, s, p) -> {
                        Pass x = k.pass(s, p);
                        return withParts(x.deliveries(), Breakdown.OFFER_TYPE, x.byOfferType());
                    },
                    (k, s, p, v) -> new Trace(
                            "|D(S,p)| = " + k.pass(s, p).deliveries(), "delivery", k.deliveryIds(s, p, null))),
            entry(
                    def(
                            "consulting.hours",
                            Level.OUTPUT,
                            "hours",
                            Direction.UP,
                            Accrual.CUMULATIVE,
                            NumberStyle.EXACT,
                            null,
                            "Beratungsstunden",
                            "Consulting hours",
                            "Summe der Stunden der Beratungsleistungen im Zeitraum.",
                            "Sum of the hours of the consulting deliveries in the period."),
                    Denominator.NONE,
                    (k, s, p) -> Result.of(Value.of(k.pass(s, p).consultingHours())),
                    (k, s, p, v) -> hoursTrace(
                            k, s, p, OfferType.CONSULTING, k.pass(s, p).consultingHours())),
            entry(
                    def(
                            "training.participants",
                            Level.OUTPUT,
                            "participations",
                            Direction.UP,
                            Accrual.CUMULATIVE,
                            NumberStyle.INTEGER,
                            null,
                            "Teilnahmen an Qualifizierungen",
                            "Training participations",
                            "Summe der Teilnehmenden der Qualifizierungsleistungen im Zeitraum.",
                            "Sum of the participants of the training deliveries in the period."),
                    Denominator.NONE,
                    (k, s, p) -> Result.of(Value.of(k.pass(s, p).trainingParticipants())),
                    (k, s, p, v) -> {
                        Pass x = k.pass(s, p);
                        return new Trace(
                                "sum of participants of " + x.deliveries(OfferType.TRAINING) + " TRAINING deliveries = "
                                        + x.trainingParticipants(),
                                "delivery",
                                k.deliveryIds(s, p, OfferType.TRAINING));
                    }),
            entry(
                    def(
                            "rooms.hours",
                            Level.OUTPUT,
                            "hours",
                            Direction.UP,
                            Accrual.CUMULATIVE,
                            NumberStyle.EXACT,
                            null,
                            "Gebuchte Raumstunden",
                            "Room hours booked",
                            "Summe der gebuchten Stunden der Raumleistungen im Zeitraum.",
                            "Sum of the hours booked in the room deliveries in the period."),
                    Denominator.NONE,
                    (k, s, p) -> Result.of(Value.of(k.pass(s, p).roomHours())),
                    (k, s, p, v) ->
                            hoursTrace(k, s, p, OfferType.ROOM, k.pass(s, p).roomHours())),
            entry(
                    def(
                            "grants.count",
                            Level.OUTPUT,
                            "grants",
                            Direction.UP,
                            Accrual.CUMULATIVE,
                            NumberStyle.INTEGER,
                            null,
                            "Mikroförderungen",
                            "Micro-grants",
                            "Anzahl der Mikroförderungen im Zeitraum.",
                            "Number of micro-grant deliveries in the period."),
                    Denominator.NONE,
                    (k, s, p) -> Result.of(Value.of(k.pass(s, p).grants())),
                    (k, s, p, v) -> new Trace(
                            "number of MICRO_GRANT deliveries in D(S,p) = "
                                    + k.pass(s, p).grants(),
                            "delivery",
                            grantIds(k, s, p))),
            entry(
                    def(
                            "grants.amount",
                            Level.OUTPUT,
                            "EUR",
                            Direction.UP,
                            Accrual.CUMULATIVE,
                            NumberStyle.MONEY,
                            null,
                            "Fördersumme",
                            "Amount granted",
                            "Summe der Beträge der Mikroförderungen im Zeitraum.",
                            "Sum of the amounts of the micro-grants in the period."),
                    Denominator.GRANTS,
                    (k, s, p) -> Result.of(Value.of(k.pass(s, p).grantAmount())),
                    (k, s, p, v) -> {
                        Pass x = k.pass(s, p);
                        return new Trace(
                                "sum of amounts of " + x.grants() + " grants = "
                                        + x.grantAmount().toPlainString() + " EUR",
                                "delivery",
                                grantIds(k, s, p));
                    }),
            entry(
                    def(
                            "grants.amount.mean",
                            Level.OUTPUT,
                            "EUR",
                            Direction.UP,
                            Accrual.LEVEL,
                            NumberStyle.DECIMAL,
                            null,
                            "Mittlere Förderhöhe",
                            "Mean grant amount",
                            "Fördersumme geteilt durch die Anzahl der Mikroförderungen im Zeitraum.",
                            "Amount granted divided by the number of micro-grants in the period."),
                    Denominator.GRANTS,
                    (k, s, p) -> {
                        Pass x = k.pass(s, p);
                        return Result.of(mean(x.grantAmount(), x.grants()));
                    },
                    (k, s, p, v) -> {
                        Pass x = k.pass(s, p);
                        return new Trace(
                                x.grantAmount().toPlainString() + " EUR / " + x.grants() + " grants = " + show(v),
                                "delivery",
                                grantIds(k, s, p));
                    }),
            entry(
                    def(
                            "grants.first-time.share",
                            Level.OUTPUT,
                            "percent",
                            Direction.UP,
                            Accrual.LEVEL,
                            NumberStyle.DECIMAL,
                            null,
                            "Anteil Erstförderungen",
                            "Share of first-time grants",
                            "Anteil der Mikroförderungen im Zeitraum, die die erste Förderung der Organisation im Bereich sind.",
                            "Share of the micro-grants in the period that are the organisation's first grant in the scope."),
                    Denominator.GRANTS,
                    (k, s, p) -> {
                        Pass x = k.pass(s, p);
                        return Result.of(share(x.firstTimeGrants(), x.grants()));
                    },
                    (k, s, p, v) -> {
                        Pass x = k.pass(s, p);
                        return new Trace(
                                shareFormula(x.firstTimeGrants(), x.grants(), "first-time grants", "grants"),
                                "delivery",
                                grantIds(k, s, p));
                    }),
            entry(
                    def(
                            "grants.top-recipient.share",
                            Level.OUTPUT,
                            "percent",
                            Direction.DOWN,
                            Accrual.LEVEL,
                            NumberStyle.DECIMAL,
                            null,
                            "Anteil der größten Empfängerin",
                            "Share of the top recipient",
                            "Größte Fördersumme einer einzelnen Organisation im Zeitraum als Anteil der Fördersumme.",
                            "Largest amount one organisation received in the period as a share of the amount granted."),
                    Denominator.GRANTS,
                    (k, s, p) -> {
                        Pass x = k.pass(s, p);
                        return Result.of(share(x.topRecipient(), x.grantAmount()));
                    },
                    (k, s, p, v) -> {
                        Pass x = k.pass(s, p);
                        return new Trace(
                                "100 × " + x.topRecipient().toPlainString()
                                        + " EUR (largest sum of one organisation) / "
                                        + x.grantAmount().toPlainString() + " EUR = " + show(v),
                                "delivery",
                                grantIds(k, s, p));
                    }),
            entry(
                    def(
                            "events.count",
                            Level.OUTPUT,
                            "events",
                            Direction.UP,
                            Accrual.CUMULATIVE,
                            NumberStyle.INTEGER,
                            null,
                            "Vernetzungsveranstaltungen",
                            "Networking events",
                            "Anzahl der verschiedenen Paare aus Angebot und Datum der Vernetzungsleistungen im Zeitraum.",
                            "Number of distinct (offer, date) pairs of the networking-event deliveries in the period."),
                    Denominator.NONE,
                    (k, s, p) -> Result.of(Value.of(k.pass(s, p).events())),
                    (k, s, p, v) -> {
                        Pass x = k.pass(s, p);
                        return new Trace(
                                "distinct (offer, date) pairs of " + x.deliveries(OfferType.NETWORKING_EVENT)
                                        + " NETWORKING_EVENT deliveries = " + x.events(),
                                "delivery",
                                k.deliveryIds(s, p, OfferType.NETWORKING_EVENT));
                    }),
            entry(
                    def(
                            "events.participants",
                            Level.OUTPUT,
                            "participations",
                            Direction.UP,
                            Accrual.CUMULATIVE,
                            NumberStyle.INTEGER,
                            null,
                            "Teilnahmen an Vernetzungsveranstaltungen",
                            "Event participations",
                            "Summe der Teilnehmenden der Vernetzungsleistungen im Zeitraum.",
                            "Sum of the participants of the networking-event deliveries in the period."),
                    Denominator.NONE,
                    (k, s, p) -> Result.of(Value.of(k.pass(s, p).eventParticipants())),
                    (k, s, p, v) -> {
                        Pass x = k.pass(s, p);
                        return new Trace(
                                "sum of participants of " + x.deliveries(OfferType.NETWORKING_EVENT)
                                        + " NETWORKING_EVENT deliveries = " + x.eventParticipants(),
                                "delivery",
                                k.deliveryIds(s, p, OfferType.NETWORKING_EVENT));
                    }),
            entry(
                    def(
                            "retention.share",
                            Level.OUTCOME,
                            "percent",
                            Direction.UP,
                            Accrual.LEVEL,
                            NumberStyle.DECIMAL,
                            null,
                            "Bindungsquote",
                            "Retention",
                            "Anteil der im Vorzeitraum erreichten Organisationen, die auch im Zeitraum erreicht wurden.",
                            "Share of the organisations reached in the previous period that are reached again in the period."),
                    Denominator.ORGANISATIONS_BEFORE,
                    (k, s, p) -> Result.of(k.retentionShare(s, p, p.previous())),
                    (k, s, p, v) -> {
                        Period prev = p.previous();
                        long[] r = k.retention(s, p, prev);
                        if (r == null) {
                            return new Trace(
                                    "no site of S was active in " + prev.code() + ": NOT_APPLICABLE",
                                    "organisation",
                                    List.of());
                        }
                        return new Trace(
                                shareFormula(
                                        r[0],
                                        r[1],
                                        "organisations also served in " + p.code(),
                                        "organisations served in " + prev.code()),
                                "organisation",
                                k.orgIds(k.pass(s, prev).orgs()));
                    }),
            entry(
                    def(
                            "offers.multi-use.share",
                            Level.OUTCOME,
                            "percent",
                            Direction.UP,
                            Accrual.LEVEL,
                            NumberStyle.DECIMAL,
                            null,
                            "Anteil Mehrfachnutzung",
                            "Share of multi-use",
                            "Anteil der erreichten Organisationen, die im Zeitraum mindestens zwei Angebotsarten nutzten.",
                            "Share of the organisations reached that used at least two offer types in the period."),
                    Denominator.ORGANISATIONS,
                    (k, s, p) -> {
                        Pass x = k.pass(s, p);
                        return Result.of(share(x.multiUse(), x.orgs().length));
                    },
                    (k, s, p, v) -> {
                        Pass x = k.pass(s, p);
                        return new Trace(
                                shareFormula(
                                        x.multiUse(),
                                        x.orgs().length,
                                        "organisations using ≥ 2 offer types",
                                        "organisations"),
                                "organisation",
                                k.orgIds(x.orgs()));
                    }),
            entry(
                    def(
                            "outcomes.count",
                            Level.OUTCOME,
                            "outcomes",
                            Direction.UP,
                            Accrual.CUMULATIVE,
                            NumberStyle.INTEGER,
                            Breakdown.OUTCOME_TYPE,
                            "Wirkungen",
                            "Outcomes",
                            "Anzahl der im Zeitraum beobachteten Wirkungen bei Organisationen.",
                            "Number of outcomes observed at organisations in the period."),
                    Denominator.NONE,
                    (k, s, p) -> {
                        long[] byType = k.outcomesByType(s, p);
                        return withParts(sum(byType), Breakdown.OUTCOME_TYPE, byType);
                    },
                    (k, s, p, v) -> {
                        List<String> ids = k.outcomeIds(s, p);
                        return new Trace("outcomes of S dated in p = " + ids.size(), "outcome", ids);
                    }),
            entry(
                    def(
                            "outcomes.organisations.share",
                            Level.OUTCOME,
                            "percent",
                            Direction.UP,
                            Accrual.LEVEL,
                            NumberStyle.DECIMAL,
                            null,
                            "Anteil Organisationen mit Wirkung",
                            "Share of organisations with an outcome",
                            "Anteil der in den 24 Monaten bis zum Stichtag erreichten Organisationen mit einer Wirkung in "
                                    + "dieser Zeit, nicht vor ihrer ersten Leistung.",
                            "Share of the organisations reached in the 24 months up to the reference day with an outcome "
                                    + "in that time, not before their first delivery."),
                    Denominator.ORGANISATIONS_IN_WINDOW,
                    (k, s, p) -> {
                        long[] c = k.window(s, p, null);
                        return Result.of(share(c[1], c[0]));
                    },
                    (k, s, p, v) -> {
                        List<String> reached = new ArrayList<>();
                        long[] c = k.window(s, p, reached);
                        String w = k.windowFirst(p) + ".." + p.referenceDay(k.asOf());
                        return new Trace(
                                "W(p) = " + w + "; "
                                        + shareFormula(
                                                c[1],
                                                c[0],
                                                "organisations with an outcome",
                                                "organisations with a delivery in W(p)"),
                                "organisation",
                                reached);
                    }),
            entry(
                    def(
                            "cooperations.active",
                            Level.IMPACT,
                            "cooperations",
                            Direction.UP,
                            Accrual.LEVEL,
                            NumberStyle.INTEGER,
                            Breakdown.PARTNER_TYPE,
                            "Aktive Kooperationen",
                            "Active cooperations",
                            "Anzahl der am Stichtag des Zeitraums bestehenden Kooperationen.",
                            "Number of cooperations in force on the period's reference day."),
                    Denominator.NONE,
                    (k, s, p) -> {
                        long[] c = k.cooperations(s, p, false, null);
                        return withParts(c[0], Breakdown.PARTNER_TYPE, c, 2);
                    },
                    (k, s, p, v) -> {
                        List<String> ids = new ArrayList<>();
                        k.cooperations(s, p, false, ids);
                        return new Trace(
                                "cooperations of S active on " + p.referenceDay(k.asOf()) + " = " + ids.size(),
                                "cooperation",
                                ids);
                    }),
            entry(
                    def(
                            "cooperations.new",
                            Level.IMPACT,
                            "cooperations",
                            Direction.UP,
                            Accrual.CUMULATIVE,
                            NumberStyle.INTEGER,
                            Breakdown.PARTNER_TYPE,
                            "Neue Kooperationen",
                            "New cooperations",
                            "Anzahl der im Zeitraum begonnenen Kooperationen.",
                            "Number of cooperations that started in the period."),
                    Denominator.NONE,
                    (k, s, p) -> {
                        long[] c = k.cooperations(s, p, true, null);
                        return withParts(c[0], Breakdown.PARTNER_TYPE, c, 2);
                    },
                    (k, s, p, v) -> {
                        List<String> ids = new ArrayList<>();
                        k.cooperations(s, p, true, ids);
                        return new Trace("cooperations of S starting in p = " + ids.size(), "cooperation", ids);
                    }),
            entry(
                    def(
                            "cooperations.formal.share",
                            Level.IMPACT,
                            "percent",
                            Direction.UP,
                            Accrual.LEVEL,
                            NumberStyle.DECIMAL,
                            null,
                            "Anteil formaler Kooperationen",
                            "Share of formal cooperations",
                            "Anteil der aktiven Kooperationen mit schriftlicher Vereinbarung.",
                            "Share of the active cooperations with a written agreement."),
                    Denominator.ACTIVE_COOPERATIONS,
                    (k, s, p) -> {
                        long[] c = k.cooperations(s, p, false, null);
                        return Result.of(share(c[1], c[0]));
                    },
                    (k, s, p, v) -> {
                        List<String> ids = new ArrayList<>();
                        long[] c = k.cooperations(s, p, false, ids);
                        return new Trace(
                                shareFormula(
                                        c[1],
                                        c[0],
                                        "formal cooperations",
                                        "cooperations active on " + p.referenceDay(k.asOf())),
                                "cooperation",
                                ids);
                    }),
            entry(
                    def(
                            "exchange.participations",
                            Level.IMPACT,
                            "exchanges",
                            Direction.UP,
                            Accrual.CUMULATIVE,
                            NumberStyle.INTEGER,
                            Breakdown.EXCHANGE_FORMAT,
                            "Teilnahmen am Austausch",
                            "Exchange participations",
                            "Anzahl der standortübergreifenden Austausche im Zeitraum mit einem Standort des Bereichs.",
                            "Number of cross-site exchanges in the period that a site of the scope took part in."),
                    Denominator.NONE,
                    (k, s, p) -> {
                        long[] r = k.exchanges(s, p, null, null);
                        return withParts(r[0], Breakdown.EXCHANGE_FORMAT, r, 2);
                    },
                    (k, s, p, v) -> {
                        List<String> ids = new ArrayList<>();
                        long[] r = k.exchanges(s, p, ids, null);
                        return new Trace("exchanges dated in p with a site of S = " + r[0], "exchange", ids);
                    }),
            entry(
                    def(
                            "exchange.peer-sites",
                            Level.IMPACT,
                            "sites",
                            Direction.UP,
                            Accrual.CUMULATIVE,
                            NumberStyle.INTEGER,
                            null,
                            "Austauschpartner-Standorte",
                            "Peer sites",
                            "Anzahl der Standorte außerhalb des Bereichs, die im Zeitraum einen Austausch mit ihm teilten.",
                            "Number of sites outside the scope that shared an exchange with it in the period."),
                    Denominator.NONE,
                    (k, s, p) -> s.kind() == ScopeKind.PROGRAMME
                            ? Result.of(Value.undefined(Reason.NOT_APPLICABLE))
                            : Result.of(Value.of(k.exchanges(s, p, null, null)[1])),
                    (k, s, p, v) -> {
                        if (s.kind() == ScopeKind.PROGRAMME) {
                            return new Trace(
                                    "not applicable to the programme scope: NOT_APPLICABLE", "site", List.of());
                        }
                        List<String> ids = new ArrayList<>();
                        long[] r = k.exchanges(s, p, null, ids);
                        return new Trace("distinct sites outside S sharing an exchange in p = " + r[1], "site", ids);
                    }),
            entry(
                    years(def(
                            "budget.amount",
                            Level.INPUT,
                            "EUR",
                            Direction.UP,
                            Accrual.CUMULATIVE,
                            NumberStyle.MONEY,
                            null,
                            "Budget",
                            "Budget",
                            "Summe der Jahresbudgets der im Jahr aktiven Standorte.",
                            "Sum of the year's budgets of the sites active in the year.")),
                    Denominator.NONE,
                    (k, s, p) -> Result.of(k.budget(s, p)),
                    (k, s, p, v) -> {
                        List<String> ids = k.activeSiteIds(s, p);
                        return new Trace(
                                "sum of the " + p.code() + " budgets of the " + ids.size() + " active sites = "
                                        + show(v),
                                "site",
                                ids);
                    }),
            entry(
                    years(def(
                            "cost.per-organisation",
                            Level.INPUT,
                            "EUR",
                            Direction.DOWN,
                            Accrual.LEVEL,
                            NumberStyle.DECIMAL,
                            null,
                            "Kosten je Organisation",
                            "Cost per organisation",
                            "Budget eines abgeschlossenen Jahres geteilt durch die Zahl der erreichten Organisationen.",
                            "Budget of a complete year divided by the number of organisations reached.")),
                    Denominator.ORGANISATIONS,
                    (k, s, p) -> {
                        if (!p.isComplete(k.asOf())) {
                            return Result.of(Value.undefined(Reason.NOT_APPLICABLE));
                        }
                        Value budget = k.budget(s, p);
                        return Result.of(
                                budget instanceof Value.Defined d
                                        ? mean(d.number(), k.pass(s, p).orgs().length)
                                        : budget);
                    },
                    (k, s, p, v) -> {
                        if (!p.isComplete(k.asOf())) {
                            return new Trace("applies only to complete years: NOT_APPLICABLE", "site", List.of());
                        }
                        return new Trace(
                                show(k.budget(s, p)) + " / " + k.pass(s, p).orgs().length + " organisations = "
                                        + show(v),
                                "site",
                                k.activeSiteIds(s, p));
                    }));

    private static StandardIndicator entry(
            IndicatorDefinition definition,
            Denominator denominator,
            StandardIndicator.Computation computation,
            StandardIndicator.Explanation explanation) {
        return new StandardIndicator(definition, denominator, computation, explanation);
    }

    private static Trace hoursTrace(Kernels k, Scope s, Period p, OfferType type, java.math.BigDecimal hours) {
        return new Trace(
                "sum of hours of " + k.pass(s, p).deliveries(type) + " " + type + " deliveries = "
                        + Formulas.plain(hours),
                "delivery",
                k.deliveryIds(s, p, type));
    }

    private static List<String> grantIds(Kernels k, Scope s, Period p) {
        return k.deliveryIds(s, p, OfferType.MICRO_GRANT);
    }

    private static IndicatorDefinition years(IndicatorDefinition d) {
        return new IndicatorDefinition(
                d.id(),
                d.label(),
                d.definition(),
                d.unit(),
                d.level(),
                d.direction(),
                d.accrual(),
                YEARS,
                d.breakdown(),
                d.numberStyle());
    }

    private static IndicatorDefinition def(
            String id,
            Level level,
            String unit,
            Direction direction,
            Accrual accrual,
            NumberStyle style,
            Breakdown breakdown,
            String labelDe,
            String labelEn,
            String defDe,
            String defEn) {
        return IndicatorDefinition.builder(id)
                .label(labelDe, labelEn)
                .definition(defDe, defEn)
                .unit(unit)
                .level(level)
                .direction(direction)
                .accrual(accrual)
                .numberStyle(style)
                .breakdown(breakdown)
                .build();
    }
}
