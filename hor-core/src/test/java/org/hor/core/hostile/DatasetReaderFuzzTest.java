package org.hor.core.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.hor.core.io.DatasetReader;
import org.hor.core.io.DatasetWriter;
import org.hor.core.io.ReadLimits;
import org.hor.core.io.ReadResult;
import org.hor.core.model.Dataset;
import org.hor.core.validation.RuleCode;
import org.hor.core.validation.Violation;

/**
 * Fuzzes the dataset reader with Jazzer. The property: whatever the bytes, reading gives a
 * {@link ReadResult} (never an exception: a byte array has no I/O errors), every violation has a
 * known rule code, a pointer and a location, and a valid dataset survives writing and reading back
 * unchanged (equal records, identical bytes).
 *
 * <p>In the normal test run this replays the committed inputs under
 * {@code src/test/resources/org/hor/core/hostile/DatasetReaderFuzzTestInputs/readNeverThrows/}
 * (regression mode). To fuzz for real (inputs it finds go to {@code .cifuzz-corpus/}, findings to the
 * inputs directory):
 *
 * <pre>
 * JAZZER_FUZZ=1 ./mvnw -B -o -pl hor-core -am test -Dtest=DatasetReaderFuzzTest \
 *     -Dsurefire.failIfNoSpecifiedTests=false -Djazzer.max_duration=5m
 * </pre>
 */
class DatasetReaderFuzzTest {

    /** Small limits, so that the fuzzer meets them too. */
    private static final DatasetReader READER = DatasetReader.builder()
            .limits(ReadLimits.defaults().withMaxDocumentBytes(1 << 20).withMaxStringLength(4096))
            .build();

    private static final DatasetReader LENIENT = DatasetReader.builder()
            .limits(ReadLimits.defaults().withMaxDocumentBytes(1 << 20).withMaxStringLength(4096))
            .lenient(true)
            .build();
    private static final DatasetWriter WRITER = DatasetWriter.create();

    @FuzzTest(maxDuration = "10s")
    void readNeverThrows(byte[] input) throws IOException {
        check(READER.read(new ByteArrayInputStream(input), "fuzz"));
        check(LENIENT.read(new ByteArrayInputStream(input), "fuzz"));
    }

    private static void check(ReadResult r) throws IOException {
        for (Violation v : r.violations()) {
            assertThat(RuleCode.ofCode(v.code())).as("known code: %s", v).isPresent();
            assertThat(v.pointer().isEmpty() || v.pointer().startsWith("/"))
                    .as("pointer: %s", v)
                    .isTrue();
            assertThat(v.line()).as("located: %s", v).isPositive();
            assertThat(v.format(java.util.Locale.ENGLISH)).isNotBlank();
        }
        if (r.isValid()) {
            Dataset d = r.dataset().orElseThrow();
            byte[] written = WRITER.toBytes(d);
            ReadResult again = READER.read(new ByteArrayInputStream(written), "fuzz-written");
            assertThat(again.violations()).as("what the writer wrote is valid").isEmpty();
            assertThat(again.dataset()).contains(d);
            assertThat(WRITER.toBytes(again.dataset().orElseThrow())).isEqualTo(written);
        }
    }
}
