package org.hor.report.builder;

import org.hor.core.model.Site;
import org.hor.report.document.Section;

/** The site report's section of the indicators defined in indicator files (spec 05); see {@link OwnIndicators}. */
final class SiteOwnIndicators extends SiteSection {

    SiteOwnIndicators(ReportData data, Site site) {
        super(data, site);
    }

    @Override
    Section build() {
        return OwnIndicators.site(data, scope, year);
    }
}
