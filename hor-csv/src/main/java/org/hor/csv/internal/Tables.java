package org.hor.csv.internal;

import static org.hor.csv.internal.Kind.BOOLEAN;
import static org.hor.csv.internal.Kind.DATE;
import static org.hor.csv.internal.Kind.DECIMAL;
import static org.hor.csv.internal.Kind.INTEGER;
import static org.hor.csv.internal.Kind.LIST;
import static org.hor.csv.internal.Kind.MAP;
import static org.hor.csv.internal.Kind.STRING;
import static org.hor.csv.internal.Kind.TEXT;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.hor.core.model.Budget;
import org.hor.core.model.CarrierType;
import org.hor.core.model.Cooperation;
import org.hor.core.model.Coverage;
import org.hor.core.model.Dataset;
import org.hor.core.model.Delivery;
import org.hor.core.model.Exchange;
import org.hor.core.model.ExchangeFormat;
import org.hor.core.model.LegalForm;
import org.hor.core.model.Measurement;
import org.hor.core.model.Offer;
import org.hor.core.model.OfferType;
import org.hor.core.model.Organisation;
import org.hor.core.model.OrganisationType;
import org.hor.core.model.Outcome;
import org.hor.core.model.OutcomeType;
import org.hor.core.model.PartnerType;
import org.hor.core.model.Site;
import org.hor.core.model.SupportAction;
import org.hor.core.model.Target;

/** The CSV files of a dataset folder: {@code dataset.csv} and one table per record type, in spec order. */
public final class Tables {

    /** The file with the top-level fields. */
    public static final String DATASET_FILE = "dataset.csv";

    /** The columns of {@code dataset.csv} and the JSON pointers they fill. */
    public static final List<String> DATASET_COLUMNS =
            List.of("formatVersion", "asOf", "programmeId", "programmeName", "programmeFunder");

    /** The JSON pointers of {@link #DATASET_COLUMNS}, in the same order. */
    public static final List<String> DATASET_POINTERS =
            List.of("/formatVersion", "/asOf", "/programme/id", "/programme/name", "/programme/funder");

    /** The kinds of {@link #DATASET_COLUMNS}, in the same order. */
    public static final List<Kind> DATASET_KINDS = List.of(STRING, DATE, STRING, TEXT, TEXT);

    private Tables() {}

    static final Table<Site> SITES = new Table<>(
                    "sites",
                    Site.class,
                    v -> new Site(
                            (String) v[0],
                            (String) v[1],
                            (String) v[2],
                            (String) v[3],
                            (String) v[4],
                            (CarrierType) v[5],
                            (Coverage) v[6],
                            (LocalDate) v[7],
                            (LocalDate) v[8]))
            .column(Column.of("id", STRING, true), Site::id)
            .column(Column.of("name", TEXT, true), Site::name)
            .column(Column.of("city", TEXT, true), Site::city)
            .column(Column.of("state", STRING, true), Site::state)
            .column(Column.of("carrier", TEXT, true), Site::carrier)
            .column(Column.ofEnum("carrierType", CarrierType.class), Site::carrierType)
            .column(Column.ofEnum("coverage", Coverage.class), Site::coverage)
            .column(Column.of("start", DATE, true), Site::start)
            .column(Column.of("end", DATE, false), Site::end);

    @SuppressWarnings("unchecked")
    static final Table<Organisation> ORGANISATIONS = new Table<>(
                    "organisations",
                    Organisation.class,
                    v -> new Organisation(
                            (String) v[0],
                            (String) v[1],
                            (OrganisationType) v[2],
                            (LegalForm) v[3],
                            (Boolean) v[4],
                            (Integer) v[5],
                            (Map<String, String>) v[6]))
            .column(Column.of("id", STRING, true), Organisation::id)
            .column(Column.of("name", TEXT, true), Organisation::name)
            .column(Column.ofEnum("type", OrganisationType.class), Organisation::type)
            .column(Column.ofEnum("legalForm", LegalForm.class), Organisation::legalForm)
            .column(Column.of("migrantLed", BOOLEAN, false), Organisation::migrantLed)
            .column(Column.of("founded", INTEGER, false), Organisation::founded)
            .column(Column.of("attributes", MAP, false), Organisation::attributes);

