package org.hor.report.builder;

import java.math.BigDecimal;
import java.time.LocalDate;
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

/**
 * A small hand-made dataset, as of 31 March 2026, so the evaluation year is 2025.
 *
 * <pre>
 * site  offers                          deliveries 2024        deliveries 2025
 * S-A   F-A1 consulting, F-A2 grant     D1 O1, D2 O2 (F-A1)    D3 O1 (F-A1), D4 O2 (F-A2, 500 €), D5 O3 (F-A1)
 * S-B   F-B1 training                   –                      D6 O3, D7 O4 (F-B1)
 * </pre>
 *
 * S-A reaches {O1,O2} in 2024 (2) and {O1,O2,O3} in 2025 (3, change +1), new in 2025: O3 (1);
 * S-B reaches {O3,O4} in 2025 (2). The programme reaches {O1,O2,O3,O4} = 4 in 2025, not 3 + 2 = 5:
 * O3 used both sites. S-A has a target of 4 organisations for 2025: attainment 75 %, PARTLY.
 * Organisation O1 carries the free attribute {@code religion}, which must stay out of reports.
 */
final class SmallDataset {
    static final String SECRET = "Geheimwert-7";

    private SmallDataset() {}

    static Dataset create() {
        List<Site> sites = List.of(
                new Site(
                        "S-A",
                        "Haus Alpha",
                        "Leipzig",
                        "DE-SN",
                        "Alpha e.V.",
                        CarrierType.CONSORTIUM,
                        Coverage.CITY,
                        LocalDate.of(2023, 4, 1),
                        null),
                new Site(
                        "S-B",
                        "Haus Beta",
                        "Dresden",
                        "DE-SN",
                        "Beta gGmbH",
                        CarrierType.MIGRANT_UMBRELLA,
                        Coverage.REGION,
                        LocalDate.of(2024, 1, 1),
                        null));
        List<Organisation> orgs = List.of(
                new Organisation(
                        "O1",
                        "Verein Eins",
                        OrganisationType.MIGRANT_ORGANISATION,
                        LegalForm.REGISTERED_ASSOCIATION,
                        null,
                        2010,
                        Map.of("religion", SECRET)),
                new Organisation(
                        "O2",
                        "Initiative Zwei",
                        OrganisationType.INITIATIVE,
                        LegalForm.UNREGISTERED_GROUP,
                        null,
                        null,
                        Map.of()),
                new Organisation(
                        "O3",
                        "Verein Drei",
                        OrganisationType.INTEGRATIVE_ASSOCIATION,
                        LegalForm.REGISTERED_ASSOCIATION,
                        null,
                        null,
                        Map.of()),
                new Organisation("O4", "Gruppe Vier", OrganisationType.OTHER, LegalForm.OTHER, null, null, Map.of()));
        List<Offer> offers = List.of(
                new Offer("F-A1", "S-A", OfferType.CONSULTING, "Vereinsberatung"),
                new Offer("F-A2", "S-A", OfferType.MICRO_GRANT, "Mikrofonds"),
                new Offer("F-B1", "S-B", OfferType.TRAINING, "Workshopreihe"));
        List<Delivery> deliveries = List.of(
                new Delivery("D1", "F-A1", "O1", LocalDate.of(2024, 5, 10), new BigDecimal("2"), null, null),
                new Delivery("D2", "F-A1", "O2", LocalDate.of(2024, 6, 1), new BigDecimal("1.5"), null, null),
                new Delivery("D3", "F-A1", "O1", LocalDate.of(2025, 2, 3), new BigDecimal("2"), null, null),
                new Delivery("D4", "F-A2", "O2", LocalDate.of(2025, 3, 15), null, new BigDecimal("500"), null),
                new Delivery("D5", "F-A1", "O3", LocalDate.of(2025, 7, 1), new BigDecimal("1"), null, null),
                new Delivery("D6", "F-B1", "O3", LocalDate.of(2025, 4, 2), null, null, 5),
                new Delivery("D7", "F-B1", "O4", LocalDate.of(2025, 5, 5), null, null, 3));
        List<Cooperation> cooperations = List.of(new Cooperation(
                "C1", "S-A", "Stadt Leipzig", PartnerType.LOCAL_AUTHORITY, LocalDate.of(2024, 1, 1), null, true));
        List<Outcome> outcomes = List.of(
                new Outcome("OC1", "S-A", "O1", LocalDate.of(2025, 10, 1), OutcomeType.ASSOCIATION_REGISTERED, null));
        List<Exchange> exchanges = List.of(new Exchange(
                "X1",
                LocalDate.of(2025, 9, 10),
                ExchangeFormat.NETWORK_MEETING,
                "S-A",
                List.of("S-A", "S-B"),
                "Förderanträge schreiben"));
        List<Target> targets = List.of(new Target("S-A", "reach.organisations", "2025", new BigDecimal("4")));
        return new Dataset(
                "1",
                LocalDate.of(2026, 3, 31),
                new Programme("hor", "Häuser der Ressourcen", "BAMF"),
                sites,
                orgs,
                offers,
                deliveries,
                cooperations,
                outcomes,
                exchanges,
                targets,
                List.of(),
                List.of(),
                List.of());
    }
}
