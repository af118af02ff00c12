package org.hor.indicators.standard;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.hor.core.model.Period;
import org.hor.core.model.PeriodType;
import org.hor.core.spi.Accrual;
import org.hor.core.spi.Breakdown;
import org.hor.core.spi.Direction;
import org.hor.core.spi.EvaluationContext;
import org.hor.core.spi.Indicator;
import org.hor.core.spi.IndicatorDefinition;
import org.hor.core.spi.IndicatorProvider;
import org.hor.core.spi.Level;
import org.hor.core.spi.NumberStyle;
import org.hor.core.spi.Result;
import org.hor.core.spi.Scope;
import org.hor.indicators.internal.Kernels;

/**
 * The standard indicator catalogue, version 1 (spec 02): the first {@link IndicatorProvider}, with the
 * 25 standard indicators in the spec's order. It uses exactly the plugin SPI; its computations reach
 * the host's columnar index through {@link EvaluationContext#lookup(Class)} and therefore need the hor
 * engine as host.
 */
public final class StandardCatalogue implements IndicatorProvider {

    /** The provider id of the standard catalogue. */
    public static final String ID = "hor.standard";

    /** The catalogue version this class implements. */
    public static final String CATALOGUE_VERSION = "1";

    private static final Set<PeriodType> YEARS = EnumSet.of(PeriodType.YEAR);

