package org.hor.csv.testing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
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
import org.hor.core.model.Programme;
import org.hor.core.model.Site;
import org.hor.core.model.SupportAction;
import org.hor.core.model.Target;

/**
 * Hand-made datasets for the spreadsheet tests: the CSV folder's ({@code hor-csv}) and, through
 * this module's test jar, the workbook's ({@code hor-excel}), so that both formats are checked
 * against one and the same dataset.
 */
public final class Datasets {

    private Datasets() {}

    /**
     * Returns a valid dataset with every optional field filled at least once and absent at least
     * once, unicode, and texts a spreadsheet would misread (formulas, leading apostrophes, signs).
     *
     * @return the dataset
     */
    public static Dataset tricky() {
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("language", "Türkçe");
        attributes.put("formula", "=1+1");
        attributes.put("apostrophe", "'");
        return new Dataset(
                "1",
                LocalDate.of(2024, 12, 31),
                new Programme("hor.prog", "Programm „Häuser“; mit, \"Zitat\"", "=BAMF"),
                List.of(
                        new Site(
                                "S-1",
                                "=SUM(A1:A3)",
                                "Köln",
                                "DE-NW",
                                "'Träger' e.V.",
                                CarrierType.MIGRANT_UMBRELLA,
                                Coverage.CITY,
                                LocalDate.of(2019, 1, 1),
                                LocalDate.of(2026, 6, 30)),
                        new Site(
                                "S-2",
                                "-5",
                                "Zürich; Basel, Bern",
                                "DE-BY",
                                "+49 Verein",
                                CarrierType.OTHER_CARRIER,
                                Coverage.REGION,
                                LocalDate.of(2020, 2, 29),
                                null),
                        new Site(
                                "S-3",
                                "@home",
                                "München",
                                "DE-BE",
                                "Träger \"Drei\"",
                                CarrierType.CONSORTIUM,
                                Coverage.CITY,
                                LocalDate.of(2021, 1, 1),
                                null)),
                List.of(
                        new Organisation(
                                "O-1",
                                "Ünal Kültür Derneği 🎉",
                                OrganisationType.MIGRANT_ORGANISATION,
                                LegalForm.REGISTERED_ASSOCIATION,
                                false,
                                1800,
                                attributes),
                        new Organisation(
                                "O-2",
                                "日本語の会",
                                OrganisationType.INITIATIVE,
                                LegalForm.UNREGISTERED_GROUP,
                                null,
                                null,
                                Map.of("language", "日本語")),
                        new Organisation(
                                "O-3",
                                "  Leerzeichen vorn",
                                OrganisationType.OTHER,
                                LegalForm.OTHER,
                                true,
                                2024,
                                Map.of())),
                List.of(
                        new Offer("F-1", "S-1", OfferType.MICRO_GRANT, "Mikro, Förderung"),
                        new Offer("F-2", "S-2", OfferType.CONSULTING, "Beratung; \"Recht\""),
                        new Offer("F-3", "S-1", OfferType.TRAINING, "-Training")),
                List.of(
                        new Delivery(
                                "D-1",
                                "F-1",
                                "O-1",
                                LocalDate.of(2024, 3, 5),
                                new BigDecimal("0"),
                                new BigDecimal("1500.00"),
                                0),
                        new Delivery(
                                "D-2", "F-2", "O-2", LocalDate.of(2024, 2, 29), new BigDecimal("1.234567"), null, 7),
                        new Delivery("D-3", "F-3", "O-3", LocalDate.of(2024, 12, 31), null, null, null),
                        new Delivery(
                                "D-4",
                                "F-1",
                                "O-2",
                                LocalDate.of(2024, 1, 2),
                                null,
                                new BigDecimal("999999999.99"),
                                null),
                        new Delivery(
                                "D-5", "F-1", "O-3", LocalDate.of(2024, 1, 3), null, new BigDecimal("0.10"), null)),
                List.of(
                        new Cooperation(
                                "C-1",
                                "S-1",
                                "Stadt Köln, Amt für Integration",
                                PartnerType.LOCAL_AUTHORITY,
                                LocalDate.of(2020, 1, 1),
                                LocalDate.of(2030, 1, 1),
                                true),
                        new Cooperation(
                                "C-2",
                                "S-2",
                                "\"Bildung\" gGmbH",
                                PartnerType.EDUCATION,
                                LocalDate.of(2021, 5, 5),
                                null,
                                false)),
                List.of(
                        new Outcome(
                                "X-1",
                                "S-1",
                                "O-1",
                                LocalDate.of(2024, 6, 1),
                                OutcomeType.ASSOCIATION_REGISTERED,
                                "=HYPERLINK(\"http://example.org\")"),
                        new Outcome("X-2", "S-2", "O-2", LocalDate.of(2024, 7, 1), OutcomeType.OTHER, null)),
                List.of(
                        new Exchange(
                                "E-1",
                                LocalDate.of(2024, 5, 15),
                                ExchangeFormat.WORKSHOP,
                                "S-2",
                                List.of("S-1", "S-2", "S-3"),
                                "Netz, Werk; \"Treffen\""),
                        new Exchange(
                                "E-2",
                                LocalDate.of(2024, 6, 1),
                                ExchangeFormat.ONLINE,
                                null,
                                List.of("S-3", "S-1"),
                                "'quoted")),
                List.of(
                        new Target("S-1", "reach.organisations", "2024", new BigDecimal("40")),
                        new Target("S-2", "budget.amount", "2024", new BigDecimal("1000.5")),
                        new Target("S-1", "deliveries.count", "2024-Q3", new BigDecimal("0.000001")),
                        new Target("S-3", "reach.organisations", "2024-01-01..2024-06-30", new BigDecimal("12")),
                        new Target("S-3", "deliveries.count", "2024-05", new BigDecimal("3"))),
                List.of(
                        new Budget("S-1", 2024, new BigDecimal("120000.00")),
                        new Budget("S-2", 2023, new BigDecimal("0.01"))),
                List.of(
                        new Measurement(
                                "S-1",
                                "lang.visits",
                                LocalDate.of(2024, 4, 30),
                                new BigDecimal("-1000000000"),
                                "Besuche"),
                        new Measurement("S-2", "m.x", LocalDate.of(2024, 5, 1), new BigDecimal("0.000001"), null),
                        new Measurement("S-3", "m.y", LocalDate.of(2024, 5, 2), new BigDecimal("42"), "@unit")),
                List.of(
                        new SupportAction("A-1", "S-1", LocalDate.of(2024, 7, 1), "coaching", "LOW_NEW_REACH", "-note"),
                        new SupportAction("A-2", "S-2", LocalDate.of(2024, 8, 1), "peer-visit", null, null)));
    }
}
