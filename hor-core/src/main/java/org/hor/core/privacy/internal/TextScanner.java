package org.hor.core.privacy.internal;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hor.core.privacy.PersonalDataKind;
import org.hor.core.privacy.PersonalDataMatch;

/**
 * The patterns and checks behind {@link org.hor.core.privacy.PersonalDataScan}: regular expressions
 * find candidates, then plain code decides (digit counts, keywords before a number, IBAN check digits).
 * Not API.
 */
public final class TextScanner {

    private static final int U = Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS;

    private static final Pattern EMAIL =
            Pattern.compile("(?<![\\w.%+-])[\\w.%+-]+@(?:[\\w](?:[\\w-]{0,61}[\\w])?\\.)+\\p{L}{2,24}(?![\\w-])", U);
    private static final Pattern EMAIL_OBFUSCATED = Pattern.compile(
            "(?<![\\w.%+-])[\\w.%+-]+\\s?[\\[(]\\s?(?:at|ät|@)\\s?[\\])]\\s?[\\w-]+(?:\\s?(?:\\.|[\\[(]\\s?(?:dot|punkt)\\s?[\\])])\\s?[\\w-]+)*"
                    + "\\s?(?:\\.|[\\[(]\\s?(?:dot|punkt)\\s?[\\])])\\s?\\p{L}{2,24}(?![\\w-])",
            U | Pattern.CASE_INSENSITIVE);

    /** A run of digits with the separators phone numbers use; decided by {@link #isPhone}. */
    private static final Pattern PHONE_CANDIDATE =
            Pattern.compile("(?<![\\w+:/.,-])(?:\\+\\s?|00)?\\(?\\d[\\d ()/.\\-]{4,24}\\d(?![\\w]|[.,]\\d)", U);

    private static final Pattern PHONE_KEYWORD = Pattern.compile(
            "(?:\\b(?:tel|telefon|telephone|phone|fon|handy|mobil|mobile|mobilnummer|fax|whatsapp|anrufen|anruf|erreichbar|cell|rufnummer|telefonnummer)\\b"
                    + "|tel\\.|☎)",
            U | Pattern.CASE_INSENSITIVE);
    private static final Pattern REFERENCE_KEYWORD = Pattern.compile(
            "\\b(?:az|aktenzeichen|fkz|förderkennzeichen|kennzeichen|antrag|antragsnummer|bescheid|vorgang|vorgangsnummer"
                    + "|projekt|projektnummer|nr|no|grant|reference|ref|file|invoice|rechnung|vertrag|vertragsnummer"
                    + "|kunden|kundennummer|konto|kontonummer|blz|steuernummer|ust|hrb|vr|registernummer|id)\\b",
            U | Pattern.CASE_INSENSITIVE);
    private static final Pattern AFTER_AMOUNT =
            Pattern.compile("^\\s?(?:€|eur\\b|euro\\b|%|prozent\\b|percent\\b)", U | Pattern.CASE_INSENSITIVE);

    private static final Pattern IBAN_CANDIDATE =
            Pattern.compile("(?<![\\p{L}\\d])[A-Z]{2}\\d{2}(?: ?[A-Z0-9]){11,30}", Pattern.CASE_INSENSITIVE);

    private static final String STREET_SUFFIX =
            "(?iu:straße|strasse|str\\.|weg|platz|allee|gasse|ring|damm|ufer|chaussee"
                    + "|steig|pfad|markt|promenade|graben|kai|hof|berg|feld|tor|brücke|zeile|anger|garten|park|stieg|twiete)";
    private static final Pattern STREET_ADDRESS = Pattern.compile(
            "(?<![\\p{L}-])(?:(?:\\p{Lu}[\\p{L}.-]*\\s){0,3}(?:\\p{Lu}[\\p{L}-]*?)?" + STREET_SUFFIX
                    + "|(?:Am|An der|An den|Auf der|Auf dem|Im|In der|In den|Zum|Zur|Unter den|Hinter der|Hinter dem|Vor dem|Alt)"
                    + "\\s\\p{Lu}[\\p{L}-]+)"
                    + "\\s+\\d{1,4}\\s?[a-zA-Z]?(?:\\s?[-/]\\s?\\d{1,4}[a-zA-Z]?)?"
                    + "\\s*,?\\s*(?:in\\s+)?(?:D-)?(?!00)\\d{5}\\s+(?!(?iu:euro|eur|teilnehmende|personen|stunden)\\b)\\p{Lu}[\\p{L}-]+",
            U);

