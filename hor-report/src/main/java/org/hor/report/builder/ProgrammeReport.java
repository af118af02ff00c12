package org.hor.report.builder;

import java.util.List;
import org.hor.core.model.Period;
import org.hor.indicators.evaluation.TransferYear;
import org.hor.report.document.Bidi;
import org.hor.report.document.Cell;
import org.hor.report.document.Document;
import org.hor.report.document.Table;

/**
 * Builds the programme report (spec 04 "Report contents"): the title and facts, then one
 * {@link ProgrammeSection} each, in the order of {@link #sections()}.
 */
final class ProgrammeReport {

    private final ReportData data;

    ProgrammeReport(ReportData data) {
        this.data = data;
    }

    /** The sections, in the report's order; a new section is one more entry here. */
    private List<ProgrammeSection> sections() {
        return List.of(
                new ProgrammeOverview(data),
                new ProgrammeDevelopment(data),
                new ProgrammeApproaches(data),
                new ProgrammeSupportNeeds(data),
                new ProgrammeSupportEffect(data),
                new ProgrammeTransfer(data),
                new ProgrammeExchange(data),
                new ProgrammeOwnIndicators(data),
                new ProgrammeDataQuality(data));
    }

    Document build() {
        Texts texts = data.texts;
        Period year = data.year;
        String name =
                data.dataset.programme() == null || data.dataset.programme().name() == null
                        ? ""
                        : Bidi.isolate(data.shown(data.dataset.programme().name()));
        Document.Builder doc = Document.builder(texts.get("programme.title", year.code(), name), texts.locale())
                .fact(texts.get("fact.year"), Cell.text(year.code()))
                .fact(texts.get("fact.asOf"), Cell.date(data.asOf))
                .fact(
                        texts.get("fact.sites"),
                        Cell.number(data.findings.sitesOfYear().size()));
        if (data.dataset.programme() != null && data.dataset.programme().funder() != null) {
            doc.fact(
                    texts.get("fact.funder"),
                    Cell.text(Bidi.isolate(data.dataset.programme().funder())));
        }
        data.since.section().ifPresent(doc::block);
        for (ProgrammeSection section : sections()) {
            doc.block(section.build());
        }
        return doc.build();
    }

    /** Returns the table of recommended targets for new sites (the transfer section's), for tests. */
    Table targets(List<TransferYear> years) {
        return new ProgrammeTransfer(data).targets(years);
    }
}
