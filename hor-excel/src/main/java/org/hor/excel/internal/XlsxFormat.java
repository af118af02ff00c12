package org.hor.excel.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;
import org.hor.excel.ResultsWorkbook;
import org.hor.indicators.Evaluation;
import org.hor.indicators.evaluation.Findings;
import org.hor.indicators.output.EvaluationFormat;
import org.jspecify.annotations.Nullable;

/**
 * The {@code xlsx} evaluation format ({@code hor evaluate --format xlsx}): the evaluation as an Excel
 * workbook ({@link ResultsWorkbook}), found by the service loader. A workbook is a zip: it goes to a file.
 */
public final class XlsxFormat implements EvaluationFormat {

    @Override
    public String id() {
        return "xlsx";
    }

    @Override
    public boolean needsFile() {
        return true;
    }

    @Override
    public void write(Evaluation evaluation, @Nullable Findings findings, Locale locale, OutputStream out)
            throws IOException {
        new ResultsWorkbook(locale, null).write(evaluation, out);
    }
}
