package org.hor.core.io.internal;

import static org.hor.core.io.internal.RecordSchema.Kind.BOOLEAN;
import static org.hor.core.io.internal.RecordSchema.Kind.DATE;
import static org.hor.core.io.internal.RecordSchema.Kind.DECIMAL;
import static org.hor.core.io.internal.RecordSchema.Kind.INTEGER;
import static org.hor.core.io.internal.RecordSchema.Kind.STRING;
import static org.hor.core.io.internal.RecordSchema.Kind.STRING_LIST;
import static org.hor.core.io.internal.RecordSchema.Kind.STRING_MAP;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.hor.core.model.Budget;
import org.hor.core.model.CarrierType;
import org.hor.core.model.Cooperation;
import org.hor.core.model.Coverage;
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
import org.hor.core.model.Programme;
import org.hor.core.model.Site;
import org.hor.core.model.SupportAction;
import org.hor.core.model.Target;
import org.hor.core.validation.internal.Pointers;

/** The schemas of all record types, in the field order of spec 01. */
public final class Schemas {

    private Schemas() {}

    /** The programme object. */
    public static final RecordSchema<Programme> PROGRAMME = new RecordSchema<Programme>(
                    Programme.class, v -> new Programme((String) v[0], (String) v[1], (String) v[2]))
            .field("id", STRING, Programme::id)
            .field("name", STRING, Programme::name)
            .field("funder", STRING, Programme::funder);

