package org.hor.report.builder;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hor.core.model.Period;
import org.hor.core.spi.IndicatorDefinition;
import org.hor.core.spi.Reason;
import org.hor.core.spi.Scope;
import org.hor.core.spi.Value;
import org.hor.indicators.Evaluation;
import org.hor.indicators.files.IndicatorFile;
import org.hor.report.document.Bidi;
import org.hor.report.document.Cell;
import org.hor.report.document.Section;
import org.hor.report.document.Table;

/**
 * The section of the indicators defined in indicator files (spec 05), "own indicators": in the site
 * report those that apply to the site, with Y and Y−1; in the programme report each with the
 * programme's value and the sites it is meant for. Values come from the (possibly published)
 * evaluation, so disclosure control has already done its work; labels, units, definitions and file
 * names are text from outside hor and isolated like data.
 */
final class OwnIndicators {
    private OwnIndicators() {}

    /** Returns whether {@code def} comes from an indicator file (and belongs here, not among the plugins). */
    static boolean isOwn(ReportData data, IndicatorDefinition def) {
        return data.origin(def).isPresent();
    }

    /** Returns the section of the site report of {@code scope} in year {@code year}. */
    static Section site(ReportData data, Scope scope, Period year) {
        Texts texts = data.texts;
        Section.Builder s = Section.builder(texts.get(ReportType.SITE.key("ownIndicators")))
                .paragraph(texts.get("own.lead", year.code()));
        Table.Builder table = Table.builder(texts.get("own.table", year.code()))
                .columns(
                        texts.get("keyFigures.column.indicator"),
                        year.code(),
                        year.previous().code(),
                        texts.get("plugins.column.unit"),
                        texts.get("plugins.column.definition"));
        Set<String> files = new LinkedHashSet<>();
        int n = 0;
        for (IndicatorDefinition def : data.evaluation.indicators()) {
            Optional<IndicatorFile> file = data.origin(def);
            if (file.isEmpty()) {
                continue;
            }
            Evaluation.Row r = data.row(scope, year, def.id());
            if (r == null || notApplicable(r.value())) {
                continue;
            }
            table.row(
                    Cell.text(data.label(def.id())),
                    data.cell(r.value(), def),
                    data.cell(data.value(scope, year.previous(), def.id()), def),
                    Cell.text(Bidi.isolate(def.unit())),
                    Cell.text(Bidi.isolate(def.definition().in(texts.locale()))));
            files.add(name(file.get()));
            n++;
        }
        if (n == 0) {
            s.paragraph(texts.get("own.none", year.code()));
        } else {
            s.table(table.build());
            s.paragraph(texts.get("own.files", texts.join(new ArrayList<>(files))));
        }
        return s.build();
    }

    /** Returns the section of the programme report in year {@code year}. */
    static Section programme(ReportData data, Period year) {
        Texts texts = data.texts;
        Section.Builder s = Section.builder(texts.get(ReportType.PROGRAMME.key("ownIndicators")))
                .paragraph(texts.get("own.programme.lead", year.code()));
        Table.Builder table = Table.builder(texts.get("own.programme.table", year.code()))
                .columns(
                        texts.get("keyFigures.column.indicator"),
                        texts.get("own.column.programme"),
                        texts.get("plugins.column.unit"),
                        texts.get("own.column.sites"),
                        texts.get("own.column.file"));
        int n = 0;
        for (IndicatorDefinition def : data.evaluation.indicators()) {
            Optional<IndicatorFile> file = data.origin(def);
            if (file.isEmpty()) {
                continue;
            }
            List<String> sites = file.get().indicators().stream()
                    .filter(i -> i.id().equals(def.id()))
                    .findFirst()
                    .map(i -> i.sites())
                    .orElse(List.of());
            table.row(
                    Cell.text(data.label(def.id())),
                    data.cell(Scope.PROGRAMME, year, def.id()),
                    Cell.text(Bidi.isolate(def.unit())),
                    Cell.text(sites.isEmpty() ? texts.get("own.allSites") : texts.join(data.siteNames(sites))),
                    Cell.text(name(file.get())));
            n++;
        }
        if (n == 0) {
            s.paragraph(texts.get("own.programme.none", year.code()));
        } else {
            s.table(table.build());
        }
        return s.build();
    }

    private static boolean notApplicable(Value v) {
        return v instanceof Value.Undefined u && u.reason() == Reason.NOT_APPLICABLE;
    }

    /** Returns a file as a report names it: its name and the first 12 digits of its SHA-256. */
    private static String name(IndicatorFile f) {
        return Bidi.isolate(f.name()) + " (SHA-256 "
                + f.sha256().substring(0, Math.min(12, f.sha256().length())) + "…)";
    }
}
