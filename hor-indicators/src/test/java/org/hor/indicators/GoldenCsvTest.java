package org.hor.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.hor.core.model.OfferType;
import org.hor.core.model.OrganisationType;
import org.hor.core.model.PartnerType;
import org.hor.core.model.PeriodType;
import org.hor.core.spi.ScopeKind;
import org.hor.indicators.output.CsvDialect;
import org.hor.indicators.output.TidyCsvWriter;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The tidy CSV of a tiny dataset")
class GoldenCsvTest {

    /**
     * One site S-A, active from 2024-01-01, asOf 2024-12-31; O-1 (migrant organisation, so migrant-led),
     * O-2 (other, not migrant-led); D-1 consulting O-1 2024-03-01 1.5 h, D-2 grant O-2 2024-04-01
     * 1500.5 EUR, D-3 consulting O-2 2024-05-01 2 h; cooperation K-1 (local authority, formal) from
     * 2024-02-01; budget 2024 3000; target reach.organisations 2024 = 3.
     */
    static TestData tiny() {
        return TestData.asOf("2024-12-31")
                .site("S-A", "2024-01-01")
                .org("O-1", OrganisationType.MIGRANT_ORGANISATION)
                .org("O-2", OrganisationType.OTHER)
                .offer("F-C", "S-A", OfferType.CONSULTING)
                .offer("F-G", "S-A", OfferType.MICRO_GRANT)
                .hours("D-1", "F-C", "O-1", "2024-03-01", "1.5")
                .grant("D-2", "F-G", "O-2", "2024-04-01", "1500.5")
                .hours("D-3", "F-C", "O-2", "2024-05-01", "2")
                .cooperation("K-1", "S-A", PartnerType.LOCAL_AUTHORITY, "2024-02-01", null, true)
                .budget("S-A", 2024, "3000")
                .target("S-A", "reach.organisations", "2024", "3");
    }

    static final EvaluationOptions SITES_YEARS =
            EvaluationOptions.defaults().withScopeKinds(ScopeKind.SITE).withPeriodTypes(PeriodType.YEAR);

    @Test
    @DisplayName("matches the hand-written file line by line")
    void golden() throws IOException {
        String csv = new TidyCsvWriter(CsvDialect.CSV).toString(tiny().engine().evaluate(SITES_YEARS));
        String expected;
        try (InputStream in = getClass().getResourceAsStream("/golden/tiny.csv")) {
            expected = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .replace("\r\n", "\n")
                    .replace("\n", "\r\n");
        }
        assertThat(csv.split("\r\n", -1)).containsExactly(expected.split("\r\n", -1));
        assertThat(csv).isEqualTo(expected);
    }
}