    static final Table<Offer> OFFERS = new Table<>(
                    "offers",
                    Offer.class,
                    v -> new Offer((String) v[0], (String) v[1], (OfferType) v[2], (String) v[3]))
            .column(Column.of("id", STRING, true), Offer::id)
            .column(Column.of("siteId", STRING, true), Offer::siteId)
            .column(Column.ofEnum("type", OfferType.class), Offer::type)
            .column(Column.of("title", TEXT, true), Offer::title);

    static final Table<Delivery> DELIVERIES = new Table<>(
                    "deliveries",
                    Delivery.class,
                    v -> new Delivery(
                            (String) v[0],
                            (String) v[1],
                            (String) v[2],
                            (LocalDate) v[3],
                            (BigDecimal) v[4],
                            (BigDecimal) v[5],
                            (Integer) v[6]))
            .column(Column.of("id", STRING, true), Delivery::id)
            .column(Column.of("offerId", STRING, true), Delivery::offerId)
            .column(Column.of("organisationId", STRING, true), Delivery::organisationId)
            .column(Column.of("date", DATE, true), Delivery::date)
            .column(Column.of("hours", DECIMAL, false), Delivery::hours)
            .column(Column.of("amount", DECIMAL, false), Delivery::amount)
            .column(Column.of("participants", INTEGER, false), Delivery::participants);

    static final Table<Cooperation> COOPERATIONS = new Table<>(
                    "cooperations",
                    Cooperation.class,
                    v -> new Cooperation(
                            (String) v[0],
                            (String) v[1],
                            (String) v[2],
                            (PartnerType) v[3],
                            (LocalDate) v[4],
                            (LocalDate) v[5],
                            (Boolean) v[6]))
            .column(Column.of("id", STRING, true), Cooperation::id)
            .column(Column.of("siteId", STRING, true), Cooperation::siteId)
            .column(Column.of("partner", TEXT, true), Cooperation::partner)
            .column(Column.ofEnum("partnerType", PartnerType.class), Cooperation::partnerType)
            .column(Column.of("start", DATE, true), Cooperation::start)
            .column(Column.of("end", DATE, false), Cooperation::end)
            .column(Column.of("formal", BOOLEAN, true), Cooperation::formal);

    static final Table<Outcome> OUTCOMES = new Table<>(
                    "outcomes",
                    Outcome.class,
                    v -> new Outcome(
                            (String) v[0], (String) v[1], (String) v[2], (LocalDate) v[3], (OutcomeType) v[4], (String)
                                    v[5]))
            .column(Column.of("id", STRING, true), Outcome::id)
            .column(Column.of("siteId", STRING, true), Outcome::siteId)
            .column(Column.of("organisationId", STRING, true), Outcome::organisationId)
            .column(Column.of("date", DATE, true), Outcome::date)
            .column(Column.ofEnum("type", OutcomeType.class), Outcome::type)
            .column(Column.of("note", TEXT, false), Outcome::note);

    @SuppressWarnings("unchecked")
    static final Table<Exchange> EXCHANGES = new Table<>(
                    "exchanges",
                    Exchange.class,
                    v -> new Exchange(
                            (String) v[0],
                            (LocalDate) v[1],
                            (ExchangeFormat) v[2],
                            (String) v[3],
                            (List<String>) v[4],
                            (String) v[5]))
            .column(Column.of("id", STRING, true), Exchange::id)
            .column(Column.of("date", DATE, true), Exchange::date)
            .column(Column.ofEnum("format", ExchangeFormat.class), Exchange::format)
            .column(Column.of("hostSiteId", STRING, false), Exchange::hostSiteId)
            .column(Column.of("siteIds", LIST, true), Exchange::siteIds)
            .column(Column.of("topic", TEXT, true), Exchange::topic);

