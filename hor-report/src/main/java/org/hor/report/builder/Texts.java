package org.hor.report.builder;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;
import org.hor.report.document.Inline;

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

    /**
     * Returns the text for {@code key}, with {@code {0}}, {@code {1}}, … replaced by {@code args} (see
     * {@link #fill}: in one pass, so an argument's own braces stay as they are).
     */
    String get(String key, Object... args) {
        Object[] texts = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            texts[i] = String.valueOf(args[i]);
        }
        List<Inline> runs = fill(bundle.getString(key), texts);
        return runs.isEmpty() ? "" : ((Inline.Text) runs.get(0)).text();
    }

    /**
     * Returns the text for {@code key} as the runs of a paragraph: an argument that is an
     * {@link Inline} (a typed value) becomes a run of its own where its placeholder stands, every other
     * argument is put into the text around it (see {@link #fill}).
     */
    List<Inline> runs(String key, Object... args) {
        return fill(bundle.getString(key), args);
    }

    /**
     * Fills a template's placeholders {@code {0}}, {@code {1}}, … in one pass from left to right and
     * returns the result as runs: an {@link Inline} argument is its own run; any other argument is
     * written with {@link String#valueOf} into the text, and the text between the {@code Inline}s is one
     * {@link Inline.Text} each (none when empty). A placeholder without an argument, and braces around
     * anything but digits, stay as written.
     *
     * @param template the template
     * @param args the arguments, {@code args[n]} for {@code {n}}
     * @return the runs, in order
     */
    static List<Inline> fill(String template, Object... args) {
        List<Inline> runs = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        int i = 0;
        while (i < template.length()) {
            int close = template.charAt(i) == '{' ? placeholderEnd(template, i) : -1;
            int n = close < 0 ? -1 : Integer.parseInt(template.substring(i + 1, close));
            if (n < 0 || n >= args.length) {
                text.append(template.charAt(i));
                i++;
                continue;
            }
            if (args[n] instanceof Inline run) {
                if (text.length() > 0) {
                    runs.add(Inline.text(text.toString()));
                    text.setLength(0);
                }
                runs.add(run);
            } else {
                text.append(args[n]);
            }
            i = close + 1;
        }
        if (text.length() > 0) {
            runs.add(Inline.text(text.toString()));
        }
        return runs;
    }

    /** Returns the index of the {@code '}'} of a placeholder of 1 to 9 digits opened at {@code open}, or −1. */
    private static int placeholderEnd(String template, int open) {
        int i = open + 1;
        while (i < template.length() && i - open <= 9 && template.charAt(i) >= '0' && template.charAt(i) <= '9') {
            i++;
        }
        return i > open + 1 && i < template.length() && template.charAt(i) == '}' ? i : -1;
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
