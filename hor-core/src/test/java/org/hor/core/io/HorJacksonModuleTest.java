package org.hor.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.hor.core.model.Dataset;
import org.hor.core.model.Delivery;
import org.hor.core.model.Period;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.json.JsonMapper;

class HorJacksonModuleTest {

    private final JsonMapper mapper =
            JsonMapper.builder().addModule(new HorJacksonModule()).build();

    @Test
    @DisplayName("a mapper with the module reads a document into the same dataset as the reader")
    void readsDataset() {
        Dataset viaMapper = mapper.readValue(Docs.valid(), Dataset.class);
        assertThat(viaMapper).isEqualTo(Docs.read(Docs.valid()).dataset().orElseThrow());
    }

    @Test
    @DisplayName("a mapper with the module writes the canonical field order (compact)")
    void writesDataset() {
        Dataset d = Docs.read(Docs.valid()).dataset().orElseThrow();
        String json = mapper.writeValueAsString(d);
        assertThat(json).startsWith("{\"formatVersion\":\"1\",\"asOf\":\"2024-12-31\",\"programme\":{\"id\":\"hor\"");
        assertThat(Docs.read(json).dataset()).contains(d);
        assertThat(new String(
                        DatasetWriter.create().toBytes(mapper.readValue(json, Dataset.class)), StandardCharsets.UTF_8))
                .isEqualTo(new String(DatasetWriter.create().toBytes(d), StandardCharsets.UTF_8));
    }

    @Test
    @DisplayName("single records and lists of records map in both directions")
    void records() {
        Delivery x = new Delivery("D-1", "F-1", "O-1", LocalDate.of(2024, 3, 5), null, new BigDecimal("1500.00"), null);
        String json = mapper.writeValueAsString(x);
        assertThat(json)
                .isEqualTo(
                        "{\"id\":\"D-1\",\"offerId\":\"F-1\",\"organisationId\":\"O-1\",\"date\":\"2024-03-05\",\"amount\":1500.00}");
        assertThat(mapper.readValue(json, Delivery.class)).isEqualTo(x);
        assertThat(mapper.readValue("[" + json + "]", new tools.jackson.core.type.TypeReference<List<Delivery>>() {}))
                .containsExactly(x);
    }

    @Test
    @DisplayName("a period maps as its code string")
    void period() {
        assertThat(mapper.writeValueAsString(Period.quarter(2024, 1))).isEqualTo("\"2024-Q1\"");
        assertThat(mapper.readValue("\"2019-03-01..2020-02-29\"", Period.class))
                .isEqualTo(Period.range(LocalDate.of(2019, 3, 1), LocalDate.of(2020, 2, 29)));
        assertThatThrownBy(() -> mapper.readValue("\"2024-Q5\"", Period.class)).isInstanceOf(DatabindException.class);
    }

    @Test
    @DisplayName("unknown fields and type errors fail with a message naming the pointer and rule")
    void mismatch() {
        assertThatThrownBy(() -> mapper.readValue("{\"id\":\"D-1\",\"hours\":\"x\",\"colour\":1}", Delivery.class))
                .isInstanceOf(DatabindException.class)
                .hasMessageContaining("/hours (1:")
                .hasMessageContaining("HOR-108")
                .hasMessageContaining("/colour (1:")
                .hasMessageContaining("HOR-107");
    }
}
