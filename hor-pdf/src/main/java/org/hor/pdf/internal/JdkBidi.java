package org.hor.pdf.internal;

import com.openhtmltopdf.bidi.BidiReorderer;
import com.openhtmltopdf.bidi.BidiSplitter;
import com.openhtmltopdf.bidi.BidiSplitterFactory;
import com.openhtmltopdf.bidi.BidiTextRun;
import java.text.Bidi;

/**
 * The Unicode bidi algorithm for the PDF engine from the JDK's {@link Bidi}, instead of ICU4J's
 * 14 MB: right-to-left runs (Hebrew, Arabic, overrides) are drawn in visual order, brackets
 * mirrored. Arabic letters are not joined (that needs ICU's shaping); they keep their isolated forms.
 */
final class JdkBidi implements BidiSplitter, BidiReorderer {

    /** Makes a new splitter for each paragraph. */
    static final BidiSplitterFactory FACTORY = JdkBidi::new;

    private int[] starts = new int[0];
    private int[] lengths = new int[0];
    private byte[] directions = new byte[0];

    @Override
    public void setParagraph(String paragraph, byte defaultDirection) {
        int flags = defaultDirection == RTL
                ? Bidi.DIRECTION_RIGHT_TO_LEFT
                : defaultDirection == LTR ? Bidi.DIRECTION_LEFT_TO_RIGHT : Bidi.DIRECTION_DEFAULT_LEFT_TO_RIGHT;
        if (paragraph.isEmpty()) {
            // the engine expects a run at the start of every paragraph, even an empty one
            starts = new int[] {0};
            lengths = new int[] {0};
            directions = new byte[] {defaultDirection == RTL ? RTL : LTR};
            return;
        }
        Bidi bidi = new Bidi(paragraph, flags);
        int runs = bidi.getRunCount();
        Integer[] order = new Integer[runs];
        byte[] levels = new byte[runs];
        for (int i = 0; i < runs; i++) {
            order[i] = i;
            levels[i] = (byte) bidi.getRunLevel(i);
        }
        Bidi.reorderVisually(levels, 0, order, 0, runs);
        starts = new int[runs];
        lengths = new int[runs];
        directions = new byte[runs];
        for (int v = 0; v < runs; v++) {
            int logical = order[v];
            starts[v] = bidi.getRunStart(logical);
            lengths[v] = bidi.getRunLimit(logical) - starts[v];
            directions[v] = (bidi.getRunLevel(logical) & 1) == 1 ? RTL : LTR;
        }
    }

    @Override
    public int countTextRuns() {
        return starts.length;
    }

    @Override
    public BidiTextRun getVisualRun(int runIndex) {
        return new BidiTextRun(starts[runIndex], lengths[runIndex], directions[runIndex]);
    }

    @Override
    public byte getBaseDirection(String paragraph) {
        for (int i = 0; i < paragraph.length(); ) {
            int cp = paragraph.codePointAt(i);
            byte d = Character.getDirectionality(cp);
            if (d == Character.DIRECTIONALITY_LEFT_TO_RIGHT) {
                return LTR;
            }
            if (d == Character.DIRECTIONALITY_RIGHT_TO_LEFT || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC) {
                return RTL;
            }
            i += Character.charCount(cp);
        }
        return NEUTRAL;
    }

    /** Returns {@code text} reversed by code point, with mirrored brackets, as a right-to-left run is drawn. */
    @Override
    public String reorderRTLTextToLTR(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = text.length(); i > 0; ) {
            int cp = text.codePointBefore(i);
            out.appendCodePoint(mirror(cp));
            i -= Character.charCount(cp);
        }
        return out.toString();
    }

    static int mirror(int cp) {
        return switch (cp) {
            case '(' -> ')';
            case ')' -> '(';
            case '[' -> ']';
            case ']' -> '[';
            case '{' -> '}';
            case '}' -> '{';
            case '<' -> '>';
            case '>' -> '<';
            case '\u00AB' -> '\u00BB';
            case '\u00BB' -> '\u00AB';
            default -> cp;
        };
    }

    @Override
    public String shapeText(String text) {
        return text;
    }

    @Override
    public String deshapeText(String text) {
        return text;
    }

    @Override
    public boolean isLiveImplementation() {
        return true;
    }
}
