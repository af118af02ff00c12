package org.hor.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hor.csv.testing.Datasets.tricky;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hor.core.model.Dataset;
import org.hor.core.model.Offer;
import org.hor.core.model.OfferType;
import org.hor.core.validation.DatasetValidator;
import org.hor.core.validation.KnownIndicators;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Import → export → import is lossless, in both dialects, also for texts a spreadsheet would misread. */
class RoundTripTest {

    @Test
    @DisplayName("the hand-built dataset is valid, so that a failed round trip cannot hide behind its own mistakes")
    void precondition() {
        assertThat(DatasetValidator.create(KnownIndicators.standard()).validate(tricky()))
                .isEmpty();
    }

    @Test
    @DisplayName("a dataset exported in the standard dialect and imported again is equal")
    void standard(@TempDir Path tmp) throws Exception {
        Dataset d = tricky();
        DatasetExporter.builder().build().exportTo(d, tmp.resolve("out"));

        ImportResult r = DatasetImporter.builder().build().importFrom(tmp.resolve("out"));

        assertThat(Folders.lines(r)).isEmpty();
        assertThat(r.dataset()).contains(d);
        assertThat(r.files()).allSatisfy(f -> {
            assertThat(f.dialect()).isEqualTo(Dialect.STANDARD);
            assertThat(f.byteOrderMark()).isFalse();
        });
    }

    @Test
    @DisplayName(
            "a dataset exported in the German dialect (BOM, ;, decimal comma, TT.MM.JJJJ) and imported again is equal")
    void german(@TempDir Path tmp) throws Exception {
        Dataset d = tricky();
        DatasetExporter.builder().dialect(Dialect.GERMAN).build().exportTo(d, tmp.resolve("out"));

        ImportResult r = DatasetImporter.builder().build().importFrom(tmp.resolve("out"));

        assertThat(Folders.lines(r)).isEmpty();
        assertThat(r.dataset()).contains(d);
        byte[] deliveries = Files.readAllBytes(tmp.resolve("out/deliveries.csv"));
        assertThat(new String(deliveries, StandardCharsets.UTF_8))
                .isEqualTo("\uFEFF"
                        + "id;offerId;organisationId;date;hours;amount;participants\r\n"
                        + "D-1;F-1;O-1;05.03.2024;0;1500,00;0\r\n"
                        + "D-2;F-2;O-2;29.02.2024;1,234567;;7\r\n"
                        + "D-3;F-3;O-3;31.12.2024;;;\r\n"
                        + "D-4;F-1;O-2;02.01.2024;;999999999,99;\r\n"
                        + "D-5;F-1;O-3;03.01.2024;;0,10;\r\n");
    }

    @Test
    @DisplayName(
            "risky texts get a leading apostrophe in the file, ids not starting with - and numbers do not; quotes and separators are quoted")
    void guardedCells(@TempDir Path tmp) throws Exception {
        DatasetExporter.builder().build().exportTo(tricky(), tmp);

        assertThat(Files.readString(tmp.resolve("sites.csv")))
                .isEqualTo("id,name,city,state,carrier,carrierType,coverage,start,end\r\n"
                        + "S-1,'=SUM(A1:A3),Köln,DE-NW,''Träger' e.V.,MIGRANT_UMBRELLA,CITY,2019-01-01,2026-06-30\r\n"
                        + "S-2,'-5,\"Zürich; Basel, Bern\",DE-BY,'+49 Verein,OTHER_CARRIER,REGION,2020-02-29,\r\n"
                        + "S-3,'@home,München,DE-BE,\"Träger \"\"Drei\"\"\",CONSORTIUM,CITY,2021-01-01,\r\n");
        assertThat(Files.readString(tmp.resolve("dataset.csv")))
                .isEqualTo("formatVersion,asOf,programmeId,programmeName,programmeFunder\r\n"
                        + "1,2024-12-31,hor.prog,\"Programm „Häuser“; mit, \"\"Zitat\"\"\",'=BAMF\r\n");
        assertThat(Files.readString(tmp.resolve("organisations.csv")))
                .startsWith(
                        "id,name,type,legalForm,migrantLed,founded,attributes.language,attributes.formula,attributes.apostrophe\r\n"
                                + "O-1,Ünal Kültür Derneği 🎉,MIGRANT_ORGANISATION,REGISTERED_ASSOCIATION,false,1800,Türkçe,'=1+1,''\r\n");
        assertThat(Files.readString(tmp.resolve("measurements.csv")))
                .contains("S-1,lang.visits,2024-04-30,-1000000000,Besuche");
        assertThat(Files.readString(tmp.resolve("exchanges.csv"))).contains("E-2,2024-06-01,ONLINE,,S-3|S-1,''quoted");
    }

    @Test
    @DisplayName("the template example survives export and import in both dialects")
    void example(@TempDir Path tmp) throws Exception {
        for (Dialect dialect : List.of(Dialect.STANDARD, Dialect.GERMAN)) {
            Path dir = tmp.resolve(dialect.name());
            DatasetExporter.builder().dialect(dialect).build().exportTo(Templates.example(), dir);
            assertThat(DatasetImporter.builder().build().importFrom(dir).dataset())
                    .contains(Templates.example());
        }
    }

    @Test
    @DisplayName("a text with a line break survives the CSV quoting and is then reported at the line its row starts")
    void lineBreak(@TempDir Path tmp) throws Exception {
        Dataset d = tricky();
        List<Offer> offers = new java.util.ArrayList<>(d.offers());
        offers.set(1, new Offer("F-2", "S-2", OfferType.CONSULTING, "zwei\nZeilen"));
        Dataset broken = new Dataset(
                d.formatVersion(),
                d.asOf(),
                d.programme(),
                d.sites(),
                d.organisations(),
                offers,
                d.deliveries(),
                d.cooperations(),
                d.outcomes(),
                d.exchanges(),
                d.targets(),
                d.budgets(),
                d.measurements(),
                d.supportActions());
        DatasetExporter.builder().build().exportTo(broken, tmp);

        ImportResult r = DatasetImporter.builder().build().importFrom(tmp);

        // header line 1, F-1 line 2, F-2 lines 3-4
        assertThat(Folders.lines(r))
                .containsExactly("offers.csv:3 (title) HOR-202 Not a valid text: 1 to 500 "
                        + "characters, not only white space, no control characters [zwei\\nZeilen]");
        assertThat(r.violations().get(0).violation().value()).isEqualTo("zwei\nZeilen");
    }
}
