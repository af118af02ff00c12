package org.hor.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds, in Java source text, the calls whose output depends on the JVM's default locale: under
 * {@code ar-SA}, {@code fa-IR} or {@code th-TH-TH} they write native digits, under {@code tr-TR} a
 * dotless i. Comments and string literals are ignored; a call passes when it names its locale.
 */
final class LocaleUseScanner {

    /** One call that uses the default locale. */
    record Finding(String file, int line, String rule, String call) {
        @Override
        public String toString() {
            return file + ":" + line + " " + rule + ": " + call;
        }
    }

    private enum Need {
        FORBIDDEN,
        FIRST_IS_LOCALE,
        TWO_ARGUMENTS,
        SOME_ARGUMENT
    }

    private record Rule(String name, Pattern call, Need need) {}

    private static final List<Rule> RULES = List.of(
            new Rule(
                    "String.format without a locale",
                    Pattern.compile("\\bString\\s*\\.\\s*format\\s*\\("),
                    Need.FIRST_IS_LOCALE),
            new Rule(
                    "formatted() always uses the default locale",
                    Pattern.compile("\\.\\s*formatted\\s*\\("),
                    Need.FORBIDDEN),
            new Rule("printf without a locale", Pattern.compile("\\.\\s*printf\\s*\\("), Need.FIRST_IS_LOCALE),
            new Rule(
                    "toUpperCase() without a locale",
                    Pattern.compile("\\.\\s*toUpperCase\\s*\\(\\s*\\)"),
                    Need.FORBIDDEN),
            new Rule(
                    "toLowerCase() without a locale",
                    Pattern.compile("\\.\\s*toLowerCase\\s*\\(\\s*\\)"),
                    Need.FORBIDDEN),
            new Rule(
                    "DateTimeFormatter.ofPattern without a locale",
                    Pattern.compile("\\bDateTimeFormatter\\s*\\.\\s*ofPattern\\s*\\("),
                    Need.TWO_ARGUMENTS),
            new Rule(
                    "DecimalFormat without symbols",
                    Pattern.compile("\\bnew\\s+(?:java\\.text\\.)?DecimalFormat\\s*\\("),
                    Need.TWO_ARGUMENTS),
            new Rule(
                    "DecimalFormatSymbols of the default locale",
                    Pattern.compile("\\bDecimalFormatSymbols\\s*(?:\\.\\s*getInstance)?\\s*\\(\\s*\\)"),
                    Need.FORBIDDEN),
            new Rule(
                    "NumberFormat without a locale",
                    Pattern.compile("\\bNumberFormat\\s*\\.\\s*get\\w*Instance\\s*\\("),
                    Need.SOME_ARGUMENT),
            new Rule(
                    "MessageFormat without a locale",
                    Pattern.compile("\\bnew\\s+(?:java\\.text\\.)?MessageFormat\\s*\\("),
                    Need.TWO_ARGUMENTS),
            new Rule(
                    "MessageFormat.format uses the default locale",
                    Pattern.compile("\\bMessageFormat\\s*\\.\\s*format\\s*\\("),
                    Need.FORBIDDEN),
            new Rule(
                    "Collator of the default locale",
                    Pattern.compile("\\bCollator\\s*\\.\\s*getInstance\\s*\\(\\s*\\)"),
                    Need.FORBIDDEN),
            new Rule("the default locale", Pattern.compile("\\bLocale\\s*\\.\\s*getDefault\\s*\\("), Need.FORBIDDEN));

    /** A first argument that names a locale: {@code Locale.ROOT}, {@code locale}, {@code messages.locale()}. */
    private static final Pattern LOCALE_ARGUMENT = Pattern.compile(
            "(?:java\\.util\\.)?Locale\\s*\\.\\s*[A-Z_]+|[\\w.]*(?:locale|Locale)\\w*\\s*(?:\\(\\s*\\))?");

    private LocaleUseScanner() {}

    /**
     * Returns the calls of {@code source} that depend on the default locale.
     *
     * @param file   the file name, for the findings
     * @param source the Java source text
     * @return the findings, in the order of the text
     */
    static List<Finding> scan(String file, String source) {
        String code = stripCommentsAndLiterals(source);
        List<Finding> found = new ArrayList<>();
        for (Rule rule : RULES) {
            Matcher m = rule.call().matcher(code);
            while (m.find()) {
                List<String> args = arguments(code, m.end() - 1);
                boolean bad = switch (rule.need()) {
                    case FORBIDDEN -> true;
                    case FIRST_IS_LOCALE ->
                        args.isEmpty() || !LOCALE_ARGUMENT.matcher(args.get(0)).matches();
                    case TWO_ARGUMENTS -> args.size() < 2;
                    case SOME_ARGUMENT -> args.isEmpty();
                };
                if (bad) {
                    int line = 1
                            + (int) code.substring(0, m.start())
                                    .chars()
                                    .filter(c -> c == '\n')
                                    .count();
                    int end = code.indexOf('\n', m.start());
                    found.add(new Finding(
                            file,
                            line,
                            rule.name(),
                            code.substring(m.start(), end < 0 ? code.length() : end)
                                    .trim()));
                }
            }
        }
        found.sort(java.util.Comparator.comparingInt(Finding::line));
        return found;
    }

    /** Returns the top-level arguments of the call whose {@code (} is at {@code open}, trimmed. */
    static List<String> arguments(String code, int open) {
        List<String> args = new ArrayList<>();
        int depth = 0;
        int start = open + 1;
        for (int i = open; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                depth--;
                if (depth == 0) {
                    String last = code.substring(start, i).trim();
                    if (!last.isEmpty() || !args.isEmpty()) {
                        args.add(last);
                    }
                    return args;
                }
            } else if (c == ',' && depth == 1) {
                args.add(code.substring(start, i).trim());
                start = i + 1;
            }
        }
        return args;
    }

    /**
     * Returns {@code source} with comments removed and the contents of string, text-block and
     * character literals emptied ({@code ""}, {@code ' '}); line breaks are kept, so lines still count.
     */
    static String stripCommentsAndLiterals(String source) {
        StringBuilder b = new StringBuilder(source.length());
        int n = source.length();
        int i = 0;
        while (i < n) {
            char c = source.charAt(i);
            if (c == '/' && i + 1 < n && source.charAt(i + 1) == '/') {
                while (i < n && source.charAt(i) != '\n') {
                    i++;
                }
            } else if (c == '/' && i + 1 < n && source.charAt(i + 1) == '*') {
                i += 2;
                while (i < n && !(source.charAt(i) == '*' && i + 1 < n && source.charAt(i + 1) == '/')) {
                    if (source.charAt(i) == '\n') {
                        b.append('\n');
                    }
                    i++;
                }
                i += 2;
            } else if (c == '"' && source.startsWith("\"\"\"", i)) {
                b.append("\"\"");
                i += 3;
                while (i < n && !source.startsWith("\"\"\"", i)) {
                    if (source.charAt(i) == '\\') {
                        i++;
                    } else if (source.charAt(i) == '\n') {
                        b.append('\n');
                    }
                    i++;
                }
                i += 3;
            } else if (c == '"' || c == '\'') {
                b.append(c);
                i++;
                while (i < n && source.charAt(i) != c && source.charAt(i) != '\n') {
                    if (source.charAt(i) == '\\') {
                        i++;
                    }
                    i++;
                }
                b.append(c == '\'' ? " '" : "\"");
                i++;
            } else {
                b.append(c);
                i++;
            }
        }
        return b.toString();
    }
}