    static final Table<Target> TARGETS = new Table<>(
                    "targets",
                    Target.class,
                    v -> new Target((String) v[0], (String) v[1], (String) v[2], (BigDecimal) v[3]))
            .column(Column.of("siteId", STRING, true), Target::siteId)
            .column(Column.of("indicator", STRING, true), Target::indicator)
            .column(Column.of("period", STRING, true), Target::period)
            .column(Column.of("value", DECIMAL, true), Target::value);

    static final Table<Budget> BUDGETS = new Table<>(
                    "budgets", Budget.class, v -> new Budget((String) v[0], (Integer) v[1], (BigDecimal) v[2]))
            .column(Column.of("siteId", STRING, true), Budget::siteId)
            .column(Column.of("year", INTEGER, true), Budget::year)
            .column(Column.of("amount", DECIMAL, true), Budget::amount);

    static final Table<Measurement> MEASUREMENTS = new Table<>(
                    "measurements",
                    Measurement.class,
                    v -> new Measurement(
                            (String) v[0], (String) v[1], (LocalDate) v[2], (BigDecimal) v[3], (String) v[4]))
            .column(Column.of("siteId", STRING, true), Measurement::siteId)
            .column(Column.of("metric", STRING, true), Measurement::metric)
            .column(Column.of("date", DATE, true), Measurement::date)
            .column(Column.of("value", DECIMAL, true), Measurement::value)
            .column(Column.of("unit", TEXT, false), Measurement::unit);

    static final Table<SupportAction> SUPPORT_ACTIONS = new Table<>(
                    "supportActions",
                    SupportAction.class,
                    v -> new SupportAction(
                            (String) v[0], (String) v[1], (LocalDate) v[2], (String) v[3], (String) v[4], (String)
                                    v[5]))
            .column(Column.of("id", STRING, true), SupportAction::id)
            .column(Column.of("siteId", STRING, true), SupportAction::siteId)
            .column(Column.of("date", DATE, true), SupportAction::date)
            .column(Column.of("measure", STRING, true), SupportAction::measure)
            .column(Column.of("rule", STRING, false), SupportAction::rule)
            .column(Column.of("note", TEXT, false), SupportAction::note);

    /** The record tables in the order of spec 01 (the order of the dataset's arrays). */
    public static final List<Table<?>> ALL = List.of(
            SITES,
            ORGANISATIONS,
            OFFERS,
            DELIVERIES,
            COOPERATIONS,
            OUTCOMES,
            EXCHANGES,
            TARGETS,
            BUDGETS,
            MEASUREMENTS,
            SUPPORT_ACTIONS);

    /** Returns the table of the array {@code section}, or {@code null}. */
    public static Table<?> bySection(String section) {
        for (Table<?> t : ALL) {
            if (t.section().equals(section)) {
                return t;
            }
        }
        return null;
    }

    /** Returns every file name a folder may hold, {@code dataset.csv} first, then the tables in spec order. */
    public static List<String> fileNames() {
        List<String> names = new java.util.ArrayList<>();
        names.add(DATASET_FILE);
        ALL.forEach(t -> names.add(t.file()));
        return List.copyOf(names);
    }

    /** Returns the records of table {@code t} in {@code d}. */
    @SuppressWarnings("unchecked")
    public static <T> List<T> records(Dataset d, Table<T> t) {
        return (List<T>)
                switch (t.section()) {
                    case "sites" -> d.sites();
                    case "organisations" -> d.organisations();
                    case "offers" -> d.offers();
                    case "deliveries" -> d.deliveries();
                    case "cooperations" -> d.cooperations();
                    case "outcomes" -> d.outcomes();
                    case "exchanges" -> d.exchanges();
                    case "targets" -> d.targets();
                    case "budgets" -> d.budgets();
                    case "measurements" -> d.measurements();
                    case "supportActions" -> d.supportActions();
                    default -> throw new IllegalArgumentException(t.section());
                };
    }
}
