package org.hor.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.hor.core.model.Dataset;
import org.hor.core.sample.SampleGenerator;
import org.hor.core.sample.SampleParameters;
import org.hor.core.validation.Violation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("reading with a progress listener, and the validator shortcut for clean records")
class ProgressAndFastChecksTest {

    private record Call(String task, long done, long total) {}

    @Test
    @DisplayName("reading a file reports bytes up to the file's size, in steps of at least 4 MiB and at the end")
    void reportsBytes(@TempDir Path dir) throws Exception {
        // the default sample (30 000 deliveries) is several MiB: at least one step plus the end
        Path file = dir.resolve("sample.json");
        Files.write(file, DatasetWriter.create().toBytes(SampleGenerator.generate(SampleParameters.defaults())));
        long size = Files.size(file);
        List<Call> calls = new ArrayList<>();
        ReadResult r = DatasetReader.builder()
                .progress((t, d, n) -> calls.add(new Call(t, d, n)))
                .build()
                .read(file);

        assertThat(r.isValid()).isTrue();
        assertThat(calls).allMatch(c -> c.task().equals("read") && c.total() == size);
        // the end, and steps before it at least 4 MiB apart (more where a second thread
        // read the second half of the deliveries, which the bar jumps over)
        assertThat(calls.size()).isBetween(1, 1 + (int) ((size - 1) / (4L << 20)));
        for (int i = 1; i < calls.size() - 1; i++) {
            assertThat(calls.get(i).done() - calls.get(i - 1).done()).isGreaterThanOrEqualTo(4L << 20);
        }
        assertThat(calls.get(calls.size() - 1).done()).isEqualTo(size);
    }

    @Test
    @DisplayName("reading a stream reports an unknown total until the end, where total equals done")
    void streamTotal() throws Exception {
        byte[] doc = "{\"formatVersion\": \"1\"}".getBytes(StandardCharsets.UTF_8);
        List<Call> calls = new ArrayList<>();
        DatasetReader.builder()
                .progress((t, d, n) -> calls.add(new Call(t, d, n)))
                .build()
                .read(new ByteArrayInputStream(doc), "test");
        assertThat(calls).containsExactly(new Call("read", doc.length, doc.length));
    }

    @Test
    @DisplayName("a delivery that breaks a field rule still gets the validator's violations; clean ones none")
    void shortcutKeepsViolations() throws Exception {
        // three deliveries: clean; a negative hours value and an id with a blank; clean again
        String doc = """
                {"formatVersion": "1", "asOf": "2024-12-31",
                 "programme": {"id": "P", "name": "P"},
                 "sites": [{"id": "S-1", "name": "S", "city": "C", "state": "DE-BE", "carrier": "K",
                            "carrierType": "CONSORTIUM", "coverage": "CITY", "start": "2024-01-01"}],
                 "organisations": [{"id": "O-1", "name": "O", "type": "INITIATIVE", "legalForm": "OTHER"}],
                 "offers": [{"id": "F-1", "siteId": "S-1", "type": "CONSULTING", "title": "T"}],
                 "deliveries": [
                   {"id": "D-1", "offerId": "F-1", "organisationId": "O-1", "date": "2024-02-01", "hours": 1.5},
                   {"id": "D 2", "offerId": "F-1", "organisationId": "O-1", "date": "2024-02-01", "hours": -1},
                   {"id": "D-3", "offerId": "F-1", "organisationId": "O-1", "date": "2024-02-02", "participants": 3}
                 ]}
                """;
        ReadResult r = DatasetReader.builder()
                .build()
                .read(new ByteArrayInputStream(doc.getBytes(StandardCharsets.UTF_8)), "test");
        List<String> found = r.violations().stream().map(Violation::pointer).toList();
        assertThat(found).contains("/deliveries/1/id", "/deliveries/1/hours");
        assertThat(found).noneMatch(p -> p.startsWith("/deliveries/0") || p.startsWith("/deliveries/2"));
    }

    @Test
    @DisplayName("the default sample reads as valid and equal to the generated dataset")
    void sampleRoundTrip() throws Exception {
        Dataset d = SampleGenerator.generate(SampleParameters.defaults());
        ReadResult r = DatasetReader.builder()
                .build()
                .read(new ByteArrayInputStream(DatasetWriter.create().toBytes(d)), "sample");
        assertThat(r.violations()).isEmpty();
        assertThat(r.dataset()).contains(d);
    }
}
