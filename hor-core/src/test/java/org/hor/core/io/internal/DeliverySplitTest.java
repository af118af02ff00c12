package org.hor.core.io.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.hor.core.internal.columns.DeliveryColumns;
import org.hor.core.model.Dataset;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;

/** Reading the second half of the deliveries on a second thread, with the guess checked. */
class DeliverySplitTest {

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxDocumentLength(Long.MAX_VALUE)
                    .build())
            .build();

    /** A document in memory, readable from any byte. */
    private static FileSlices slices(byte[] doc) {
        return new FileSlices() {
            @Override
            public long size() {
                return doc.length;
            }

            @Override
            public InputStream bytes(long offset, boolean counted) {
                return new ByteArrayInputStream(doc, (int) offset, doc.length - (int) offset);
            }

            @Override
            public JsonParser parser(InputStream in) {
                return FACTORY.createParser(ObjectReadContext.empty(), in);
            }
        };
    }

    private static String base() {
        try (InputStream in = DeliverySplitTest.class.getResourceAsStream("/hostile/base.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The base document with {@code n} consulting deliveries, one of them (or none: -1) with a bad id. */
    private static String withDeliveries(int n, int bad) {
        String base = base();
        int from = base.indexOf("\"deliveries\": [") + "\"deliveries\": [".length();
        int to = base.indexOf("],", from);
        List<String> ds = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ds.add("{\"id\": \"D-" + (i == bad ? "bad id" : i)
                    + "\", \"offerId\": \"F-2\", \"organisationId\": \"O-1\", " + "\"date\": \"2024-0" + (1 + i % 9)
                    + "-1" + i % 10 + "\", \"hours\": " + (i % 7) + ".5}");
        }
        return base.substring(0, from) + "\n" + String.join(",\n", ds) + "\n" + base.substring(to);
    }

    private record Read(Dataset dataset, boolean split) {}

    private static Read read(String doc, boolean columnar) {
        byte[] bytes = doc.getBytes(StandardCharsets.UTF_8);
        JsonParser p = FACTORY.createParser(ObjectReadContext.empty(), bytes);
        try (p;
                DatasetParser dp = columnar
                        ? new ColumnarParser(p, false, null, slices(bytes))
                        : new RecordParser(p, false, null)) {
            Dataset d = dp.readDataset();
            assertThat(dp.parser().nextToken())
                    .as("nothing after the root object")
                    .isNull();
            return new Read(d, dp.parser() != p);
        }
    }

    @Test
    @DisplayName("the start of a delivery is the first { after } and a comma, with any white space between")
    void deliveryStart() {
        assertThat(DeliverySplit.deliveryStart("5\"}, {\"id\"".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo(5);
        assertThat(DeliverySplit.deliveryStart("x},\n\t\r {".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo(7);
        assertThat(DeliverySplit.deliveryStart("}{ },x { }".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo(-1);
        assertThat(DeliverySplit.deliveryStart("},".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo(-1);
    }

    @Test
    @DisplayName("60 000 deliveries are read in two halves, equal to reading them with records")
    void twoHalves() {
        String doc = withDeliveries(60_000, -1);

        Read columns = read(doc, true);
        Read records = read(doc, false);

        assertThat(columns.split()).isTrue();
        assertThat(columns.dataset().deliveries())
                .isInstanceOf(DeliveryColumns.class)
                .hasSize(60_000);
        assertThat(columns.dataset()).isEqualTo(records.dataset());
        // the sections after the deliveries come from the parser over the rest of the file
        assertThat(columns.dataset().supportActions()).hasSize(1);
    }

    @Test
    @DisplayName("a guess outside the deliveries array (a big array after it) is dropped: one thread reads all")
    void guessOutside() {
        // 200 deliveries, then 60 000 cooperations: the middle of the rest lies among the cooperations
        String doc = withDeliveries(200, -1);
        StringBuilder coops = new StringBuilder();
        for (int i = 0; i < 60_000; i++) {
            coops.append(i == 0 ? "" : ",\n")
                    .append("{\"id\": \"C-")
                    .append(i)
                    .append("\", \"siteId\": \"S-A\", ")
                    .append(
                            "\"partner\": \"Partner\", \"partnerType\": \"LOCAL_AUTHORITY\", \"start\": \"2021-05-01\"}");
        }
        int from = doc.indexOf("\"cooperations\": [") + "\"cooperations\": [".length();
        doc = doc.substring(0, from) + coops + doc.substring(doc.indexOf("],", from));

        Read columns = read(doc, true);

        assertThat(columns.split()).isFalse();
        assertThat(columns.dataset()).isEqualTo(read(doc, false).dataset());
        assertThat(columns.dataset().cooperations()).hasSize(60_000);
    }

    @Test
    @DisplayName("a bad delivery in the second half ends the columnar pass as one in the first half would")
    void badSecondHalf() {
        String doc = withDeliveries(60_000, 50_000);

        assertThatThrownBy(() -> read(doc, true)).isInstanceOf(ColumnarParser.Doubt.class);
        assertThat(Thread.getAllStackTraces().keySet())
                .noneMatch(t -> t.getName().startsWith("hor-read-deliveries"));
    }
}
