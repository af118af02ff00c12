package org.hor.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.hor.core.io.DatasetReader;
import org.hor.core.io.DatasetWriter;
import org.hor.core.model.Dataset;
import org.hor.core.sample.SampleGenerator;
import org.hor.core.sample.SampleParameters;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The engine indexes a file's deliveries straight from the reader's columns; the values must be
 * those it computes from the same deliveries as records.
 */
class ColumnarIndexTest {

    @Test
    @DisplayName("a file read into columns and the same file read as records give identical evaluations")
    void sameEvaluation(@TempDir Path dir) throws Exception {
        // 40 sites, 60 000 deliveries of every offer type: both ways must feed the index the same numbers
        Dataset generated =
                SampleGenerator.generate(new SampleParameters(40, 2_000, 60_000, 2016, LocalDate.of(2025, 12, 31), 11));
        byte[] bytes = DatasetWriter.create().toBytes(generated);
        Path file = dir.resolve("d.json");
        Files.write(file, bytes);
        DatasetReader reader = DatasetReader.builder().build();
        Dataset columns = reader.read(file).dataset().orElseThrow();
        Dataset records =
                reader.read(new ByteArrayInputStream(bytes), "stream").dataset().orElseThrow();
        assertThat(columns.deliveries().getClass().getSimpleName()).isEqualTo("DeliveryColumns");
        assertThat(records.deliveries().getClass().getSimpleName()).isNotEqualTo("DeliveryColumns");

        Evaluation a = Engine.create(columns).evaluate(EvaluationOptions.defaults());
        Evaluation b = Engine.create(records).evaluate(EvaluationOptions.defaults());

        assertThat(a.rows()).hasSize(b.rows().size()).isNotEmpty();
        assertThat(a.rows()).isEqualTo(b.rows());
    }
}