    private static final List<Indicator> INDICATORS = List.of(
            std(def("reach.organisations", Level.OUTPUT, "organisations", Direction.UP, Accrual.CUMULATIVE,
                    NumberStyle.INTEGER, Breakdown.ORGANISATION_TYPE,
                    "Erreichte Organisationen", "Organisations reached",
                    "Anzahl der verschiedenen Organisationen mit mindestens einer Leistung im Zeitraum.",
                    "Number of distinct organisations with at least one delivery in the period."),
                    Kernels::reachOrganisations),
            std(def("reach.organisations.new", Level.OUTPUT, "organisations", Direction.UP, Accrual.CUMULATIVE,
                    NumberStyle.INTEGER, Breakdown.ORGANISATION_TYPE,
                    "Neu erreichte Organisationen", "Newly reached organisations",
                    "Erreichte Organisationen, deren erste Leistung im Bereich überhaupt im Zeitraum liegt.",
                    "Organisations reached whose earliest delivery in the scope lies in the period."),
                    Kernels::reachOrganisationsNew),
            std(def("reach.migrant-led.share", Level.OUTPUT, "percent", Direction.UP, Accrual.LEVEL,
                    NumberStyle.DECIMAL, null,
                    "Anteil migrantisch geführter Organisationen", "Share of migrant-led organisations",
                    "Anteil der erreichten Organisationen, die migrantisch geführt sind.",
                    "Share of the organisations reached that are migrant-led."),
                    Kernels::migrantLedShare),
            std(def("deliveries.count", Level.OUTPUT, "deliveries", Direction.UP, Accrual.CUMULATIVE,
                    NumberStyle.INTEGER, Breakdown.OFFER_TYPE,
                    "Leistungen", "Deliveries",
                    "Anzahl der Leistungen der Angebote des Bereichs im Zeitraum.",
                    "Number of deliveries of the scope's offers in the period."),
                    Kernels::deliveriesCount),
            std(def("consulting.hours", Level.OUTPUT, "hours", Direction.UP, Accrual.CUMULATIVE,
                    NumberStyle.EXACT, null,
                    "Beratungsstunden", "Consulting hours",
                    "Summe der Stunden der Beratungsleistungen im Zeitraum.",
                    "Sum of the hours of the consulting deliveries in the period."),
                    Kernels::consultingHours),
            std(def("training.participants", Level.OUTPUT, "participations", Direction.UP, Accrual.CUMULATIVE,
                    NumberStyle.INTEGER, null,
                    "Teilnahmen an Qualifizierungen", "Training participations",
                    "Summe der Teilnehmenden der Qualifizierungsleistungen im Zeitraum.",
                    "Sum of the participants of the training deliveries in the period."),
                    Kernels::trainingParticipants),
            std(def("rooms.hours", Level.OUTPUT, "hours", Direction.UP, Accrual.CUMULATIVE,
                    NumberStyle.EXACT, null,
                    "Gebuchte Raumstunden", "Room hours booked",
                    "Summe der gebuchten Stunden der Raumleistungen im Zeitraum.",
                    "Sum of the hours booked in the room deliveries in the period."),
                    Kernels::roomHours),
            std(def("grants.count", Level.OUTPUT, "grants", Direction.UP, Accrual.CUMULATIVE,
                    NumberStyle.INTEGER, null,
                    "Mikroförderungen", "Micro-grants",
                    "Anzahl der Mikroförderungen im Zeitraum.",
                    "Number of micro-grant deliveries in the period."),
                    Kernels::grantsCount),
            std(def("grants.amount", Level.OUTPUT, "EUR", Direction.UP, Accrual.CUMULATIVE,
                    NumberStyle.MONEY, null,
                    "Fördersumme", "Amount granted",
                    "Summe der Beträge der Mikroförderungen im Zeitraum.",
                    "Sum of the amounts of the micro-grants in the period."),
                    Kernels::grantsAmount),
            std(def("grants.amount.mean", Level.OUTPUT, "EUR", Direction.UP, Accrual.LEVEL,
                    NumberStyle.DECIMAL, null,
                    "Mittlere Förderhöhe", "Mean grant amount",
                    "Fördersumme geteilt durch die Anzahl der Mikroförderungen im Zeitraum.",
                    "Amount granted divided by the number of micro-grants in the period."),
                    Kernels::grantsAmountMean),
            std(def("grants.first-time.share", Level.OUTPUT, "percent", Direction.UP, Accrual.LEVEL,
                    NumberStyle.DECIMAL, null,
                    "Anteil Erstförderungen", "Share of first-time grants",
                    "Anteil der Mikroförderungen im Zeitraum, die die erste Förderung der Organisation im Bereich sind.",
                    "Share of the micro-grants in the period that are the organisation's first grant in the scope."),
                    Kernels::grantsFirstTimeShare),
            std(def("grants.top-recipient.share", Level.OUTPUT, "percent", Direction.DOWN, Accrual.LEVEL,
                    NumberStyle.DECIMAL, null,
                    "Anteil der größten Empfängerin", "Share of the top recipient",
                    "Größte Fördersumme einer einzelnen Organisation im Zeitraum als Anteil der Fördersumme.",
                    "Largest amount one organisation received in the period as a share of the amount granted."),
                    Kernels::grantsTopRecipientShare),
            std(def("events.count", Level.OUTPUT, "events", Direction.UP, Accrual.CUMULATIVE,
                    NumberStyle.INTEGER, null,
                    "Vernetzungsveranstaltungen", "Networking events",
                    "Anzahl der verschiedenen Paare aus Angebot und Datum der Vernetzungsleistungen im Zeitraum.",
                    "Number of distinct (offer, date) pairs of the networking-event deliveries in the period."),
                    Kernels::eventsCount),
            std(def("events.participants", Level.OUTPUT, "participations", Direction.UP, Accrual.CUMULATIVE,
                    NumberStyle.INTEGER, null,
                    "Teilnahmen an Vernetzungsveranstaltungen", "Event participations",
                    "Summe der Teilnehmenden der Vernetzungsleistungen im Zeitraum.",
                    "Sum of the participants of the networking-event deliveries in the period."),
                    Kernels::eventsParticipants),
            std(def("retention.share", Level.OUTCOME, "percent", Direction.UP, Accrual.LEVEL,
                    NumberStyle.DECIMAL, null,
                    "Bindungsquote", "Retention",
                    "Anteil der im Vorzeitraum erreichten Organisationen, die auch im Zeitraum erreicht wurden.",
                    "Share of the organisations reached in the previous period that are reached again in the period."),
                    Kernels::retentionShare),
            std(def("offers.multi-use.share", Level.OUTCOME, "percent", Direction.UP, Accrual.LEVEL,
                    NumberStyle.DECIMAL, null,
                    "Anteil Mehrfachnutzung", "Share of multi-use",
                    "Anteil der erreichten Organisationen, die im Zeitraum mindestens zwei Angebotsarten nutzten.",
                    "Share of the organisations reached that used at least two offer types in the period."),
                    Kernels::multiUseShare),
            std(def("outcomes.count", Level.OUTCOME, "outcomes", Direction.UP, Accrual.CUMULATIVE,
                    NumberStyle.INTEGER, Breakdown.OUTCOME_TYPE,
                    "Wirkungen", "Outcomes",
                    "Anzahl der im Zeitraum beobachteten Wirkungen bei Organisationen.",
                    "Number of outcomes observed at organisations in the period."),
                    Kernels::outcomesCount),
            std(def("outcomes.organisations.share", Level.OUTCOME, "percent", Direction.UP, Accrual.LEVEL,
                    NumberStyle.DECIMAL, null,
                    "Anteil Organisationen mit Wirkung", "Share of organisations with an outcome",
                    "Anteil der in den 24 Monaten bis zum Stichtag erreichten Organisationen mit einer Wirkung in "
                            + "dieser Zeit, nicht vor ihrer ersten Leistung.",
                    "Share of the organisations reached in the 24 months up to the reference day with an outcome "
                            + "in that time, not before their first delivery."),
                    Kernels::outcomesOrganisationsShare),
            std(def("cooperations.active", Level.IMPACT, "cooperations", Direction.UP, Accrual.LEVEL,
                    NumberStyle.INTEGER, Breakdown.PARTNER_TYPE,
                    "Aktive Kooperationen", "Active cooperations",
                    "Anzahl der am Stichtag des Zeitraums bestehenden Kooperationen.",
                    "Number of cooperations in force on the period's reference day."),
                    Kernels::cooperationsActive),
            std(def("cooperations.new", Level.IMPACT, "cooperations", Direction.UP, Accrual.CUMULATIVE,
                    NumberStyle.INTEGER, Breakdown.PARTNER_TYPE,
                    "Neue Kooperationen", "New cooperations",
                    "Anzahl der im Zeitraum begonnenen Kooperationen.",
                    "Number of cooperations that started in the period."),
                    Kernels::cooperationsNew),
            std(def("cooperations.formal.share", Level.IMPACT, "percent", Direction.UP, Accrual.LEVEL,
                    NumberStyle.DECIMAL, null,
                    "Anteil formaler Kooperationen", "Share of formal cooperations",
                    "Anteil der aktiven Kooperationen mit schriftlicher Vereinbarung.",
                    "Share of the active cooperations with a written agreement."),
                    Kernels::cooperationsFormalShare),
            std(def("exchange.participations", Level.IMPACT, "exchanges", Direction.UP, Accrual.CUMULATIVE,
                    NumberStyle.INTEGER, Breakdown.EXCHANGE_FORMAT,
                    "Teilnahmen am Austausch", "Exchange participations",
                    "Anzahl der standortübergreifenden Austausche im Zeitraum mit einem Standort des Bereichs.",
                    "Number of cross-site exchanges in the period that a site of the scope took part in."),
                    Kernels::exchangeParticipations),
            std(def("exchange.peer-sites", Level.IMPACT, "sites", Direction.UP, Accrual.CUMULATIVE,
                    NumberStyle.INTEGER, null,
                    "Austauschpartner-Standorte", "Peer sites",
                    "Anzahl der Standorte außerhalb des Bereichs, die im Zeitraum einen Austausch mit ihm teilten.",
                    "Number of sites outside the scope that shared an exchange with it in the period."),
                    Kernels::exchangePeerSites),
            std(years(def("budget.amount", Level.INPUT, "EUR", Direction.UP, Accrual.CUMULATIVE,
                    NumberStyle.MONEY, null,
                    "Budget", "Budget",
                    "Summe der Jahresbudgets der im Jahr aktiven Standorte.",
                    "Sum of the year's budgets of the sites active in the year.")),
                    Kernels::budgetAmount),
            std(years(def("cost.per-organisation", Level.INPUT, "EUR", Direction.DOWN, Accrual.LEVEL,
                    NumberStyle.DECIMAL, null,
                    "Kosten je Organisation", "Cost per organisation",
                    "Budget eines abgeschlossenen Jahres geteilt durch die Zahl der erreichten Organisationen.",
                    "Budget of a complete year divided by the number of organisations reached.")),
                    Kernels::costPerOrganisation));

