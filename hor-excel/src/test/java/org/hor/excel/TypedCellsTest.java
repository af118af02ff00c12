package org.hor.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hor.excel.hostile.Xlsx.DATE;
import static org.hor.excel.hostile.Xlsx.MONEY;
import static org.hor.excel.hostile.Xlsx.TWO_DECIMALS;
import static org.hor.excel.hostile.Xlsx.delivery;
import static org.hor.excel.hostile.Xlsx.formula;
import static org.hor.excel.hostile.Xlsx.num;
import static org.hor.excel.hostile.Xlsx.row;
import static org.hor.excel.hostile.Xlsx.text;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import org.hor.core.model.Delivery;
import org.hor.excel.hostile.Xlsx;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Typed cells are read as the user means them. */
class TypedCellsTest {

    @TempDir
    Path tmp;

    Delivery only(Xlsx x) throws Exception {
        WorkbookImportResult r = WorkbookImporter.builder().build().importFrom(x.write(tmp.resolve("w.xlsx")));
        assertThat(RoundTripTest.lines(r)).isEmpty();
        assertThat(r.dataset().orElseThrow().deliveries()).hasSize(1);
        return r.dataset().orElseThrow().deliveries().get(0);
    }

    @Test
    @DisplayName("a money cell holding the double nearest to 1500.5 is 1500.5; formatted 0.00 it is 1500.50")
    void money() throws Exception {
        assertThat(only(Xlsx.valid(delivery(2, num("F2", "1500.5")))).amount()).isEqualTo(new BigDecimal("1500.5"));
        assertThat(only(Xlsx.valid(delivery(2, num("F2", "1500.5", MONEY)))).amount())
                .isEqualTo(new BigDecimal("1500.50"));
        // 17 significant digits as Excel writes some doubles: to 15 digits, as Excel shows them
        assertThat(only(Xlsx.valid(delivery(2, num("F2", "1500.4999999999998"))))
                        .amount())
                .isEqualTo(new BigDecimal("1500.5"));
        assertThat(only(Xlsx.valid(delivery(2, num("F2", "0.30000000000000004", TWO_DECIMALS))))
                        .amount())
                .isEqualTo(new BigDecimal("0.30"));
    }

    @Test
    @DisplayName("a date cell is a date (serial 45356 is 2024-03-05); also in a workbook counting from 1904 (43894)")
    void dates() throws Exception {
        assertThat(only(Xlsx.valid(delivery(2, num("F2", "100")))).date()).isEqualTo(LocalDate.of(2024, 3, 5));
        Xlsx x1904 = Xlsx.valid(row(
                        2,
                        text("A2", "D-2"),
                        text("B2", "F-1"),
                        text("C2", "O-1"),
                        num("D2", "43894", DATE),
                        num("F2", "100")))
                .date1904();
        // the dataset sheet's asOf 45657 and the site's start 43831 are read in the 1904 system too:
        // 45657 + 1462 days (the offset of the systems) = 2029-01-01 and 43831 + 1462 = 2024-01-02, so the
        // delivery on 2024-03-05 is still within the site's days
        WorkbookImportResult r = WorkbookImporter.builder().build().importFrom(x1904.write(tmp.resolve("y.xlsx")));
        assertThat(RoundTripTest.lines(r)).isEmpty();
        assertThat(r.dataset().orElseThrow().asOf()).isEqualTo(LocalDate.of(2029, 1, 1));
        assertThat(r.dataset().orElseThrow().deliveries().get(0).date()).isEqualTo(LocalDate.of(2024, 3, 5));
    }

    @Test
    @DisplayName("text cells in either dialect: 1500,50 and 05.03.2024 as well as 1500.50 and 2024-03-05")
    void textDialects() throws Exception {
        Delivery german = only(Xlsx.valid(row(
                2,
                text("A2", "D-2"),
                text("B2", "F-1"),
                text("C2", "O-1"),
                text("D2", "05.03.2024"),
                text("F2", "1500,50"))));
        assertThat(german.date()).isEqualTo(LocalDate.of(2024, 3, 5));
        assertThat(german.amount()).isEqualTo(new BigDecimal("1500.50"));
        Delivery standard = only(Xlsx.valid(row(
                2,
                text("A2", "D-2"),
                text("B2", "F-1"),
                text("C2", "O-1"),
                text("D2", "2024-03-05"),
                text("F2", "1500.50"))));
        assertThat(standard).isEqualTo(german);
    }

    @Test
    @DisplayName("a formula cell gives its cached result; LibreOffice's TRUE() is a boolean")
    void formulas() throws Exception {
        assertThat(only(Xlsx.valid(delivery(2, formula("F2", "1000+500.5", "1500.5"))))
                        .amount())
                .isEqualTo(new BigDecimal("1500.5"));
        assertThat(only(Xlsx.valid(delivery(2, num("F2", "100"), formula("G2", "2*3", "6"))))
                        .participants())
                .isEqualTo(6);
        WorkbookImportResult r = WorkbookImporter.builder()
                .build()
                .importFrom(new Xlsx()
                        .sheet("dataset", Xlsx.DATASET_HEADER + Xlsx.DATASET_ROW)
                        .sheet("sites", Xlsx.SITES)
                        .sheet(
                                "organisations",
                                Xlsx.textRow(1, "id", "name", "type", "legalForm", "migrantLed")
                                        + row(
                                                2,
                                                text("A2", "O-1"),
                                                text("B2", "Verein"),
                                                text("C2", "MIGRANT_ORGANISATION"),
                                                text("D2", "REGISTERED_ASSOCIATION"),
                                                formula("E2", "TRUE()", "1")))
                        .write(tmp.resolve("lo.xlsx")));
        assertThat(RoundTripTest.lines(r)).isEmpty();
        assertThat(r.dataset().orElseThrow().organisations().get(0).migrantLed())
                .isTrue();
    }

    @Test
    @DisplayName("a number in an id column is its digits (1001), a number in a year column a whole number")
    void numbersAsIds() throws Exception {
        WorkbookImportResult r = WorkbookImporter.builder()
                .build()
                .importFrom(new Xlsx()
                        .sheet("dataset", Xlsx.DATASET_HEADER + Xlsx.DATASET_ROW)
                        .sheet("sites", Xlsx.SITES)
                        .sheet(
                                "organisations",
                                Xlsx.textRow(1, "id", "name", "type", "legalForm", "founded")
                                        + row(
                                                2,
                                                num("A2", "1001"),
                                                text("B2", "Verein"),
                                                text("C2", "MIGRANT_ORGANISATION"),
                                                text("D2", "REGISTERED_ASSOCIATION"),
                                                num("E2", "2012")))
                        .write(tmp.resolve("n.xlsx")));
        assertThat(RoundTripTest.lines(r)).isEmpty();
        assertThat(r.dataset().orElseThrow().organisations().get(0).id()).isEqualTo("1001");
        assertThat(r.dataset().orElseThrow().organisations().get(0).founded()).isEqualTo(2012);
    }
}
