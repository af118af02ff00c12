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
import org.hor.indicators.files.IndicatorFiles;
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
    static boolean isOwn(IndicatorDefinition def) {
        return IndicatorFiles.origin(def).isPresent();
    }

    /** Returns the section of the site report of {@code scope} in year {@code y}. */
    static Section site(ReportData d, Scope scope, Period y) {
        Texts t = d.texts;
        Section.Builder s =
                Section.builder(t.get(ReportType.SITE.key("ownIndicators"))).paragraph(t.get("own.lead", y.code()));
        Table.Builder table = Table.builder(t.get("own.table", y.code()))
                .columns(
                        t.get("keyFigures.column.indicator"),
                        y.code(),
                        y.previous().code(),
                        t.get("plugins.column.unit"),
                        t.get("plugins.column.definition"));
        Set<String> files = new LinkedHashSet<>();
        int n = 0;
        for (IndicatorDefinition def : d.evaluation.indicators()) {
            Optional<IndicatorFile> file = IndicatorFiles.origin(def);
            if (file.isEmpty()) {
                continue;
            }
            Evaluation.Row r = d.row(scope, y, def.id());
            if (r == null || notApplicable(r.value())) {
                continue;
            }
            table.row(
                    Cell.text(d.label(def.id())),
                    d.cell(r.value(), def),
                    d.cell(d.value(scope, y.previous(), def.id()), def),
                    Cell.text(Bidi.isolate(def.unit())),
                    Cell.text(Bidi.isolate(def.definition().in(t.locale()))));
            files.add(name(file.get()));
            n++;
        }
        if (n == 0) {
            s.paragraph(t.get("own.none", y.code()));
        } else {
            s.table(table.build());
            s.paragraph(t.get("own.files", t.join(new ArrayList<>(files))));
        }
        return s.build();
    }

    /** Returns the section of the programme report in year {@code y}. */
    static Section programme(ReportData d, Period y) {
        Texts t = d.texts;
        Section.Builder s = Section.builder(t.get(ReportType.PROGRAMME.key("ownIndicators")))
                .paragraph(t.get("own.programme.lead", y.code()));
        Table.Builder table = Table.builder(t.get("own.programme.table", y.code()))
                .columns(
                        t.get("keyFigures.column.indicator"),
                        t.get("own.column.programme"),
                        t.get("plugins.column.unit"),
                        t.get("own.column.sites"),
                        t.get("own.column.file"));
        int n = 0;
        for (IndicatorDefinition def : d.evaluation.indicators()) {
            Optional<IndicatorFile> file = IndicatorFiles.origin(def);
            if (file.isEmpty()) {
                continue;
            }
            List<String> sites = file.get().indicators().stream()
                    .filter(i -> i.id().equals(def.id()))
                    .findFirst()
                    .map(i -> i.sites())
                    .orElse(List.of());
            table.row(
                    Cell.text(d.label(def.id())),
                    d.cell(Scope.PROGRAMME, y, def.id()),
                    Cell.text(Bidi.isolate(def.unit())),
                    Cell.text(sites.isEmpty() ? t.get("own.allSites") : t.join(d.siteNames(sites))),
                    Cell.text(name(file.get())));
            n++;
        }
        if (n == 0) {
            s.paragraph(t.get("own.programme.none", y.code()));
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
