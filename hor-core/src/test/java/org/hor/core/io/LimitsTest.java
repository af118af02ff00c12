package org.hor.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.hor.core.validation.Violation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LimitsTest {

    @TempDir
    Path dir;

    private static DatasetReader reader(ReadLimits limits) {
        return DatasetReader.builder().limits(limits).build();
    }

    @Test
    @DisplayName("the defaults are 512 MiB, depth 64, strings of 1 Mi characters, numbers of 100 characters")
    void defaults() {
        assertThat(ReadLimits.defaults()).isEqualTo(new ReadLimits(536_870_912L, 64, 1_048_576, 100));
        assertThat(ReadLimits.defaults().withMaxDocumentBytes(5L << 30).maxDocumentBytes())
                .isEqualTo(5_368_709_120L);
    }

    @Test
    @DisplayName("a limit that is not positive is rejected with its name and value")
    void nonPositive() {
        assertThatThrownBy(() -> ReadLimits.defaults().withMaxNestingDepth(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("maxNestingDepth must be positive: 0");
    }

    @Test
    @DisplayName("a file larger than the document limit is one violation before it is read; raising the limit reads it")
    void documentSizeFile() throws Exception {
        Path f = dir.resolve("d.json");
        Files.writeString(f, Docs.valid(), StandardCharsets.UTF_8);
        long size = Files.size(f);
        List<Violation> vs =
                reader(ReadLimits.defaults().withMaxDocumentBytes(1000)).read(f).violations();
        assertThat(vs)
                .extracting(Violation::code, Violation::value)
                .containsExactly(tuple("HOR-101", Long.toString(size)));
        assertThat(vs.get(0).message(Locale.ENGLISH))
                .isEqualTo(
                        "The document is larger than the allowed 1000 bytes (raise the limit with ReadLimits.withMaxDocumentBytes)");
        assertThat(reader(ReadLimits.defaults().withMaxDocumentBytes(size))
                        .read(f)
                        .isValid())
                .isTrue();
    }

    @Test
    @DisplayName("a stream longer than the document limit is one violation")
    void documentSizeStream() {
        String doc = Docs.valid().replace("\"asOf\"", " ".repeat(20_000) + "\"asOf\"");
        List<Violation> vs = Docs.read(reader(ReadLimits.defaults().withMaxDocumentBytes(10_000)), doc)
                .violations();
        assertThat(vs).extracting(Violation::code).containsExactly("HOR-101");
    }

    @Test
    @DisplayName("nesting deeper than the limit is one violation at the array that goes too deep")
    void depth() {
        // root object 1, exchanges array 2, exchange object 3, siteIds array 4 (line 27)
        List<Violation> vs = Docs.read(reader(ReadLimits.defaults().withMaxNestingDepth(3)), Docs.valid())
                .violations();
        assertThat(vs).extracting(Violation::code, Violation::line).containsExactly(tuple("HOR-102", 27L));
        assertThat(vs.get(0).message(Locale.ENGLISH))
                .isEqualTo("Objects and arrays are nested deeper than the allowed 3 levels");
        assertThat(Docs.read(reader(ReadLimits.defaults().withMaxNestingDepth(4)), Docs.valid())
                        .isValid())
                .isTrue();
    }

    @Test
    @DisplayName("a string longer than the limit is one violation")
    void string() {
        // property names count too: the first string longer than 12 characters is the name
        // "formatVersion" (13) on line 2; with 13 allowed it is "House of Resources" (18) on line 4
        List<Violation> vs = Docs.read(reader(ReadLimits.defaults().withMaxStringLength(12)), Docs.valid())
                .violations();
        assertThat(vs).extracting(Violation::code, Violation::line).containsExactly(tuple("HOR-103", 2L));
        assertThat(Docs.read(reader(ReadLimits.defaults().withMaxStringLength(13)), Docs.valid())
                        .violations())
                .extracting(Violation::code, Violation::line)
                .containsExactly(tuple("HOR-103", 4L));
        assertThat(vs.get(0).message(Locale.ENGLISH)).isEqualTo("A string is longer than the allowed 12 characters");
    }

    @Test
    @DisplayName("a number longer than the limit is one violation")
    void number() {
        // the first number longer than 4 characters is 1500.00 (7) on line 17
        List<Violation> vs = Docs.read(reader(ReadLimits.defaults().withMaxNumberLength(4)), Docs.valid())
                .violations();
        assertThat(vs).extracting(Violation::code, Violation::line).containsExactly(tuple("HOR-104", 17L));
        assertThat(vs.get(0).message(Locale.GERMAN)).isEqualTo("Eine Zahl ist länger als die erlaubten 4 Zeichen");
    }
}
