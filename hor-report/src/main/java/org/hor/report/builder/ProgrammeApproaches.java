package org.hor.report.builder;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.hor.core.spi.Value;
import org.hor.indicators.evaluation.ApproachDimension;
import org.hor.indicators.evaluation.ApproachGroup;
import org.hor.indicators.evaluation.AssessmentOptions;
import org.hor.indicators.evaluation.GroupIndicator;
import org.hor.indicators.evaluation.KeyIndicatorSummary;
import org.hor.indicators.evaluation.Summary;
import org.hor.report.document.Cell;
import org.hor.report.document.Section;
import org.hor.report.document.Table;

/** The programme report's comparison of the approaches with strengths and weaknesses. */
final class ProgrammeApproaches extends ProgrammeSection {

    ProgrammeApproaches(ReportData data) {
        super(data);
    }

    @Override
    Section build() {
        AssessmentOptions defaults = AssessmentOptions.defaults();
        Section.Builder s = section("approaches")
                .paragraph(texts.get(
                        "approaches.lead",
                        year.code(),
                        defaults.approachMarginPercent().toPlainString(),
                        defaults.approachMinSites()));
        if (data.findings.approaches().groups().isEmpty()) {
            s.paragraph(texts.get("approaches.none", year.code()));
            return s.build();
        }
        for (ApproachDimension dim : ApproachDimension.values()) {
            List<ApproachGroup> groups = data.findings.approaches().groups().stream()
                    .filter(g -> g.dimension() == dim)
                    .toList();
            if (groups.isEmpty()) {
                continue;
            }
            String dimName = texts.label("dimension", dim);
            s.section(capitalise(dimName), sub -> {
                List<String> columns = new ArrayList<>();
                columns.add(texts.get("approaches.column.group"));
                columns.add(texts.get("approaches.column.sites"));
                List<String> ids = groups.get(0).indicators().stream()
                        .map(GroupIndicator::indicator)
                        .toList();
                ids.forEach(id -> columns.add(data.label(id)));
                Table.Builder table =
                        Table.builder(texts.get("approaches.table", dimName)).columns(columns);
                for (ApproachGroup g : groups) {
                    List<Cell> row = new ArrayList<>();
                    row.add(Cell.text(texts.labelOrCode(dim.fieldName(), g.value())));
                    row.add(Cell.number(g.sites()));
                    for (GroupIndicator gi : g.indicators()) {
                        row.add(data.guarded(gi.indicator(), gi.summary().median()));
                    }
                    table.row(row);
                }
                List<Cell> all = new ArrayList<>();
                all.add(Cell.text(texts.get("approaches.all")));
                all.add(Cell.number(data.findings.sitesOfYear().size()));
                for (String id : ids) {
                    Value median = data.findings.approaches().overall().stream()
                            .filter(k -> k.indicator().equals(id))
                            .map(KeyIndicatorSummary::summary)
                            .map(Summary::median)
                            .findFirst()
                            .orElse(Value.undefined(org.hor.core.spi.Reason.NO_DATA));
                    all.add(data.guarded(id, median));
                }
                table.totalRow(all.toArray(Cell[]::new));
                sub.table(table.build());
                List<String> bullets = new ArrayList<>();
                for (ApproachGroup g : groups) {
                    bullets.add(texts.labelOrCode(dim.fieldName(), g.value()) + " – "
                            + texts.get("approaches.strengths", standings(g, g.strengths())) + "; "
                            + texts.get("approaches.weaknesses", standings(g, g.weaknesses())));
                }
                sub.bullets(bullets.toArray(String[]::new));
            });
        }
        return s.build();
    }

    private String standings(ApproachGroup g, List<String> ids) {
        if (ids.isEmpty()) {
            return texts.get("approaches.nothing");
        }
        List<String> parts = new ArrayList<>();
        for (String id : ids) {
            GroupIndicator gi = g.indicators().stream()
                    .filter(i -> i.indicator().equals(id))
                    .findFirst()
                    .orElseThrow();
            String dev = gi.deviation()
                    .asNumber()
                    .map(n -> signedPercent(n))
                    .orElse(data.isSuppressed(gi.deviation()) ? "< " + data.threshold(gi.deviation()) : "–");
            parts.add(texts.get("approaches.standing", data.label(id), dev));
        }
        return texts.join(parts);
    }

    /** Returns a signed whole percentage as text in the report's language, e.g. {@code +35 %}. */
    private String signedPercent(BigDecimal n) {
        BigDecimal r = n.setScale(0, java.math.RoundingMode.HALF_UP);
        String sign = r.signum() > 0 ? "+" : r.signum() < 0 ? "−" : "";
        boolean english = texts.locale().getLanguage().equals("en");
        return sign + r.abs().toPlainString() + (english ? "%" : "\u00A0%");
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
