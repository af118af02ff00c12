package org.hor.report.builder;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;

/**
 * The reports' texts from the bundle {@code org/hor/report/builder/report.properties} (German, the
 * default) and {@code report_en.properties} (English). Loaded directly rather than through
 * {@link ResourceBundle#getBundle}, so the JVM's default locale never changes the output.
 */
final class Texts {

    private static final ResourceBundle GERMAN = load("report.properties");
    private static final ResourceBundle ENGLISH = load("report_en.properties");

    private final ResourceBundle bundle;
    private final Locale locale;

    private Texts(ResourceBundle bundle, Locale locale) {
        this.bundle = bundle;
        this.locale = locale;
    }

    /** Returns the texts for {@code locale}: English for English, German for every other language. */
    static Texts of(Locale locale) {
        boolean english = "en".equals(locale.getLanguage());
        return new Texts(english ? ENGLISH : GERMAN, english ? Locale.ENGLISH : Locale.GERMAN);
    }

    /** Returns the language the texts are in: {@link Locale#GERMAN} or {@link Locale#ENGLISH}. */
    Locale locale() {
        return locale;
    }

    /** Returns the text for {@code key}, with {@code {0}}, {@code {1}}, … replaced by {@code args}. */
    String get(String key, Object... args) {
        String text = bundle.getString(key);
        for (int i = 0; i < args.length; i++) {
            text = text.replace("{" + i + "}", String.valueOf(args[i]));
        }
        return text;
    }

    /** Returns whether the bundle has {@code key}. */
    boolean has(String key) {
        return bundle.containsKey(key);
    }

    /** Returns the label of an enum constant: the key is the prefix, a dot and the constant's name. */
    String label(String prefix, Enum<?> constant) {
        return get(prefix + "." + constant.name());
    }

    /** Returns the label of a code under {@code prefix}, or the code itself when the bundle has none. */
    String labelOrCode(String prefix, String code) {
        String key = prefix + "." + code;
        return bundle.containsKey(key) ? bundle.getString(key) : code;
    }

    /** Joins {@code items} with the list separator, or returns the text for "none" when empty. */
    String join(List<String> items) {
        return items.isEmpty() ? get("none") : String.join(get("list.separator"), items);
    }

    private static ResourceBundle load(String name) {
        try (InputStream in = Texts.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource bundle org/hor/report/builder/" + name);
            }
            return new PropertyResourceBundle(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
