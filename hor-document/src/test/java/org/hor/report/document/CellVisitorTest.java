package org.hor.report.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** {@link Cell#accept(CellVisitor)} calls the visitor's method for the cell's kind. */
class CellVisitorTest {

    /** Names the method that was called; a noted cell names its value's kind too. */
    private static final class Kinds implements CellVisitor<String> {
        @Override
        public String visitText(Cell.Text c) {
            return "text";
        }

        @Override
        public String visitQuantity(Cell.Quantity c) {
            return "quantity";
        }

        @Override
        public String visitPercent(Cell.Percent c) {
            return "percent";
        }

        @Override
        public String visitMoney(Cell.Money c) {
            return "money";
        }

        @Override
        public String visitDate(Cell.Date c) {
            return "date";
        }

        @Override
        public String visitStatus(Cell.Status c) {
            return "status";
        }

        @Override
        public String visitSuppressed(Cell.Suppressed c) {
            return "suppressed";
        }

        @Override
        public String visitUndefined(Cell.Undefined c) {
            return "undefined";
        }

        @Override
        public String visitEmpty(Cell.Empty c) {
            return "empty";
        }

        @Override
        public String visitNoted(Cell.Noted c) {
            return "noted " + c.value().accept(this);
        }
    }

    @Test
    @DisplayName("each kind of cell reaches its own visitor method, and a noted cell leaves its value to the visitor")
    void dispatch() {
        List<Cell> cells = List.of(
                Cell.text("a"),
                Cell.number(1),
                Cell.percent(BigDecimal.ONE),
                Cell.euro(BigDecimal.ONE),
                Cell.date(LocalDate.of(2026, 1, 1)),
                Cell.status(Tone.INFO, "x"),
                Cell.suppressed(3),
                Cell.undefined("NO_DATA"),
                Cell.empty(),
                Cell.number(2).withNote("n"));
        assertThat(cells.stream().map(c -> c.accept(new Kinds())).toList())
                .containsExactly(
                        "text",
                        "quantity",
                        "percent",
                        "money",
                        "date",
                        "status",
                        "suppressed",
                        "undefined",
                        "empty",
                        "noted quantity");
    }
}
