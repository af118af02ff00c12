/**
 * hor csv: spreadsheet (CSV folder) import and export of datasets (spec 01), and a template folder
 * that a house can start from.
 */
module org.hor.csv {
    requires static org.jspecify;
    requires transitive org.hor.core;
    requires de.siegmar.fastcsv;
    requires org.slf4j;

    exports org.hor.csv;
    // the record mapping (tables, cells, rule codes) is shared with the Excel module, nobody else
    exports org.hor.csv.internal to
            org.hor.excel;
}
