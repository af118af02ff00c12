package org.hor.core.privacy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import org.hor.core.model.Programme;
import org.hor.core.model.Site;
import org.hor.core.model.Target;

/** A small valid dataset written for the privacy tests: two sites, three organisations, texts with and without personal data. */
final class TinyDataset {

    static final String NAME_1 = "Verein Eins e.V.";
    static final String NAME_2 = "Initiative Zwei";
    static final String NAME_3 = "Chor Drei";

    private TinyDataset() {}

    static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    static Dataset create() {
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("contactLanguage", "Arabisch");
        attributes.put("contact", "maria@example.org");
        attributes.put("field", "Kultur");
        List<Site> sites = List.of(
                new Site(
                        "S-A",
                        "Haus A",
                        "Dresden",
                        "DE-SN",
                        "Träger A e.V.",
                        CarrierType.MIGRANT_UMBRELLA,
                        Coverage.CITY,
                        d("2020-01-01"),
                        null),
                new Site(
                        "S-B",
                        "Haus B",
                        "Leipzig",
                        "DE-SN",
                        "Träger B e.V.",
                        CarrierType.OTHER_CARRIER,
                        Coverage.REGION,
                        d("2020-01-01"),
                        null));
        List<Organisation> organisations = List.of(
                new Organisation(
                        "O-1",
                        NAME_1,
                        OrganisationType.MIGRANT_ORGANISATION,
                        LegalForm.REGISTERED_ASSOCIATION,
                        null,
                        2012,
                        attributes),
                new Organisation(
                        "O-2",
                        NAME_2,
                        OrganisationType.INITIATIVE,
                        LegalForm.UNREGISTERED_GROUP,
                        true,
                        null,
                        Map.of("field", "Sport")),
                new Organisation("O-3", NAME_3, OrganisationType.OTHER, LegalForm.OTHER, null, null, null));
        List<Offer> offers = List.of(
                new Offer("F-1", "S-A", OfferType.CONSULTING, "Beratung"),
                new Offer("F-2", "S-A", OfferType.MICRO_GRANT, "Mikroförderung, Rückfragen Tel. 0351 4567890"),
                new Offer("F-3", "S-B", OfferType.TRAINING, "Workshop Öffentlichkeitsarbeit"));
        List<Delivery> deliveries = List.of(
                new Delivery("D-1", "F-1", "O-1", d("2023-03-05"), new BigDecimal("2"), null, null),
                new Delivery("D-2", "F-2", "O-2", d("2024-02-01"), null, new BigDecimal("500.00"), null),
                new Delivery("D-3", "F-2", "O-1", d("2024-05-05"), null, new BigDecimal("1000.00"), null),
                new Delivery("D-4", "F-3", "O-3", d("2022-09-09"), null, null, 4));
        List<Cooperation> cooperations = List.of(
                new Cooperation(
                        "C-1",
                        "S-A",
                        "Frau Müller, Tel. 0171-2345678",
                        PartnerType.CIVIL_SOCIETY,
                        d("2021-01-01"),
                        null,
                        false),
                new Cooperation(
                        "C-2", "S-A", "Stadt Dresden", PartnerType.LOCAL_AUTHORITY, d("2024-02-01"), null, true),
                new Cooperation("C-3", "S-B", "Nachbarschaftstreff", PartnerType.OTHER, d("2023-06-01"), null, false),
                new Cooperation(
                        "C-4", "S-B", "Chor drei", PartnerType.MIGRANT_ORGANISATION, d("2024-01-15"), null, true));
        List<Outcome> outcomes = List.of(
                new Outcome(
                        "E-1",
                        "S-A",
                        "O-1",
                        d("2024-06-01"),
                        OutcomeType.NEW_PARTNERSHIP,
                        "Vorsitzender geb. 12.03.1985"),
                new Outcome(
                        "E-2", "S-A", "O-2", d("2024-07-01"), OutcomeType.ASSOCIATION_REGISTERED, "Verein eingetragen"),
                new Outcome("E-3", "S-B", "O-3", d("2023-01-10"), OutcomeType.OTHER, null));
        List<Exchange> exchanges = List.of(
                new Exchange(
                        "X-1",
                        d("2023-11-11"),
                        ExchangeFormat.PEER_VISIT,
                        "S-A",
                        List.of("S-A", "S-B"),
                        "Besuch, Kontakt info@haus-a.de"),
                new Exchange(
                        "X-2",
                        d("2024-04-04"),
                        ExchangeFormat.ONLINE,
                        null,
                        List.of("S-A", "S-B"),
                        "Austausch zu Mikroförderung"));
        List<Target> targets = List.of(new Target("S-A", "reach.organisations", "2024", new BigDecimal("2")));
        List<Measurement> measurements = List.of(
                new Measurement("S-A", "visits", d("2023-12-01"), new BigDecimal("10"), "visits"),
                new Measurement("S-A", "visits", d("2024-12-01"), new BigDecimal("12"), "visits"));
        return new Dataset(
                "1",
                d("2024-12-31"),
                new Programme("hor", "House of Resources", "BAMF"),
                sites,
                organisations,
                offers,
                deliveries,
                cooperations,
                outcomes,
                exchanges,
                targets,
                List.of(),
                measurements,
                List.of());
    }
}