    /** A site. */
    public static final RecordSchema<Site> SITE = new RecordSchema<Site>(
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
            .field("id", STRING, Site::id)
            .field("name", STRING, Site::name)
            .field("city", STRING, Site::city)
            .field("state", STRING, Site::state)
            .field("carrier", STRING, Site::carrier)
            .enumField("carrierType", CarrierType.class, Site::carrierType)
            .enumField("coverage", Coverage.class, Site::coverage)
            .field("start", DATE, Site::start)
            .field("end", DATE, Site::end);

    /** An organisation. */
    @SuppressWarnings("unchecked")
    public static final RecordSchema<Organisation> ORGANISATION = new RecordSchema<Organisation>(
                    Organisation.class,
                    v -> new Organisation(
                            (String) v[0],
                            (String) v[1],
                            (OrganisationType) v[2],
                            (LegalForm) v[3],
                            (Boolean) v[4],
                            (Integer) v[5],
                            (Map<String, String>) v[6]))
            .field("id", STRING, Organisation::id)
            .field("name", STRING, Organisation::name)
            .enumField("type", OrganisationType.class, Organisation::type)
            .enumField("legalForm", LegalForm.class, Organisation::legalForm)
            .field("migrantLed", BOOLEAN, Organisation::migrantLed)
            .field("founded", INTEGER, Organisation::founded)
            .field("attributes", STRING_MAP, Organisation::attributes);

    /** An offer. */
    public static final RecordSchema<Offer> OFFER = new RecordSchema<Offer>(
                    Offer.class, v -> new Offer((String) v[0], (String) v[1], (OfferType) v[2], (String) v[3]))
            .field("id", STRING, Offer::id)
            .field("siteId", STRING, Offer::siteId)
            .enumField("type", OfferType.class, Offer::type)
            .field("title", STRING, Offer::title);

    /** A delivery. */
    public static final RecordSchema<Delivery> DELIVERY = new RecordSchema<Delivery>(
                    Delivery.class,
                    v -> new Delivery(
                            (String) v[0],
                            (String) v[1],
                            (String) v[2],
                            (LocalDate) v[3],
                            (BigDecimal) v[4],
                            (BigDecimal) v[5],
                            (Integer) v[6]))
            .field("id", STRING, Delivery::id)
            .field("offerId", STRING, Delivery::offerId)
            .field("organisationId", STRING, Delivery::organisationId)
            .field("date", DATE, Delivery::date)
            .field("hours", DECIMAL, Delivery::hours)
            .field("amount", DECIMAL, Delivery::amount)
            .field("participants", INTEGER, Delivery::participants);

    /** A cooperation. */
    public static final RecordSchema<Cooperation> COOPERATION = new RecordSchema<Cooperation>(
                    Cooperation.class,
                    v -> new Cooperation(
                            (String) v[0],
                            (String) v[1],
                            (String) v[2],
                            (PartnerType) v[3],
                            (LocalDate) v[4],
                            (LocalDate) v[5],
                            (Boolean) v[6]))
            .field("id", STRING, Cooperation::id)
            .field("siteId", STRING, Cooperation::siteId)
            .field("partner", STRING, Cooperation::partner)
            .enumField("partnerType", PartnerType.class, Cooperation::partnerType)
            .field("start", DATE, Cooperation::start)
            .field("end", DATE, Cooperation::end)
            .field("formal", BOOLEAN, Cooperation::formal);

    /** An outcome. */
    public static final RecordSchema<Outcome> OUTCOME = new RecordSchema<Outcome>(
                    Outcome.class,
                    v -> new Outcome(
                            (String) v[0], (String) v[1], (String) v[2], (LocalDate) v[3], (OutcomeType) v[4], (String)
                                    v[5]))
            .field("id", STRING, Outcome::id)
            .field("siteId", STRING, Outcome::siteId)
            .field("organisationId", STRING, Outcome::organisationId)
            .field("date", DATE, Outcome::date)
            .enumField("type", OutcomeType.class, Outcome::type)
            .field("note", STRING, Outcome::note);

    /** An exchange. */
    @SuppressWarnings("unchecked")
    public static final RecordSchema<Exchange> EXCHANGE = new RecordSchema<Exchange>(
                    Exchange.class,
                    v -> new Exchange(
                            (String) v[0],
                            (LocalDate) v[1],
                            (ExchangeFormat) v[2],
                            (String) v[3],
                            (List<String>) v[4],
                            (String) v[5]))
            .field("id", STRING, Exchange::id)
            .field("date", DATE, Exchange::date)
            .enumField("format", ExchangeFormat.class, Exchange::format)
            .field("hostSiteId", STRING, Exchange::hostSiteId)
            .field("siteIds", STRING_LIST, Exchange::siteIds)
            .field("topic", STRING, Exchange::topic);

    /** A target. */
    public static final RecordSchema<Target> TARGET = new RecordSchema<Target>(
                    Target.class, v -> new Target((String) v[0], (String) v[1], (String) v[2], (BigDecimal) v[3]))
            .field("siteId", STRING, Target::siteId)
            .field("indicator", STRING, Target::indicator)
            .field("period", STRING, Target::period)
            .field("value", DECIMAL, Target::value);

    /** A budget. */
    public static final RecordSchema<Budget> BUDGET = new RecordSchema<Budget>(
                    Budget.class, v -> new Budget((String) v[0], (Integer) v[1], (BigDecimal) v[2]))
            .field("siteId", STRING, Budget::siteId)
            .field("year", INTEGER, Budget::year)
            .field("amount", DECIMAL, Budget::amount);

    /** A measurement. */
    public static final RecordSchema<Measurement> MEASUREMENT = new RecordSchema<Measurement>(
                    Measurement.class,
                    v -> new Measurement(
                            (String) v[0], (String) v[1], (LocalDate) v[2], (BigDecimal) v[3], (String) v[4]))
            .field("siteId", STRING, Measurement::siteId)
            .field("metric", STRING, Measurement::metric)
            .field("date", DATE, Measurement::date)
            .field("value", DECIMAL, Measurement::value)
            .field("unit", STRING, Measurement::unit);

    /** A support action. */
    public static final RecordSchema<SupportAction> SUPPORT_ACTION = new RecordSchema<SupportAction>(
                    SupportAction.class,
                    v -> new SupportAction(
                            (String) v[0], (String) v[1], (LocalDate) v[2], (String) v[3], (String) v[4], (String)
                                    v[5]))
            .field("id", STRING, SupportAction::id)
            .field("siteId", STRING, SupportAction::siteId)
            .field("date", DATE, SupportAction::date)
            .field("measure", STRING, SupportAction::measure)
            .field("rule", STRING, SupportAction::rule)
            .field("note", STRING, SupportAction::note);

    /** The top-level fields of the document, in spec order (one list with the pointer order's). */
    public static final List<String> TOP_LEVEL = Pointers.TOP_LEVEL;

    /** The schemas of the arrays, in the order of {@link #TOP_LEVEL} from {@code sites} on. */
    public static final List<RecordSchema<?>> ARRAYS = List.of(
            SITE,
            ORGANISATION,
            OFFER,
            DELIVERY,
            COOPERATION,
            OUTCOME,
            EXCHANGE,
            TARGET,
            BUDGET,
            MEASUREMENT,
            SUPPORT_ACTION);

    /** The index in {@link #TOP_LEVEL} of the first array, {@code sites}. */
    public static final int FIRST_ARRAY = 3;
}
