package org.hor.report.builder;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hor.core.model.OfferType;
import org.hor.core.model.Period;
import org.hor.core.model.Pillar;
import org.hor.core.spi.Scope;
import org.hor.core.spi.Value;
import org.hor.indicators.evaluation.AssessmentOptions;
import org.hor.indicators.evaluation.FollowUpState;
import org.hor.indicators.evaluation.SupportMeasure;
import org.hor.report.document.Bidi;
import org.hor.report.document.Cell;
import org.hor.report.document.Section;
import org.hor.report.document.Series;
import org.hor.report.document.StackedBarChart;
import org.hor.report.document.Tone;

/**
 * One top-level section of a report: what every section sees (the report's data, texts, the
 * evaluation year Y and Y−1) and the helpers that several sections use. A section is built once.
 */
abstract class ReportSection {

    final ReportData data;
    final Texts texts;
    /** The evaluation year Y. */
    final Period year;
    /** The year before Y. */
    final Period previousYear;

    final EvidenceText evidence;

    ReportSection(ReportData data) {
        this.data = data;
        this.texts = data.texts;
        this.year = data.year;
        this.previousYear = data.previousYear;
        this.evidence = new EvidenceText(data);
    }

    /** {@return the section, with its heading and body} */
    abstract Section build();

    /** Returns a text from the data as a cell, isolated (bidi), or a dash when there is none. */
    Cell text(String s) {
        return Cell.text(s == null ? "–" : Bidi.isolate(data.shown(s)));
    }

    /** Returns a cell a chart can hold: numeric cells and gaps as they are, anything else as empty. */
    static Cell plottable(Cell c) {
        return c.isNumeric() || c.isGap() ? c : Cell.empty();
    }

    /** Returns a stacked bar chart of deliveries by pillar over {@code years} for {@code sc}. */
    StackedBarChart pillarChart(Scope sc, List<Period> years, String title, String description) {
        List<Series> series = new ArrayList<>();
        for (Pillar pillar : Pillar.values()) {
            List<Cell> values = new ArrayList<>();
            years.forEach(p ->
                    values.add(plottable(data.cell(pillarValue(sc, p, pillar), data.definition("deliveries.count")))));
            series.add(new Series(texts.label("pillar", pillar), values));
        }
        return new StackedBarChart(
                title, description, years.stream().map(Period::code).toList(), series);
    }

    /** Returns the deliveries of one pillar: the sum of its offer types' parts. */
    Value pillarValue(Scope sc, Period p, Pillar pillar) {
        BigDecimal sum = BigDecimal.ZERO;
        for (OfferType type : OfferType.values()) {
            if (type.pillar() != pillar) {
                continue;
            }
            Value v = data.part(sc, p, "deliveries.count", type.name());
            if (v instanceof Value.Undefined) {
                return v;
            }
            sum = sum.add(((Value.Defined) v).number());
        }
        return Value.of(sum);
    }

    /** Returns a date as text in the report's language (for headings, which hold no typed values). */
    String dateText(LocalDate date) {
        if (texts.locale().getLanguage().equals("en")) {
            String[] months = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
            return date.getDayOfMonth() + " " + months[date.getMonthValue() - 1] + " " + date.getYear();
        }
        return String.format(
                java.util.Locale.ROOT, "%02d.%02d.%04d", date.getDayOfMonth(), date.getMonthValue(), date.getYear());
    }

    /** Returns the titles of measure ids; unknown ids as they are. */
    List<String> measureTitles(List<String> ids) {
        List<String> titles = new ArrayList<>();
        for (String id : ids) {
            titles.add(SupportMeasure.byId(id)
                    .map(m -> data.options.supportTexts().title(m, texts.locale()))
                    .orElse(id));
        }
        return titles;
    }

    /** Returns a follow-up state as a badge. */
    Cell followUpState(FollowUpState state) {
        Tone tone = switch (state) {
            case RESOLVED -> Tone.POSITIVE;
            case PERSISTS -> Tone.NEGATIVE;
            case OPEN -> Tone.NEUTRAL;
        };
        return Cell.status(tone, texts.label("followUpState", state));
    }

    /** Returns the columns of a table of data-quality findings, with a site column first if asked. */
    List<String> findingColumns(boolean withSite) {
        List<String> columns = new ArrayList<>();
        if (withSite) {
            columns.add(texts.get("dataQuality.column.site"));
        }
        columns.addAll(List.of(
                texts.get("dataQuality.column.quarter"),
                texts.get("dataQuality.column.kind"),
                texts.get("dataQuality.column.deliveries"),
                texts.get("dataQuality.column.details"),
                texts.get("dataQuality.column.value"),
                texts.get("dataQuality.column.threshold"),
                texts.get("dataQuality.column.day")));
        return columns;
    }

    /** Returns the key indicators (spec 03 §5), {@code deliveries.count} third, that the evaluation knows. */
    List<String> keyIndicators() {
        List<String> ids = new ArrayList<>(AssessmentOptions.KEY_INDICATORS);
        ids.add(2, "deliveries.count");
        return ids.stream().filter(id -> data.definition(id) != null).toList();
    }
}
