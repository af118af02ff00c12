package org.hor.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("the formula guard of spec 04, shared by every CSV writer of hor")
class FormulaGuardTest {

    @Test
    @DisplayName("a text starting with = + - @, tab or carriage return gets one leading apostrophe")
    void risky() {
        assertThat(FormulaGuard.guard("-A1")).isEqualTo("'-A1");
        assertThat(FormulaGuard.guard("+49")).isEqualTo("'+49");
        assertThat(FormulaGuard.guard("=SUM(A1)")).isEqualTo("'=SUM(A1)");
        assertThat(FormulaGuard.guard("@home")).isEqualTo("'@home");
        assertThat(FormulaGuard.guard("\tx")).isEqualTo("'\tx");
        assertThat(FormulaGuard.guard("\rx")).isEqualTo("'\rx");
        assertThat(FormulaGuard.guard("-")).isEqualTo("'-");
    }

    @Test
    @DisplayName("other texts, the empty text and a risky character later in the text stay as they are")
    void harmless() {
        assertThat(FormulaGuard.guard("")).isEmpty();
        assertThat(FormulaGuard.guard("A-1")).isEqualTo("A-1");
        assertThat(FormulaGuard.guard("site:-A1")).isEqualTo("site:-A1");
        assertThat(FormulaGuard.guard(" =1")).isEqualTo(" =1");
        assertThat(FormulaGuard.guard("\nx")).isEqualTo("\nx");
        assertThat(FormulaGuard.guard("1")).isEqualTo("1");
        // spec 04 names six characters; an apostrophe is not one of them
        assertThat(FormulaGuard.guard("'x")).isEqualTo("'x");
        assertThat(FormulaGuard.isRisky("'x")).isFalse();
        assertThat(FormulaGuard.isRisky("")).isFalse();
    }

    @Test
    @DisplayName("the reversible guard also guards a leading apostrophe, and unguard gives every text back exactly")
    void reversible() {
        assertThat(FormulaGuard.guardReversibly("'x")).isEqualTo("''x");
        assertThat(FormulaGuard.guardReversibly("'")).isEqualTo("''");
        assertThat(FormulaGuard.guardReversibly("-A1")).isEqualTo("'-A1");
        assertThat(FormulaGuard.guardReversibly("A1")).isEqualTo("A1");
        for (String text : new String[] {"", "'", "''", "'-A1", "-A1", "=1+1", "+", "@", "\t", "\r", "A", "x'"}) {
            assertThat(FormulaGuard.unguard(FormulaGuard.guardReversibly(text)))
                    .as(text)
                    .isEqualTo(text);
        }
        assertThat(FormulaGuard.unguard("''x")).isEqualTo("'x");
        assertThat(FormulaGuard.unguard("x")).isEqualTo("x");
        assertThat(FormulaGuard.unguard("")).isEmpty();
    }
}
