package org.hor.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.hor.core.model.Dataset;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RoundTripTest {

    static final String MINIMAL = """
            {"sites": [{"start": "2020-01-01", "coverage": "CITY", "carrierType": "CONSORTIUM", "carrier": "T",
              "state": "DE-BE", "city": "Berlin", "name": "H", "id": "S"}],
             "programme": {"name": "P", "id": "p"}, "asOf": "2024-12-31", "formatVersion": "1"}
            """;

    static final String ALL_OPTIONAL = """
            {"formatVersion": "1", "asOf": "2024-12-31",
             "programme": {"id": "p", "name": "Programm", "funder": "BAMF"},
             "sites": [
              {"id": "S-A", "name": "Ünïcödé \\"Haus\\" \\\\ 👩‍👩‍👧", "city": "Köln", "state": "DE-NW", "carrier": "Träger",
               "carrierType": "OTHER_CARRIER", "coverage": "REGION", "start": "2020-02-29", "end": "2030-12-31"},
              {"id": "S-B", "name": "B", "city": "Halle", "state": "DE-ST", "carrier": "C", "carrierType": "CONSORTIUM",
               "coverage": "CITY", "start": "2020-01-01"}],
             "organisations": [{"id": "O-1", "name": "Verein\\u00a0Eins", "type": "INITIATIVE", "legalForm": "OTHER",
               "migrantLed": false, "founded": 1800, "attributes": {"z.last": "zwei", "a.first": "eins"}}],
             "offers": [{"id": "F-1", "siteId": "S-A", "type": "MICRO_GRANT", "title": "G"},
                        {"id": "F-2", "siteId": "S-A", "type": "TRAINING", "title": "T"}],
             "deliveries": [
              {"id": "D-1", "offerId": "F-1", "organisationId": "O-1", "date": "2024-01-02", "amount": 1.5E3},
              {"id": "D-2", "offerId": "F-1", "organisationId": "O-1", "date": "2024-01-03", "amount": 0.10, "hours": 0},
              {"id": "D-3", "offerId": "F-2", "organisationId": "O-1", "date": "2024-01-04", "hours": 1.250000,
               "participants": -0},
              {"id": "D-4", "offerId": "F-2", "organisationId": "O-1", "date": "2024-01-05", "participants": 2E0,
               "hours": 25E-1}],
             "cooperations": [{"id": "C-1", "siteId": "S-A", "partner": "Amt", "partnerType": "PUBLIC_AUTHORITY",
               "start": "2021-01-01", "end": "2031-01-01", "formal": false}],
             "outcomes": [{"id": "E-1", "siteId": "S-A", "organisationId": "O-1", "date": "2024-02-01",
               "type": "OTHER", "note": "Notiz"}],
             "exchanges": [{"id": "X-1", "date": "2024-03-01", "format": "ONLINE", "hostSiteId": "S-B",
               "siteIds": ["S-B", "S-A"], "topic": "Thema"}],
             "targets": [{"siteId": "S-A", "indicator": "budget.amount", "period": "2024", "value": 1.000001},
                         {"siteId": "S-A", "indicator": "deliveries.count", "period": "2019-03-01..2020-02-29",
                          "value": 3}],
             "budgets": [{"siteId": "S-A", "year": 2024, "amount": 999999999.99}],
             "measurements": [{"siteId": "S-A", "metric": "m", "date": "2024-01-01", "value": -5.5, "unit": "h"}],
             "supportActions": [{"id": "A-1", "siteId": "S-A", "date": "2024-05-01", "measure": "peer-visit",
               "rule": "ISOLATED_SITE", "note": "n"}]}
            """;

    static Stream<Arguments> documents() {
        return Stream.of(
                Arguments.of("the base document", Docs.valid()),
                Arguments.of("a minimal document", MINIMAL),
                Arguments.of("a document with every optional field, unicode and odd numbers", ALL_OPTIONAL));
    }

    private static Dataset read(String doc) {
        ReadResult r = Docs.read(doc);
        assertThat(r.violations()).as(Docs.show(r.violations())).isEmpty();
        return r.dataset().orElseThrow();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    @DisplayName("read, write, read gives an equal dataset; write, read, write gives identical bytes")
    void roundTrip(String name, String doc) {
        DatasetWriter w = DatasetWriter.create();
        Dataset first = read(doc);
        byte[] bytes = w.toBytes(first);
        Dataset second = read(new String(bytes, StandardCharsets.UTF_8));
        assertThat(second).isEqualTo(first);
        assertThat(w.toBytes(second)).isEqualTo(bytes);
    }

    @Test
    @DisplayName("numbers keep their decimal value: 1.5E3 is 1500, -0 is 0, 2E0 is 2, 25E-1 is 2.5")
    void numbers() {
        Dataset d = read(ALL_OPTIONAL);
        assertThat(d.deliveries().get(0).amount()).hasToString("1500");
        assertThat(d.deliveries().get(1).amount()).hasToString("0.10");
        assertThat(d.deliveries().get(2).participants()).isZero();
        assertThat(d.deliveries().get(2).hours()).hasToString("1.250000");
        assertThat(d.deliveries().get(3).participants()).isEqualTo(2);
        assertThat(d.deliveries().get(3).hours()).hasToString("2.5");
        assertThat(d.organisations().get(0).name()).isEqualTo("Verein\u00a0Eins");
        assertThat(d.organisations().get(0).attributes())
                .containsExactly(java.util.Map.entry("z.last", "zwei"), java.util.Map.entry("a.first", "eins"));
    }

    @Test
    @DisplayName("the canonical form orders fields as spec 01, omits absent ones, indents by 2 and ends with a newline")
    void canonicalText() {
        String text = new String(DatasetWriter.create().toBytes(read(MINIMAL)), StandardCharsets.UTF_8);
        assertThat(text).isEqualTo("""
                {
                  "formatVersion": "1",
                  "asOf": "2024-12-31",
                  "programme": {
                    "id": "p",
                    "name": "P"
                  },
                  "sites": [
                    {
                      "id": "S",
                      "name": "H",
                      "city": "Berlin",
                      "state": "DE-BE",
                      "carrier": "T",
                      "carrierType": "CONSORTIUM",
                      "coverage": "CITY",
                      "start": "2020-01-01"
                    }
                  ]
                }
                """);
    }

    @Test
    @DisplayName("amounts are written in plain notation with their scale")
    void plainAmounts() {
        String text = new String(DatasetWriter.create().toBytes(read(ALL_OPTIONAL)), StandardCharsets.UTF_8);
        assertThat(text)
                .contains(
                        "\"amount\": 1500\n",
                        "\"hours\": 0,\n      \"amount\": 0.10\n",
                        "\"amount\": 999999999.99\n",
                        "\"hours\": 1.250000,",
                        "\"participants\": 0\n",
                        "\"value\": 1.000001\n");
    }
}
