package org.hor.report.builder;

import java.util.List;
import org.hor.core.model.Site;
import org.hor.core.spi.Scope;
import org.hor.report.document.Section;

/** A section of the programme report: it sees the programme scope and the key indicators. */
abstract class ProgrammeSection extends ReportSection {

    final Scope programme = Scope.PROGRAMME;
    /** The key indicators the evaluation knows, {@code deliveries.count} third. */
    final List<String> keys;

    ProgrammeSection(ReportData data) {
        super(data);
        this.keys = keyIndicators();
    }

    /** Returns a section builder with the programme report's heading {@code name}. */
    Section.Builder section(String name) {
        return Section.builder(texts.get(ReportType.PROGRAMME.key(name)));
    }

    /** The sites the evaluation holds a value of Y for, by id. */
    List<Site> sitesInYear() {
        return data.sites().stream()
                .filter(s -> data.row(Scope.site(s.id()), year, keys.get(0)) != null)
                .toList();
    }
}
