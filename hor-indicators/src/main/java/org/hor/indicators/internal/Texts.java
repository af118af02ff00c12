package org.hor.indicators.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A package's text bundles: {@code <base>.properties} (German, the root) and
 * {@code <base>_en.properties} (English), read as UTF-8. Chosen by the locale's language only, never
 * by the JVM's default locale, so that output is deterministic; a key missing in the English bundle
 * falls back to the root.
 */
public final class Texts {

    private static final ConcurrentHashMap<String, Texts> CACHE = new ConcurrentHashMap<>();

    private final String base;
    private final Properties own;
    private final Properties root;

    private Texts(String base, Properties own, Properties root) {
        this.base = base;
        this.own = own;
        this.root = root;
    }

    /**
     * Returns the bundles {@code base} beside {@code anchor} (in its package) for {@code locale}.
     *
     * @param anchor a class of this module whose package holds the bundles
     * @param base   the bundles' base name, e.g. {@code briefing}
     * @param locale the language: English for {@code en}, German otherwise
     * @return the texts
     */
    public static Texts of(Class<?> anchor, String base, Locale locale) {
        String language = locale.getLanguage().equals("en") ? "en" : "";
        return CACHE.computeIfAbsent(anchor.getPackageName() + "." + base + "_" + language, key -> {
            Properties root = load(anchor, base + ".properties");
            Properties own = language.isEmpty() ? root : load(anchor, base + "_" + language + ".properties");
            return new Texts(base, own, root);
        });
    }

    private static Properties load(Class<?> anchor, String name) {
        Properties p = new Properties();
        try (InputStream in = anchor.getResourceAsStream(name)) {
            if (in == null) {
                throw new MissingResourceException("text bundle not found: " + name, Texts.class.getName(), name);
            }
            try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                p.load(r);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read text bundle " + name, e);
        }
        return p;
    }

    /**
     * Returns the text for {@code key}.
     *
     * @throws MissingResourceException if neither bundle has it
     */
    public String get(String key) {
        String s = own.getProperty(key);
        if (s == null) {
            s = root.getProperty(key);
        }
        if (s == null) {
            throw new MissingResourceException("no text '" + key + "' in bundle " + base, base, key);
        }
        return s;
    }

    /** Returns whether either bundle has {@code key}. */
    public boolean has(String key) {
        return own.getProperty(key) != null || root.getProperty(key) != null;
    }

    /** Returns the text for {@code key} with {@code {0}}, {@code {1}}, … replaced by {@code args}. */
    public String format(String key, Object... args) {
        String s = get(key);
        StringBuilder out = new StringBuilder(s.length() + 32);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int close = c == '{' ? s.indexOf('}', i) : -1;
            if (close > i + 1 && s.substring(i + 1, close).chars().allMatch(Character::isDigit)) {
                int index = Integer.parseInt(s.substring(i + 1, close));
                out.append(index < args.length ? String.valueOf(args[index]) : s.substring(i, close + 1));
                i = close;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
