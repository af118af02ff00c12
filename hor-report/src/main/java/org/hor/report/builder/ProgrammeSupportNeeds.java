package org.hor.report.builder;

import java.util.ArrayList;
import java.util.List;
import org.hor.core.spi.Value;
import org.hor.indicators.evaluation.Rule;
import org.hor.indicators.evaluation.RuleCheck;
import org.hor.indicators.evaluation.SupportNeed;
import org.hor.report.document.Cell;
import org.hor.report.document.Section;
import org.hor.report.document.Table;

/** The programme report's site-independent support needs. */
final class ProgrammeSupportNeeds extends ProgrammeSection {

    ProgrammeSupportNeeds(ReportData data) {
        super(data);
    }

    @Override
    Section build() {
        Section.Builder s = section("supportNeeds").paragraph(texts.get("supportNeeds.lead", year.code()));
        Table.Builder challenges = Table.builder(texts.get("supportNeeds.challenges", year.code()))
                .columns(
                        texts.get("challenges.column.rule"),
                        texts.get("supportNeeds.column.evaluable"),
                        texts.get("supportNeeds.column.fired"),
                        texts.get("supportNeeds.column.sites"));
        for (Rule rule : Rule.values()) {
            int evaluable = 0;
            List<String> fired = new ArrayList<>();
            for (RuleCheck rc : data.findings.checks()) {
                if (rc.rule() == rule && rc.evaluable()) {
                    evaluable++;
                    if (rc.fired()) {
                        fired.add(data.siteName(rc.siteId()));
                    }
                }
            }
            challenges.row(
                    Cell.text(texts.label("rule", rule)),
                    Cell.number(evaluable),
                    Cell.number(fired.size()),
                    Cell.text(fired.isEmpty() ? "–" : texts.join(fired)));
        }
        s.table(challenges.build());
        if (data.findings.supportNeeds().isEmpty()) {
            s.paragraph(texts.get("supportNeeds.none", year.code()));
            return s.build();
        }
        Table.Builder table = Table.builder(texts.get("supportNeeds.table"))
                .columns(
                        texts.get("challenges.column.rule"),
                        texts.get("supportNeeds.column.fired"),
                        texts.get("supportNeeds.column.evaluable"),
                        texts.get("supportNeeds.column.share"),
                        texts.get("supportNeeds.column.sites"));
        for (SupportNeed n : data.findings.supportNeeds()) {
            table.row(
                    Cell.text(texts.label("rule", n.rule())),
                    Cell.number(n.fired()),
                    Cell.number(n.evaluable()),
                    n.share() instanceof Value.Defined v ? data.percent(v.number()) : data.cell(n.share(), null),
                    Cell.text(texts.join(data.siteNames(n.siteIds()))));
        }
        s.table(table.build());
        return s.build();
    }
}
