package org.hor.report.builder;

import org.hor.report.document.Section;

/** The programme report's section of the indicators defined in indicator files (spec 05); see {@link OwnIndicators}. */
final class ProgrammeOwnIndicators extends ProgrammeSection {

    ProgrammeOwnIndicators(ReportData data) {
        super(data);
    }

    @Override
    Section build() {
        return OwnIndicators.programme(data, year);
    }
}
