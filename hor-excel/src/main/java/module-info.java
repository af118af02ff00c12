/**
 * hor excel: Excel workbooks (xlsx) in and out: import with located errors, export, the entry
 * template for the houses, and evaluation results for desk officers. Reading refuses unsafe
 * workbooks (zip bombs, huge sheets, external links, DTDs).
 */
module org.hor.excel {
    requires static org.jspecify;
    requires transitive org.hor.core;
    requires transitive org.hor.csv;
    requires transitive org.hor.indicators;
    requires org.dhatim.fastexcel;
    requires org.dhatim.fastexcel.reader;
    requires java.xml;
    requires org.slf4j;

    exports org.hor.excel;

    // the xlsx format of hor evaluate, beside the built-in csv, csv-de and json
    provides org.hor.indicators.output.EvaluationFormat with
            org.hor.excel.internal.XlsxFormat;
}
