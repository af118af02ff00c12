package org.hor.report.builder;

import java.util.List;
import org.hor.core.spi.Value;
import org.hor.indicators.evaluation.FollowUp;
import org.hor.indicators.evaluation.MeasureFollowUp;
import org.hor.indicators.evaluation.SupportMeasure;
import org.hor.report.document.Cell;
import org.hor.report.document.Section;
import org.hor.report.document.Table;

/** The programme report's account of which support measures resolved which challenges. */
final class ProgrammeSupportEffect extends ProgrammeSection {

    ProgrammeSupportEffect(ReportData data) {
        super(data);
    }

    @Override
    Section build() {
        Section.Builder s =
                section("supportEffect").paragraph(texts.get("supportEffect.lead", previousYear.code(), year.code()));
        List<MeasureFollowUp> used = data.findings.measureFollowUps().stream()
                .filter(m -> m.followUps() > 0)
                .toList();
        if (used.isEmpty()) {
            s.paragraph(texts.get("supportEffect.none", previousYear.code()));
            return s.build();
        }
        Table.Builder table = Table.builder(texts.get("supportEffect.table"))
                .columns(
                        texts.get("supportEffect.column.measure"),
                        texts.get("supportEffect.column.followUps"),
                        texts.get("supportEffect.column.resolved"),
                        texts.get("supportEffect.column.persists"),
                        texts.get("supportEffect.column.open"),
                        texts.get("supportEffect.column.share"));
        for (MeasureFollowUp m : used) {
            String title = SupportMeasure.byId(m.measure())
                    .map(x -> data.options.supportTexts().title(x, texts.locale()))
                    .orElse(m.measure());
            table.row(
                    Cell.text(title),
                    Cell.number(m.followUps()),
                    Cell.number(m.resolved()),
                    Cell.number(m.persists()),
                    Cell.number(m.open()),
                    m.resolvedShare() instanceof Value.Defined v
                            ? data.percent(v.number())
                            : data.cell(m.resolvedShare(), null));
        }
        s.table(table.build());
        Table.Builder detail = Table.builder(texts.get("supportEffect.detail"))
                .columns(
                        texts.get("overview.column.site"),
                        texts.get("challenges.column.rule"),
                        texts.get("followUp.column.measures"),
                        texts.get("followUp.column.state", year.code()));
        for (FollowUp f : data.findings.followUps()) {
            detail.row(
                    Cell.text(data.siteName(f.siteId())),
                    Cell.text(texts.label("rule", f.rule())),
                    Cell.text(texts.join(measureTitles(f.measures()))),
                    followUpState(f.state()));
        }
        s.table(detail.build());
        return s.build();
    }
}
