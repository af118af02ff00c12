package org.hor.indicators.output;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;
import org.hor.indicators.Evaluation;
import org.hor.indicators.evaluation.Findings;
import org.jspecify.annotations.Nullable;

/** A built-in {@link EvaluationFormat}: an id and a writer. */
final class BuiltinFormat implements EvaluationFormat {
    private final String id;
    private final boolean findings;
    private final Writer writer;

    BuiltinFormat(String id, boolean findings, Writer writer) {
        this.id = id;
        this.findings = findings;
        this.writer = writer;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public boolean writesFindings() {
        return findings;
    }

    @Override
    public void write(Evaluation evaluation, @Nullable Findings findings, Locale locale, OutputStream out)
            throws IOException {
        writer.write(evaluation, findings, locale, out);
    }

    @Override
    public String toString() {
        return id;
    }

    interface Writer {
        void write(Evaluation evaluation, @Nullable Findings findings, Locale locale, OutputStream out)
                throws IOException;
    }
}