    private static final String MONTHS =
            "(?:Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember"
                    + "|January|February|March|May|June|July|October|December"
                    + "|Jan|Feb|Mär|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Okt|Oct|Nov|Dez|Dec)\\.?";
    private static final String YEAR = "(?:19|20)\\d{2}";
    private static final String DATE =
            "(?:\\d{1,2}\\.\\s?\\d{1,2}\\.\\s?" + YEAR + "|" + YEAR + "-\\d{2}-\\d{2}" + "|\\d{1,2}/\\d{1,2}/" + YEAR
                    + "|\\d{1,2}\\.?\\s" + MONTHS + "\\s" + YEAR + "|" + MONTHS + "\\s\\d{1,2},?\\s" + YEAR + ")";
    private static final Pattern DATE_OF_BIRTH = Pattern.compile(
            "(?:(?:\\bgeb\\.|\\bgeboren\\b|\\bgeburtsdatum\\b|\\bgeburtstag\\b|\\bborn\\b|\\bdate\\s+of\\s+birth\\b|\\bd\\.o\\.b\\.|\\bdob\\b"
                    + "|\\bbirthday\\b|\\bbirth\\s+date\\b)\\s*:?\\s*(?:(?:am|on)\\s+)?(?:" + DATE + "|" + YEAR + "\\b)"
                    + "|(?<![\\w*])\\*\\s?" + DATE + "|\\bjahrgang\\s*:?\\s*" + YEAR + "\\b)",
            U | Pattern.CASE_INSENSITIVE);

    /** The lengths of the IBANs of common countries; other countries: 15 to 34 characters. */
    private static final Map<String, Integer> IBAN_LENGTHS = Map.ofEntries(
            Map.entry("DE", 22),
            Map.entry("AT", 20),
            Map.entry("CH", 21),
            Map.entry("LI", 21),
            Map.entry("FR", 27),
            Map.entry("NL", 18),
            Map.entry("BE", 16),
            Map.entry("LU", 20),
            Map.entry("IT", 27),
            Map.entry("ES", 24),
            Map.entry("PT", 25),
            Map.entry("PL", 28),
            Map.entry("CZ", 24),
            Map.entry("DK", 18),
            Map.entry("SE", 24),
            Map.entry("NO", 15),
            Map.entry("FI", 18),
            Map.entry("GB", 22),
            Map.entry("IE", 22),
            Map.entry("TR", 26),
            Map.entry("GR", 27),
            Map.entry("HR", 21),
            Map.entry("RO", 24),
            Map.entry("BG", 22),
            Map.entry("HU", 28),
            Map.entry("SK", 24),
            Map.entry("SI", 19),
            Map.entry("UA", 29));

    private TextScanner() {}

    /**
     * Returns every match in {@code text}, ordered by start, then end; overlapping matches of
     * different kinds are all returned.
     */
    public static List<PersonalDataMatch> scan(String text) {
        if (text == null || !mayMatch(text)) {
            return new ArrayList<>();
        }
        return scanAll(text);
    }

