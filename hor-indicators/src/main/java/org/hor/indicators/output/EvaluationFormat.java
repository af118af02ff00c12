package org.hor.indicators.output;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import org.hor.indicators.Evaluation;
import org.hor.indicators.evaluation.Findings;
import org.jspecify.annotations.Nullable;

/**
 * A machine format of an evaluation ({@code hor evaluate --format ID}): the built-in
 * {@link #CSV}, {@link #CSV_DE} and {@link #JSON}, and any other a module provides as a service
 * (hor-excel's {@code xlsx}). Add one by implementing this interface and listing it in
 * {@code META-INF/services/org.hor.indicators.output.EvaluationFormat} (and {@code provides} in your
 * {@code module-info}); {@link #available()} finds it.
 */
public interface EvaluationFormat {

    /** The tidy CSV of spec 04 ({@code csv}). */
    EvaluationFormat CSV =
            new BuiltinFormat("csv", false, (e, f, l, out) -> new TidyCsvWriter(CsvDialect.CSV).write(e, out));
    /** The tidy CSV in the German spreadsheet dialect ({@code csv-de}). */
    EvaluationFormat CSV_DE =
            new BuiltinFormat("csv-de", false, (e, f, l, out) -> new TidyCsvWriter(CsvDialect.CSV_DE).write(e, out));
    /** The evaluation as JSON with the indicator metadata, and the findings when given ({@code json}). */
    EvaluationFormat JSON =
            new BuiltinFormat("json", true, (e, f, l, out) -> new EvaluationJsonWriter().write(e, f, out));

    /** {@return the format's id, lowercase, such as {@code csv-de}} */
    String id();

    /** {@return whether the format holds the formative evaluation's findings too (default: no)} */
    default boolean writesFindings() {
        return false;
    }

    /** {@return whether the format must go to a file, never to standard output (default: no)} */
    default boolean needsFile() {
        return false;
    }

    /**
     * Writes the evaluation; does not close {@code out}.
     *
     * @param evaluation the evaluation
     * @param findings   the findings, written only by a format that {@linkplain #writesFindings() holds
     *                 them}; or null
     * @param locale     the language of labels, for formats that have any
     * @param out        where to write
     * @throws IOException if writing fails
     */
    void write(Evaluation evaluation, @Nullable Findings findings, Locale locale, OutputStream out) throws IOException;

    /**
     * {@return the formats by id: the built-in ones, then those the service loader finds through
     * {@code loader}, by id; a provided format with the id of an earlier one is left out}
     *
     * @param loader the class loader to search
     */
    static Map<String, EvaluationFormat> available(ClassLoader loader) {
        Map<String, EvaluationFormat> formats = new LinkedHashMap<>();
        for (EvaluationFormat f : List.of(CSV, CSV_DE, JSON)) {
            formats.put(f.id(), f);
        }
        List<EvaluationFormat> provided = new ArrayList<>();
        ServiceLoader.load(EvaluationFormat.class, loader).forEach(provided::add);
        provided.sort(Comparator.comparing(EvaluationFormat::id));
        provided.forEach(f -> formats.putIfAbsent(f.id(), f));
        return formats;
    }

    /** {@return the formats {@link #available(ClassLoader)} through this library's class loader} */
    static Map<String, EvaluationFormat> available() {
        return available(EvaluationFormat.class.getClassLoader());
    }

    /**
     * {@return the format with {@code id}, if there is one}
     *
     * @param id a format id, such as {@code csv}
     */
    static Optional<EvaluationFormat> byId(String id) {
        return Optional.ofNullable(available().get(id));
    }
}
