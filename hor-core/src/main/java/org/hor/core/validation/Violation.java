package org.hor.core.validation;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;
import org.jspecify.annotations.Nullable;

/**
 * One violation of the dataset format: where (JSON pointer, line and column), which rule (a stable
 * code of {@link RuleCode}), a message (a key of the hor message bundle with its arguments), and the
 * offending value.
 *
 * @param pointer    the JSON pointer of the offending value, such as {@code /deliveries/17/amount}
 *                   ({@code ""} for the whole document)
 * @param line       the line in the file (1-based), or -1 when unknown
 * @param column     the column in the file (1-based), or -1 when unknown
 * @param code       the rule code, such as {@code HOR-204} (see {@link RuleCode#code()})
 * @param value      the offending value shortened to at most 80 characters, or {@code null} when there is
 *              none
 * @param messageKey the key of the message in the bundle {@code org/hor/core/validation/messages}
 * @param arguments  the message's {@code {0}}-style arguments (unmodifiable)
 */
public record Violation(
        String pointer,
        long line,
        long column,
        String code,
        @Nullable String value,
        String messageKey,
        List<Object> arguments) {

    /** The most characters of {@link #value()}. */
    public static final int MAX_VALUE_LENGTH = 80;

    private static final String BUNDLE = "org.hor.core.validation.messages";

    /**
     * Checks and normalises the components: shortens {@code value}, copies {@code arguments}.
     *
     * @param pointer the JSON pointer of the offending value, such as {@code /deliveries/17/amount} ({@code
     *                ""} for the whole document)
     * @param line the line in the file (1-based), or -1 when unknown
     * @param column the column in the file (1-based), or -1 when unknown
     * @param code the rule code, such as {@code HOR-204} (see {@link RuleCode#code()})
     * @param value the offending value shortened to at most 80 characters, or {@code null} when there is none
     * @param messageKey the key of the message in the bundle {@code org/hor/core/validation/messages}
     * @param arguments the message's {@code {0}}-style arguments (unmodifiable)
     * @throws NullPointerException if {@code pointer}, {@code code} or {@code messageKey} is null
     */
    public Violation {
        Objects.requireNonNull(pointer, "pointer");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(messageKey, "messageKey");
        value = shorten(value);
        arguments = arguments == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(arguments));
    }

    /**
     * Escapes one reference token of a JSON pointer (RFC 6901: {@code ~} → {@code ~0}, {@code /} →
     * {@code ~1}), for a pointer to a member whose name comes from the data.
     *
     * @param token the member name or other reference token
     * @return the token as it appears in a pointer
     */
    public static String escapePointerToken(String token) {
        if (token.indexOf('~') < 0 && token.indexOf('/') < 0) {
            return token;
        }
        return token.replace("~", "~0").replace("/", "~1");
    }

    /**
     * Creates a violation of {@code rule} with its default message key.
     *
     * @param pointer   the JSON pointer
     * @param line      the line, or -1
     * @param column    the column, or -1
     * @param rule      the rule
     * @param value     the offending value, or {@code null}
     * @param arguments the message arguments
     * @return the violation
     */
    public static Violation of(
            String pointer, long line, long column, RuleCode rule, String value, Object... arguments) {
        return new Violation(pointer, line, column, rule.code(), value, rule.messageKey(), List.of(arguments));
    }

    /**
     * {@return this violation at another place in the file}
     *
     * @param newLine the line, counted from 1
     * @param newColumn the column, counted from 1
     */
    public Violation at(long newLine, long newColumn) {
        return new Violation(pointer, newLine, newColumn, code, value, messageKey, arguments);
    }

    /** {@return the rule of {@link #code()}} */
    public RuleCode rule() {
        return RuleCode.ofCode(code).orElse(RuleCode.CONSTRAINT);
    }

    /**
     * Renders the message in {@code locale}: English for English locales, German (the default) for
     * every other. A key missing from the bundle renders as the key itself.
     *
     * @param locale the locale
     * @return the message text
     */
    public String message(Locale locale) {
        ResourceBundle bundle =
                ResourceBundle.getBundle(BUNDLE, "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.ROOT);
        String pattern;
        try {
            pattern = bundle.getString(messageKey);
        } catch (MissingResourceException e) {
            return messageKey;
        }
        return new MessageFormat(pattern, "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.GERMAN)
                .format(arguments.toArray());
    }

    /**
     * Formats the violation as one line for a terminal:
     * {@code pointer (line:column) CODE message [value]}; the location is left out when unknown,
     * the value when there is none, and the document itself is shown as {@code (root)}.
     *
     * @param locale the locale of the message
     * @return the line
     */
    public String format(Locale locale) {
        StringBuilder b = new StringBuilder(pointer.isEmpty() ? "(root)" : pointer);
        if (line >= 0) {
            b.append(" (").append(line).append(':').append(column).append(')');
        }
        b.append(' ').append(code).append(' ').append(message(locale));
        if (value != null) {
            b.append(" [").append(value).append(']');
        }
        return b.toString();
    }

    private static String shorten(String s) {
        if (s == null || s.length() <= MAX_VALUE_LENGTH) {
            return s;
        }
        int end = MAX_VALUE_LENGTH - 1;
        if (Character.isHighSurrogate(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(0, end) + "…";
    }
}
