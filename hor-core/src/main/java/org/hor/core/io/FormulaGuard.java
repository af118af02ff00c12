package org.hor.core.io;

/**
 * The formula guard of spec 04 for every CSV file hor writes: a text cell that starts with
 * {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return gets a leading {@code '}, so
 * that no spreadsheet program runs it as a formula. Numbers are not text and are never guarded.
 *
 * <p>{@link #guard(String)} is the rule of spec 04 as it stands (the tidy CSV of {@code hor evaluate});
 * {@link #guardReversibly(String)} also guards a text that itself starts with {@code '}, so that
 * {@link #unguard(String)} gives back exactly the text (the CSV folder of {@code hor export}, which
 * {@code hor import} reads back). Stateless; all methods are pure.
 */
public final class FormulaGuard {

    /** The prefix that makes a spreadsheet program take a cell as text. */
    public static final char GUARD = '\'';

    private FormulaGuard() {}

    /**
     * Returns whether a spreadsheet program could take {@code text} as a formula: whether it starts
     * with {@code = + - @}, a tab or a carriage return.
     *
     * @param text the cell text, not null
     * @return whether it needs the guard
     * @throws NullPointerException if {@code text} is null
     */
    public static boolean isRisky(String text) {
        if (text.isEmpty()) {
            return false;
        }
        char c = text.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    }

    /**
     * Returns {@code text} with a leading {@code '} when it {@linkplain #isRisky(String) is risky}, else
     * unchanged.
     *
     * @param text the cell text, not null
     * @return the text to write
     * @throws NullPointerException if {@code text} is null
     */
    public static String guard(String text) {
        return isRisky(text) ? GUARD + text : text;
    }

    /**
     * Returns {@code text} with a leading {@code '} when it is risky or starts with {@code '} itself, so
     * that {@link #unguard(String)} restores it exactly.
     *
     * @param text the cell text, not null
     * @return the text to write
     * @throws NullPointerException if {@code text} is null
     */
    public static String guardReversibly(String text) {
        return isRisky(text) || !text.isEmpty() && text.charAt(0) == GUARD ? GUARD + text : text;
    }

    /**
     * Removes one leading {@code '}: the inverse of {@link #guardReversibly(String)}.
     *
     * @param cell the cell text, not null
     * @return the text
     * @throws NullPointerException if {@code cell} is null
     */
    public static String unguard(String cell) {
        return !cell.isEmpty() && cell.charAt(0) == GUARD ? cell.substring(1) : cell;
    }
}
