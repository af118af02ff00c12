package org.hor.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.hor.core.model.Dataset;
import org.hor.core.validation.Violation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentTest {

    @TempDir
    Path dir;

    @Test
    @DisplayName("the valid base document reads into a dataset with every record in file order")
    void validDocument() {
        ReadResult r = Docs.read(Docs.valid());
        assertThat(r.isValid()).as(Docs.show(r.violations())).isTrue();
        Dataset d = r.dataset().orElseThrow();
        assertThat(d.sites()).extracting(s -> s.id()).containsExactly("S-A", "S-B");
        assertThat(d.deliveries().get(0).amount()).isEqualByComparingTo("1500").hasToString("1500.00");
        assertThat(d.deliveries().get(1).participants()).isEqualTo(3);
        assertThat(d.exchanges().get(0).siteIds()).containsExactly("S-A", "S-B");
        assertThat(r.ignoredUnknownFields()).isZero();
    }

    @Test
    @DisplayName("a file with three different violations reports all three, in file order")
    void threeViolations() {
        String doc = Docs.edit(
                Docs.valid(),
                "\"state\": \"DE-SN\", \"carrier\": \"Träger e.V.\"",
                "\"state\": \"DE-ZZ\", \"carrier\": \"Träger e.V.\"");
        doc = Docs.edit(doc, "\"hours\": 2.5", "\"hours\": \"viel\"");
        doc = Docs.edit(doc, "\"offerId\": \"F-1\"", "\"offerId\": \"F-7\"");
        List<Violation> vs = Docs.readFile(dir, doc).violations();
        assertThat(vs)
                .as(Docs.show(vs))
                .extracting(Violation::pointer, Violation::code, Violation::line)
                .containsExactly(
                        tuple("/sites/0/state", "HOR-208", 6L),
                        tuple("/deliveries/0/offerId", "HOR-300", 17L),
                        tuple("/deliveries/1/hours", "HOR-108", 18L));
    }

    @Test
    @DisplayName("a type error in one record does not stop the next records from being checked")
    void typeErrorDoesNotStop() {
        String doc = Docs.edit(Docs.valid(), "\"date\": \"2024-03-05\"", "\"date\": 20240305");
        doc = Docs.edit(doc, "\"date\": \"2024-03-06\"", "\"date\": \"2024-03-32\"");
        List<Violation> vs = Docs.read(doc).violations();
        // the number date is a type error only (no REQUIRED on top of it); the next record's date is checked
        assertThat(vs)
                .extracting(Violation::pointer, Violation::code)
                .containsExactly(tuple("/deliveries/0/date", "HOR-108"), tuple("/deliveries/1/date", "HOR-203"));
    }

    @Test
    @DisplayName("from a stream as from a file, an integrity violation is located at the field, not its record's start")
    void streamLocatesField() {
        String doc = Docs.edit(Docs.valid(), "\"offerId\": \"F-2\"", "\"offerId\": \"F-9\"");
        Violation fromStream = Docs.read(doc).violations().get(0);
        Violation fromFile = Docs.readFile(dir, doc).violations().get(0);
        assertThat(fromStream.pointer()).isEqualTo("/deliveries/1/offerId");
        assertThat(fromFile.line()).isEqualTo(18);
        assertThat(fromFile.column()).isEqualTo(Docs.column(doc, 18, "\"F-9\"")).isNotEqualTo(5);
        assertThat(fromStream).isEqualTo(fromFile);
    }

    @Test
    @DisplayName("broken JSON is one JSON_SYNTAX violation with line and column")
    void brokenSyntax() {
        // line 3 loses its comma: the parser notices at the next name on line 4, column 3
        String doc = Docs.edit(Docs.valid(), "\"asOf\": \"2024-12-31\",", "\"asOf\": \"2024-12-31\"");
        List<Violation> vs = Docs.read(doc).violations();
        assertThat(vs).hasSize(1);
        assertThat(vs.get(0))
                .extracting(Violation::code, Violation::line, Violation::column)
                .containsExactly("HOR-100", 4L, 3L);
        assertThat(vs.get(0).message(Locale.ENGLISH)).startsWith("Not valid JSON: ");
    }

    @Test
    @DisplayName("an empty document and trailing content are syntax errors")
    void emptyAndTrailing() {
        assertThat(Docs.read("").violations())
                .extracting(Violation::code, Violation::messageKey)
                .containsExactly(tuple("HOR-100", "org.hor.core.validation.JSON_SYNTAX.empty.message"));
        List<Violation> vs = Docs.read(Docs.valid() + "{}").violations();
        assertThat(vs)
                .extracting(Violation::code, Violation::line, Violation::column)
                .containsExactly(tuple("HOR-100", 42L, 1L));
    }

    @Test
    @DisplayName("an unsupported format version is its own single violation, whatever else is wrong")
    void formatVersion() {
        String doc = Docs.edit(Docs.valid(), "\"formatVersion\": \"1\"", "\"formatVersion\": \"2\"");
        doc = Docs.edit(doc, "\"hours\": 2.5", "\"hours\": \"viel\"");
        List<Violation> vs = Docs.read(doc).violations();
        assertThat(vs)
                .extracting(Violation::pointer, Violation::code, Violation::line, Violation::column, Violation::value)
                .containsExactly(tuple("/formatVersion", "HOR-105", 2L, 20L, "2"));
        assertThat(vs.get(0).message(Locale.ENGLISH)).contains("Unsupported format version");
        assertThat(vs.get(0).message(Locale.GERMAN)).contains("Nicht unterstützte Formatversion");
    }

    @Test
    @DisplayName("missing top-level fields and an empty sites array are REQUIRED violations")
    void topLevelRequired() {
        List<Violation> vs = Docs.read("{\"sites\": []}").violations();
        assertThat(vs)
                .extracting(Violation::pointer, Violation::code, Violation::messageKey)
                .containsExactly(
                        tuple("/formatVersion", "HOR-200", "org.hor.core.validation.REQUIRED.message"),
                        tuple("/asOf", "HOR-200", "org.hor.core.validation.REQUIRED.message"),
                        tuple("/programme", "HOR-200", "org.hor.core.validation.REQUIRED.message"),
                        tuple("/sites", "HOR-200", "org.hor.core.validation.REQUIRED.sites.message"));
    }

    @Test
    @DisplayName("a document that is no object is a type error at the root")
    void rootNotObject() {
        assertThat(Docs.read("[1, 2]").violations())
                .extracting(Violation::pointer, Violation::code)
                .containsExactly(tuple("", "HOR-108"));
    }

    @Test
    @DisplayName("a lenient reader ignores unknown fields and says how many")
    void lenient() {
        String doc =
                Docs.edit(Docs.valid(), "\"formatVersion\": \"1\",", "\"formatVersion\": \"1\", \"x\": {\"y\": [1]},");
        doc = Docs.edit(doc, "\"participants\": 3", "\"participants\": 3, \"colour\": \"red\"");
        assertThat(Docs.read(doc).violations()).extracting(Violation::code).containsExactly("HOR-107", "HOR-107");
        ReadResult r = Docs.read(DatasetReader.builder().lenient(true).build(), doc);
        assertThat(r.isValid()).isTrue();
        assertThat(r.ignoredUnknownFields()).isEqualTo(2);
        assertThat(r.dataset().orElseThrow())
                .isEqualTo(Docs.read(Docs.valid()).dataset().orElseThrow());
    }

    @Test
    @DisplayName("duplicate keys are found even inside ignored unknown fields")
    void duplicateInsideIgnored() {
        String doc = Docs.edit(
                Docs.valid(), "\"formatVersion\": \"1\",", "\"formatVersion\": \"1\", \"x\": {\"y\": 1, \"y\": 2},");
        List<Violation> vs =
                Docs.read(DatasetReader.builder().lenient(true).build(), doc).violations();
        assertThat(vs)
                .extracting(Violation::pointer, Violation::code, Violation::line)
                .containsExactly(tuple("/x/y", "HOR-106", 2L));
    }

    @Test
    @DisplayName("a missing file is an IOException, not a violation")
    void missingFile() {
        assertThatThrownBy(() -> DatasetReader.builder().build().read(dir.resolve("none.json")))
                .isInstanceOf(NoSuchFileException.class);
    }

    @Test
    @DisplayName("a violation formats as pointer (line:column) CODE message [value]")
    void format() {
        Violation v = Docs.read(Docs.edit(Docs.valid(), "\"amount\": 1500.00", "\"amount\": 1.005"))
                .violations()
                .get(0);
        assertThat(v.format(Locale.ENGLISH))
                .isEqualTo("/deliveries/0/amount (17:" + v.column()
                        + ") HOR-204 Not a valid amount: 0 to 999,999,999.99 with at most 2 fraction digits [1.005]");
        assertThat(v.format(Locale.GERMAN))
                .isEqualTo(
                        "/deliveries/0/amount (17:" + v.column()
                                + ") HOR-204 Kein gültiger Betrag: 0 bis 999 999 999,99 mit höchstens 2 Nachkommastellen [1.005]");
    }

    @Test
    @DisplayName("the offending value is shortened to 80 characters")
    void valueShortened() {
        String doc = Docs.edit(Docs.valid(), "\"metric\": \"cafe.visits\"", "\"metric\": \"" + "m ".repeat(100) + "\"");
        Violation v = Docs.read(doc).violations().get(0);
        assertThat(v.value()).hasSize(80).endsWith("…").startsWith("m m ");
    }
}
