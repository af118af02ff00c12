package org.hor.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.hor.core.model.Budget;
import org.hor.core.model.CarrierType;
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
import org.hor.core.model.Programme;
import org.hor.core.model.Site;
import org.hor.core.model.Target;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ids are text to a spreadsheet too: one starting with - gets the formula guard, and the import removes it. */
class IdGuardTest {

    /** Every kind of id cell starting with -, as the format allows (A–Z a–z 0–9 . _ -). */
    static Dataset dashIds() {
        return new Dataset(
                "1",
                LocalDate.of(2024, 12, 31),
                new Programme("-P", "Programm", null),
                List.of(
                        new Site(
                                "-A1",
                                "Haus A",
                                "Dresden",
                                "DE-SN",
                                "Träger",
                                CarrierType.MIGRANT_UMBRELLA,
                                Coverage.CITY,
                                LocalDate.of(2020, 1, 1),
                                null),
                        new Site(
                                "S-B",
                                "Haus B",
                                "Leipzig",
                                "DE-SN",
                                "Träger B",
                                CarrierType.CONSORTIUM,
                                Coverage.REGION,
                                LocalDate.of(2021, 1, 1),
                                null)),
                List.of(new Organisation(
                        "-O1", "Verein", OrganisationType.OTHER, LegalForm.OTHER, null, null, Map.of())),
                List.of(new Offer("-F1", "-A1", OfferType.ROOM, "Raum")),
                List.of(new Delivery("-D1", "-F1", "-O1", LocalDate.of(2024, 3, 5), new BigDecimal("2"), null, null)),
                List.of(),
                List.of(),
                List.of(new Exchange(
                        "-E1",
                        LocalDate.of(2024, 5, 15),
                        ExchangeFormat.PEER_VISIT,
                        "-A1",
                        List.of("-A1", "S-B"),
                        "Besuch")),
                List.of(new Target("-A1", "reach.organisations", "2024", new BigDecimal("40"))),
                List.of(new Budget("-A1", 2024, new BigDecimal("1000.00"))),
                List.of(new Measurement("-A1", "-visits", LocalDate.of(2024, 4, 30), new BigDecimal("-3"), null)),
                List.of());
    }

    @Test
    @DisplayName("ids, references and id lists starting with - are written with a leading apostrophe; numbers are not")
    void exported(@TempDir Path tmp) throws Exception {
        DatasetExporter.builder().build().exportTo(dashIds(), tmp);
        assertThat(Files.readString(tmp.resolve("dataset.csv"))).endsWith("\r\n1,2024-12-31,'-P,Programm,\r\n");
        assertThat(Files.readString(tmp.resolve("sites.csv"))).contains("\r\n'-A1,Haus A,");
        assertThat(Files.readString(tmp.resolve("offers.csv"))).endsWith("\r\n'-F1,'-A1,ROOM,Raum\r\n");
        assertThat(Files.readString(tmp.resolve("deliveries.csv"))).endsWith("\r\n'-D1,'-F1,'-O1,2024-03-05,2,,\r\n");
        assertThat(Files.readString(tmp.resolve("exchanges.csv")))
                .endsWith("\r\n'-E1,2024-05-15,PEER_VISIT,'-A1,'-A1|S-B,Besuch\r\n");
        assertThat(Files.readString(tmp.resolve("targets.csv"))).endsWith("\r\n'-A1,reach.organisations,2024,40\r\n");
        assertThat(Files.readString(tmp.resolve("budgets.csv"))).endsWith("\r\n'-A1,2024,1000.00\r\n");
        // the value -3 is a number: no guard
        assertThat(Files.readString(tmp.resolve("measurements.csv"))).endsWith("\r\n'-A1,'-visits,2024-04-30,-3,\r\n");
    }

    @Test
    @DisplayName("the guarded ids come back unchanged: export → import gives the same dataset, in both dialects")
    void roundTrip(@TempDir Path tmp) throws Exception {
        for (Dialect dialect : List.of(Dialect.STANDARD, Dialect.GERMAN)) {
            Path dir = tmp.resolve(dialect.name());
            DatasetExporter.builder().dialect(dialect).build().exportTo(dashIds(), dir);
            ImportResult r = DatasetImporter.builder().build().importFrom(dir);
            assertThat(Folders.lines(r)).isEmpty();
            assertThat(r.dataset()).contains(dashIds());
        }
    }

    @Test
    @DisplayName(
            "an invalid id starting with = + @, a tab, a carriage return or ' is guarded too (the exporter writes what it gets)")
    void otherStarts(@TempDir Path tmp) throws Exception {
        Dataset d = dashIds();
        List<Organisation> organisations = List.of("=1+1", "+1", "@SUM(A1)", "\tT", "\rR", "'Q").stream()
                .map(id -> new Organisation(id, "V", OrganisationType.OTHER, LegalForm.OTHER, null, null, Map.of()))
                .toList();
        Dataset odd = new Dataset(
                d.formatVersion(),
                d.asOf(),
                d.programme(),
                d.sites(),
                organisations,
                d.offers(),
                List.of(),
                d.cooperations(),
                d.outcomes(),
                d.exchanges(),
                d.targets(),
                d.budgets(),
                d.measurements(),
                d.supportActions());
        DatasetExporter.builder().build().exportTo(odd, tmp);
        assertThat(Files.readString(tmp.resolve("organisations.csv")))
                .isEqualTo("id,name,type,legalForm,migrantLed,founded\r\n"
                        + "'=1+1,V,OTHER,OTHER,,\r\n"
                        + "'+1,V,OTHER,OTHER,,\r\n"
                        + "'@SUM(A1),V,OTHER,OTHER,,\r\n"
                        + "'\tT,V,OTHER,OTHER,,\r\n"
                        + "\"'\rR\",V,OTHER,OTHER,,\r\n"
                        + "''Q,V,OTHER,OTHER,,\r\n");
    }
}