    /**
     * Whether any pattern can match {@code text}: an e-mail address needs an {@code @}, an obfuscated
     * one a {@code (} or {@code [}, and every other kind digits (a phone number, an IBAN's check
     * digits, a postcode, a year). Most free texts (names, units, titles) have none of these and skip
     * the regular expressions, which in a short run cost more than reading the dataset.
     */
    public static boolean mayMatch(String text) {
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            // \d of the patterns with UNICODE_CHARACTER_CLASS is Character.isDigit, of the others [0-9]
            if (c == '@' || c == '(' || c == '[' || Character.isDigit(c)) {
                return true;
            }
            i += Character.charCount(c);
        }
        return false;
    }

    /** {@link #scan} without the {@link #mayMatch} shortcut (the test compares both). */
    public static List<PersonalDataMatch> scanAll(String text) {
        List<PersonalDataMatch> out = new ArrayList<>();
        if (text.isEmpty()) {
            return out;
        }
        add(out, EMAIL, text, PersonalDataKind.EMAIL);
        add(out, EMAIL_OBFUSCATED, text, PersonalDataKind.EMAIL);
        add(out, STREET_ADDRESS, text, PersonalDataKind.STREET_ADDRESS);
        add(out, DATE_OF_BIRTH, text, PersonalDataKind.DATE_OF_BIRTH);
        ibans(text, out);
        Matcher m = PHONE_CANDIDATE.matcher(text);
        while (m.find()) {
            int end = trimEnd(text, m.start(), m.end());
            if (isPhone(text, m.start(), end) && !inside(out, m.start(), end)) {
                out.add(new PersonalDataMatch(PersonalDataKind.PHONE, m.start(), end));
            }
        }
        out.sort(Comparator.comparingInt(PersonalDataMatch::start).thenComparingInt(PersonalDataMatch::end));
        return out;
    }

    private static void add(List<PersonalDataMatch> out, Pattern p, String text, PersonalDataKind kind) {
        Matcher m = p.matcher(text);
        while (m.find()) {
            if (!inside(out, m.start(), m.end())) {
                out.add(new PersonalDataMatch(kind, m.start(), m.end()));
            }
        }
    }

    /** Whether [start, end) lies within a match already found (an IBAN's digits are no phone number). */
    private static boolean inside(List<PersonalDataMatch> found, int start, int end) {
        for (PersonalDataMatch f : found) {
            if (f.start() <= start && end <= f.end()) {
                return true;
            }
        }
        return false;
    }

    /** Drops separators and an unmatched "(" at the candidate's end. */
    private static int trimEnd(String text, int start, int end) {
        while (end > start && !Character.isDigit(text.charAt(end - 1))) {
            end--;
        }
        return end;
    }

    private static boolean isPhone(String text, int start, int end) {
        String c = text.substring(start, end);
        int digits = 0;
        int hyphens = 0;
        boolean dots = false;
        boolean parentheses = false;
        for (int i = 0; i < c.length(); i++) {
            char ch = c.charAt(i);
            if (ch >= '0' && ch <= '9') {
                digits++;
            } else if (ch == '-') {
                hyphens++;
            } else if (ch == '.') {
                dots = true;
            } else if (ch == '(' || ch == ')') {
                parentheses = true;
            }
        }
        if (c.indexOf('(') >= 0 != c.indexOf(')') >= 0) {
            return false;
        }
        String before = text.substring(Math.max(0, start - 30), start);
        boolean phoneWord = PHONE_KEYWORD.matcher(before).find();
        if (!phoneWord && REFERENCE_KEYWORD.matcher(before).find()) {
            return false;
        }
        if (AFTER_AMOUNT.matcher(text.substring(end)).find()) {
            return false;
        }
        String compact = c.replaceAll("[^+\\d]", "");
        if (compact.startsWith("+") || compact.startsWith("00")) {
            String national = compact.startsWith("+") ? compact.substring(1) : compact.substring(2);
            if (national.isEmpty() || national.charAt(0) == '0') {
                return false;
            }
            int min = compact.startsWith("+") ? 8 : 9;
            return national.length() >= (phoneWord ? 6 : min) && national.length() <= 15 && !dots;
        }
        if (compact.length() < 2 || compact.charAt(0) != '0' || compact.charAt(1) == '0') {
            return false;
        }
        if (phoneWord) {
            return !dots && digits >= 6 && digits <= 14;
        }
        boolean grouped = c.indexOf(' ') >= 0 || c.indexOf('/') >= 0 || hyphens == 1 || parentheses;
        return !dots && hyphens <= 1 && digits >= 9 && digits <= 13 && (grouped || digits >= 10);
    }

    private static void ibans(String text, List<PersonalDataMatch> out) {
        Matcher m = IBAN_CANDIDATE.matcher(text);
        while (m.find()) {
            // the candidate may run on into the next word: try the longest prefix with a valid checksum
            String cand = m.group();
            StringBuilder compact = new StringBuilder();
            List<Integer> ends = new ArrayList<>();
            for (int i = 0; i < cand.length(); i++) {
                char ch = cand.charAt(i);
                if (ch != ' ') {
                    compact.append(Character.toUpperCase(ch));
                    ends.add(i + 1);
                }
            }
            String country = compact.substring(0, 2);
            Integer fixed = IBAN_LENGTHS.get(country);
            for (int len = Math.min(34, compact.length()); len >= 15; len--) {
                if (fixed != null && len != fixed) {
                    continue;
                }
                int endInText = m.start() + ends.get(len - 1);
                boolean wordEnds = endInText == text.length() || !Character.isLetterOrDigit(text.charAt(endInText));
                if (wordEnds && checksumValid(compact.substring(0, len))) {
                    out.add(new PersonalDataMatch(PersonalDataKind.IBAN, m.start(), endInText));
                    break;
                }
            }
        }
    }

    /** ISO 13616: move the first four characters to the end, letters as 10–35, the number mod 97 is 1. */
    static boolean checksumValid(String iban) {
        String moved = iban.substring(4) + iban.substring(0, 4);
        StringBuilder digits = new StringBuilder();
        for (int i = 0; i < moved.length(); i++) {
            char ch = moved.charAt(i);
            if (ch >= '0' && ch <= '9') {
                digits.append(ch);
            } else if (ch >= 'A' && ch <= 'Z') {
                digits.append(ch - 'A' + 10);
            } else {
                return false;
            }
        }
        return new BigInteger(digits.toString()).mod(BigInteger.valueOf(97)).intValue() == 1;
    }

    /** Lower-cases for comparisons that ignore case. */
    public static String fold(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
