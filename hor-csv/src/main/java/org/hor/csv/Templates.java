package org.hor.csv;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
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
import org.hor.core.model.Programme;
import org.hor.core.model.Site;
import org.hor.core.model.SupportAction;
import org.hor.core.model.Target;

/**
 * The template folder a house starts from: every file with its header and one example row
 * ({@code sites.csv} two, since an exchange joins at least two sites). The example is a valid
 * dataset, so the template imports without problems; replace the rows with your own.
 */
public final class Templates {

    private Templates() {}

    /**
     * Writes the template folder in the standard dialect (see {@link DatasetExporter#exportTo} for
     * how files are written).
     *
     * @param dir the folder
     * @throws IOException on an I/O error
     */
    public static void write(Path dir) throws IOException {
        write(dir, Dialect.STANDARD);
    }

    /**
     * Writes the template folder in a dialect.
     *
     * @param dir     the folder
     * @param dialect {@link Dialect#STANDARD} or {@link Dialect#GERMAN}
     * @throws IOException              on an I/O error
     * @throws IllegalArgumentException if {@code dialect} is {@link Dialect#AUTO}
     */
    public static void write(Path dir, Dialect dialect) throws IOException {
        DatasetExporter.builder().dialect(dialect).build().exportTo(example(), dir);
    }

    /**
     * Returns the example dataset of the template: one programme, two sites, one record of every
     * other type, every optional field filled once.
     *
     * @return the example, valid against the standard indicator catalogue
     */
    public static Dataset example() {
        LocalDate asOf = LocalDate.of(2024, 12, 31);
        return new Dataset(
                Dataset.FORMAT_VERSION,
                asOf,
                new Programme("hor", "House of Resources", "BAMF"),
                List.of(
                        new Site(
                                "S-A",
                                "Haus der Ressourcen Dresden",
                                "Dresden",
                                "DE-SN",
                                "Beispielträger e.V.",
                                CarrierType.MIGRANT_UMBRELLA,
                                Coverage.CITY,
                                LocalDate.of(2020, 1, 1),
                                null),
                        new Site(
                                "S-B",
                                "Haus der Ressourcen Leipzig",
                                "Leipzig",
                                "DE-SN",
                                "Beispielverbund",
                                CarrierType.CONSORTIUM,
                                Coverage.REGION,
                                LocalDate.of(2021, 3, 1),
                                LocalDate.of(2026, 12, 31))),
                List.of(new Organisation(
                        "O-1",
                        "Beispielverein e.V.",
                        OrganisationType.MIGRANT_ORGANISATION,
                        LegalForm.REGISTERED_ASSOCIATION,
                        true,
                        2012,
                        Map.of("language", "Arabisch"))),
                List.of(new Offer("F-1", "S-A", OfferType.MICRO_GRANT, "Mikroförderung")),
                List.of(new Delivery(
                        "D-1",
                        "F-1",
                        "O-1",
                        LocalDate.of(2024, 3, 5),
                        new BigDecimal("1.5"),
                        new BigDecimal("1500.00"),
                        3)),
                List.of(new Cooperation(
                        "C-1",
                        "S-A",
                        "Stadt Dresden, Integrationsbüro",
                        PartnerType.LOCAL_AUTHORITY,
                        LocalDate.of(2023, 1, 1),
                        LocalDate.of(2025, 12, 31),
                        true)),
                List.of(new Outcome(
                        "X-1",
                        "S-A",
                        "O-1",
                        LocalDate.of(2024, 6, 1),
                        OutcomeType.ASSOCIATION_REGISTERED,
                        "Eintragung ins Vereinsregister")),
                List.of(new Exchange(
                        "E-1",
                        LocalDate.of(2024, 5, 15),
                        ExchangeFormat.PEER_VISIT,
                        "S-A",
                        List.of("S-A", "S-B"),
                        "Mikroförderung in der Praxis")),
                List.of(new Target("S-A", "reach.organisations", "2024", new BigDecimal("40"))),
                List.of(new Budget("S-A", 2024, new BigDecimal("120000.00"))),
                List.of(new Measurement(
                        "S-A", "language-cafe.visits", LocalDate.of(2024, 4, 30), new BigDecimal("35"), "Besuche")),
                List.of(new SupportAction(
                        "A-1",
                        "S-A",
                        LocalDate.of(2024, 7, 1),
                        "coaching",
                        "LOW_NEW_REACH",
                        "Coaching zur Ansprache neuer Vereine")));
    }
}
