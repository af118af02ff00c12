package org.hor.report.builder;

import java.util.ArrayList;
import java.util.List;
import org.hor.report.document.Block;
import org.hor.report.document.Document;
import org.hor.report.document.Section;
import org.hor.report.document.Table;

/** Finding the parts of a built report in tests: a top-level section by heading, the tables of some blocks. */
final class DocumentParts {

    private DocumentParts() {}

    /** Returns the top-level section with {@code heading}; fails when there is none. */
    static Section section(Document doc, String heading) {
        return doc.body().stream()
                .filter(Section.class::isInstance)
                .map(Section.class::cast)
                .filter(s -> s.heading().equals(heading))
                .findFirst()
                .orElseThrow(() -> new AssertionError(heading));
    }

    /** Returns the tables of {@code blocks} and of their subsections, in document order. */
    static List<Table> tables(List<Block> blocks) {
        List<Table> list = new ArrayList<>();
        for (Block b : blocks) {
            if (b instanceof Table t) {
                list.add(t);
            } else if (b instanceof Section s) {
                list.addAll(tables(s.body()));
            }
        }
        return list;
    }
}
