package org.hor.report.builder;

import org.hor.core.model.Site;
import org.hor.core.spi.Scope;
import org.hor.report.document.Section;

/** A section of the site report: it sees the site and its scope besides the report's data. */
abstract class SiteSection extends ReportSection {

    final Site site;
    final Scope scope;

    SiteSection(ReportData data, Site site) {
        super(data);
        this.site = site;
        this.scope = Scope.site(site.id());
    }

    /** Returns a section builder with the site report's heading {@code name}. */
    Section.Builder section(String name) {
        return Section.builder(texts.get(ReportType.SITE.key(name)));
    }
}
