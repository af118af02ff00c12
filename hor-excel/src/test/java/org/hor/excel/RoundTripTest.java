package org.hor.excel;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import org.hor.core.model.Dataset;
import org.hor.core.sample.SampleGenerator;
import org.hor.core.sample.SampleParameters;
import org.hor.core.validation.DatasetValidator;
import org.hor.core.validation.KnownIndicators;
import org.hor.csv.Templates;
import org.hor.csv.testing.Datasets;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Export then import gives the dataset back, every table, every optional field. */
class RoundTripTest {

    static WorkbookImportResult roundTrip(Dataset d, Path file) throws Exception {
        new WorkbookExporter(Locale.ENGLISH).exportTo(d, file);
        return WorkbookImporter.builder().build().importFrom(file);
    }

    static java.util.List<String> lines(WorkbookImportResult r) {
        return r.violations().stream().map(v -> v.format(Locale.ENGLISH)).toList();
    }

    @Test
    @DisplayName("the hand-built dataset is valid, so that a failed round trip cannot hide behind its own mistakes")
    void precondition() {
        assertThat(DatasetValidator.create(KnownIndicators.standard()).validate(Datasets.tricky()))
                .isEmpty();
    }

    @Test
    @DisplayName(
            "every table of a tricky dataset (formulas as text, unicode, 999999999.99, 0.000001, scales) comes back equal")
    void tricky(@TempDir Path tmp) throws Exception {
        WorkbookImportResult r = roundTrip(Datasets.tricky(), tmp.resolve("tricky.xlsx"));
        assertThat(lines(r)).isEmpty();
        assertThat(r.dataset()).contains(Datasets.tricky());
    }

    @Test
    @DisplayName("the template's example comes back equal")
    void example(@TempDir Path tmp) throws Exception {
        WorkbookImportResult r = roundTrip(Templates.example(), tmp.resolve("example.xlsx"));
        assertThat(lines(r)).isEmpty();
        assertThat(r.dataset()).contains(Templates.example());
    }

    @Test
    @DisplayName("a generated dataset of 5 sites, 40 organisations and 600 deliveries comes back equal")
    void sample(@TempDir Path tmp) throws Exception {
        Dataset d = SampleGenerator.generate(new SampleParameters(5, 40, 600, 2016, LocalDate.of(2025, 12, 31), 1));
        assertThat(DatasetValidator.create(KnownIndicators.standard()).validate(d))
                .isEmpty();
        WorkbookImportResult r = roundTrip(d, tmp.resolve("sample.xlsx"));
        assertThat(lines(r)).isEmpty();
        assertThat(r.dataset()).contains(d);
    }
}
