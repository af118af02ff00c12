package org.hor.report.render.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;

/**
 * The renderers' own fixed texts from the resource bundle {@code messages} (German default,
 * English). Loaded directly rather than through {@link ResourceBundle#getBundle}, so the JVM's
 * default locale never changes the output.
 */
final class Labels {

    private static final ResourceBundle GERMAN = load("messages.properties");
    private static final ResourceBundle ENGLISH = load("messages_en.properties");

    private final ResourceBundle bundle;

    private Labels(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    /** Returns the labels for {@code locale}: English for English, German for every other language. */
    static Labels of(Locale locale) {
        return new Labels(isEnglish(locale) ? ENGLISH : GERMAN);
    }

    /** Returns whether {@code locale} is English. */
    static boolean isEnglish(Locale locale) {
        return "en".equals(locale.getLanguage());
    }

    /** Returns the text for {@code key}, with {@code {0}}, {@code {1}}, … replaced by {@code args}. */
    String get(String key, Object... args) {
        String text = bundle.getString(key);
        for (int i = 0; i < args.length; i++) {
            text = text.replace("{" + i + "}", String.valueOf(args[i]));
        }
        return text;
    }

    /** Returns the name of an undefined reason code, or the code itself when it is unknown. */
    String reason(String code) {
        String key = "reason." + code;
        return bundle.containsKey(key) ? bundle.getString(key) : code;
    }

    private static ResourceBundle load(String name) {
        try (InputStream in = Labels.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource bundle " + name);
            }
            return new PropertyResourceBundle(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
