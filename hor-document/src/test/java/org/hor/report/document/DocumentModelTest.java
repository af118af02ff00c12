package org.hor.report.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class DocumentModelTest {

    @Test
    @DisplayName("the builder nests sections and keeps blocks in call order")
    void builder() {
        Document doc = Document.builder("T", Locale.GERMAN)
                .subtitle("S")
                .paragraph("intro")
                .section("A", a -> a.paragraph("p").section("A.1", b -> b.bullets("x", "y")))
                .build();
        assertThat(doc.body()).hasSize(2);
        Section a = (Section) doc.body().get(1);
        assertThat(a.heading()).isEqualTo("A");
        assertThat(((Section) a.body().get(1)).body()).containsExactly(BulletList.of("x", "y"));
    }

    @Test
    @DisplayName("records are immutable: later changes to the caller's lists do not leak in")
    void immutable() {
        List<String> columns = new ArrayList<>(List.of("a"));
        Table t = new Table("c", columns, List.of(Row.of(Cell.number(1))), true, List.of());
        columns.add("b");
        assertThat(t.columns()).containsExactly("a");
        assertThatThrownBy(() -> t.rows().add(Row.of(Cell.number(2))))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    @DisplayName("a row with the wrong number of cells is rejected with the table's caption and both counts")
    void rowWidth() {
        assertThatThrownBy(() -> Table.builder("Angebote")
                        .columns("a", "b")
                        .row(Cell.number(1))
                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("row 0 of table 'Angebote' has 1 cells, but the table has 2 columns");
    }

    @Test
    @DisplayName("a series value must be a number or a gap, and have one value per category")
    void series() {
        assertThatThrownBy(() -> Series.of("s", Cell.text("x")))
                .hasMessageStartingWith("series 's' value 0 must be a number, percent, money or a gap");
        assertThatThrownBy(() -> LineChart.of("L", "alt", List.of("a", "b"), Series.of("s", Cell.number(1))))
                .hasMessage("series 's' of chart 'L' has 1 values, but there are 2 categories");
    }

    @Test
    @DisplayName("a chart needs a text alternative")
    void textAlternative() {
        assertThatThrownBy(() -> BarChart.of("B", " ", List.of())).hasMessage("chart 'B' needs a text alternative");
    }

    @Test
    @DisplayName("stacked bars reject negative values")
    void stackedNegative() {
        assertThatThrownBy(() -> StackedBarChart.of("S", "alt", List.of("a"), Series.of("s", Cell.number(-1))))
                .hasMessage("stacked bar chart 'S' cannot stack the negative value -1 of series 's'");
    }

    @Test
    @DisplayName("a box needs five ascending numbers")
    void box() {
        assertThatThrownBy(() ->
                        new Box("g", Cell.number(1), Cell.number(3), Cell.number(2), Cell.number(4), Cell.number(5)))
                .hasMessage(
                        "box 'g' needs minimum ≤ lower quartile ≤ median ≤ upper quartile ≤ maximum, got [1, 3, 2, 4, 5]");
        assertThatThrownBy(() -> new Box(
                        "g", Cell.undefined("NO_DATA"), Cell.number(3), Cell.number(3), Cell.number(4), Cell.number(5)))
                .hasMessageStartingWith("box 'g' needs five numbers");
    }

    @Test
    @DisplayName("a heat map must match its labels and cannot colour text")
    void heatMap() {
        assertThatThrownBy(() ->
                        new HeatMap("H", "alt", List.of("r"), List.of("c1", "c2"), List.of(List.of(Cell.number(1)))))
                .hasMessage("row 0 of heat map 'H' has 1 cells, but there are 2 columns");
        assertThatThrownBy(() -> new HeatMap("H", "alt", List.of("r"), List.of("c"), List.of(List.of(Cell.text("x")))))
                .hasMessageStartingWith("heat map 'H' can colour numbers, statuses and gaps");
    }

    @Test
    @DisplayName("cell preconditions state the rule and the value")
    void cells() {
        assertThatThrownBy(() -> Cell.suppressed(1)).hasMessage("suppression threshold must be at least 2: 1");
        assertThatThrownBy(() -> Cell.status(Tone.POSITIVE, " "))
                .hasMessage("a status needs a label, colour alone says nothing");
        assertThatThrownBy(() -> Cell.money(BigDecimal.ONE, "euro", 2))
                .hasMessage("currency must be an ISO 4217 code of three capital letters: euro");
        assertThatThrownBy(() -> Cell.number(BigDecimal.ONE, "", -1)).hasMessage("decimals must not be negative: -1");
        assertThatThrownBy(() -> Cell.undefined("")).hasMessage("an undefined cell needs a reason code");
        assertThatThrownBy(() -> new Change(Cell.text("x"), Tone.NEUTRAL, ""))
                .hasMessageStartingWith("a change must be numeric or a gap");
    }

    @Test
    @DisplayName("numeric cells expose their value and make cells of the same kind")
    void numeric() {
        assertThat(Cell.number(new BigDecimal("3.50")).decimals()).isEqualTo(1);
        assertThat(Cell.euro(BigDecimal.TEN).withValue(BigDecimal.ONE, 0))
                .isEqualTo(Cell.money(BigDecimal.ONE, "EUR", 0));
        assertThat(Cell.percent(BigDecimal.TEN).numericValue()).isEqualByComparingTo("10");
        assertThat(Cell.undefined("NO_DATA").isGap()).isTrue();
        assertThatThrownBy(() -> Cell.text("x").numericValue()).isInstanceOf(IllegalStateException.class);
    }

    @Test
    @DisplayName("a numeric cell marked as a change keeps its value and unit; gaps stay gaps; withValue drops the sign")
    void changeCells() {
        Cell change = Cell.number(new BigDecimal("-1.5"), "h", 1).asChange();
        assertThat(change).isEqualTo(new Cell.Quantity(new BigDecimal("-1.5"), "h", 1, true));
        assertThat(change.isSigned()).isTrue();
        assertThat(Cell.number(3).isSigned()).isFalse();
        assertThat(Cell.percent(BigDecimal.ONE).asChange()).isEqualTo(new Cell.Percent(BigDecimal.ONE, 1, true));
        assertThat(Cell.euro(BigDecimal.ONE).asChange()).isEqualTo(new Cell.Money(BigDecimal.ONE, "EUR", 2, true));
        assertThat(Cell.undefined("NO_DATA").asChange()).isEqualTo(Cell.undefined("NO_DATA"));
        assertThat(Cell.suppressed(3).asChange()).isEqualTo(Cell.suppressed(3));
        assertThat(change.withValue(BigDecimal.TEN, 0)).isEqualTo(Cell.number(BigDecimal.TEN, "h", 0));
    }
}