    private final List<Indicator> indicators;

    /** Creates the provider with all 25 indicators (for the service loader). */
    public StandardCatalogue() {
        this.indicators = INDICATORS;
    }

    private StandardCatalogue(List<Indicator> indicators) {
        this.indicators = indicators;
    }

    /**
     * Returns the standard catalogue cut down to the indicators {@code ids}, in catalogue order: for
     * tools (a dashboard, a benchmark) that need only some standard indicators and want the engine to
     * compute no others. The result is still the standard provider.
     *
     * @throws IllegalArgumentException if an id is not a standard indicator
     */
    public static StandardCatalogue only(java.util.Collection<String> ids) {
        java.util.Set<String> known = new java.util.HashSet<>();
        INDICATORS.forEach(i -> known.add(i.definition().id()));
        for (String id : ids) {
            if (!known.contains(id)) {
                throw new IllegalArgumentException("not a standard indicator: " + id);
            }
        }
        return new StandardCatalogue(INDICATORS.stream().filter(i -> ids.contains(i.definition().id())).toList());
    }

    @Override
    public String id() {
        return ID;
    }

    /** Returns the catalogue version, {@value #CATALOGUE_VERSION}. */
    @Override
    public String version() {
        return CATALOGUE_VERSION;
    }

    /** Returns the standard indicators in the order of spec 02 (all 25 unless cut down with {@link #only}). */
    @Override
    public List<Indicator> indicators() {
        return indicators;
    }

    private interface Kernel {
        Result compute(Kernels kernels, Scope scope, Period period);
    }

    private static Indicator std(IndicatorDefinition definition, Kernel kernel) {
        return Indicator.of(definition, (ctx, scope, period) -> kernel.compute(kernels(ctx), scope, period));
    }

    private static Kernels kernels(EvaluationContext ctx) {
        return ctx.lookup(Kernels.class).orElseThrow(() -> new IllegalStateException(
                "the standard indicators need the hor engine as host (its index was not offered by the context)"));
    }

    private static IndicatorDefinition years(IndicatorDefinition d) {
        return new IndicatorDefinition(d.id(), d.label(), d.definition(), d.unit(), d.level(), d.direction(),
                d.accrual(), YEARS, d.breakdown(), d.numberStyle());
    }

    private static IndicatorDefinition def(String id, Level level, String unit, Direction direction, Accrual accrual,
            NumberStyle style, Breakdown breakdown, String labelDe, String labelEn, String defDe, String defEn) {
        return IndicatorDefinition.builder(id).label(labelDe, labelEn).definition(defDe, defEn).unit(unit)
                .level(level).direction(direction).accrual(accrual).numberStyle(style).breakdown(breakdown).build();
    }
}
