package org.hor.report.builder;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.hor.core.model.Period;
import org.hor.core.model.PeriodType;
import org.hor.core.spi.ScopeKind;
import org.hor.indicators.Engine;
import org.hor.indicators.Evaluation;
import org.hor.indicators.EvaluationOptions;
import org.hor.indicators.evaluation.Findings;
import org.hor.report.document.Document;

/**
 * Builds the site report and the programme report (spec 04 "Report contents") as
 * {@link Document}s, from the engine over a dataset, an evaluation and the findings of the formative
 * evaluation.
 *
 * <pre>{@code
 * Engine engine = Engine.create(dataset);
 * Findings findings = FormativeEvaluation.assess(engine, AssessmentOptions.defaults());
 * Evaluation evaluation = engine.evaluate(Reports.evaluationOptions(findings.year().first().getYear()));
 * // disclosure control, if asked for: the evaluation, then the findings' statistics against it
 * // evaluation = control.apply(evaluation, engine); findings = control.apply(findings, evaluation, engine);
 * Document site = Reports.siteReport(engine, evaluation, findings, "S-A", ReportOptions.defaults());
 * Renderers.load().get("html").render(site, RenderOptions.defaults(), out);
 * }</pre>
 *
 * <p>The evaluation year Y is the findings' year. Every report has the sections of
 * {@link ReportType#sectionHeadings(Locale)}, also when one has nothing to show. The output is a
 * pure function of the inputs: no clock, stable order.
 *
 * <p>Figures come from the evaluation. Where a report lists the records behind a figure (the
 * organisations reached in Y counted by a named attribute, the cooperations active on Y's reference
 * day, the exchanges of Y), it asks the engine which records the indicator counts
 * ({@link Engine#trace}), so a list and its figure cannot disagree; the engine is never asked for
 * values, which may be suppressed in the evaluation.
 */
public final class Reports {

    private Reports() {}

    /**
     * Returns what a caller must evaluate for the reports of year {@code year}: every scope kind
     * (sites, groups, programme), years and quarters, every period that starts by the end of
     * {@code year} (the development needs every complete year before it).
     *
     * @param year the report's year
     * @return the evaluation options the reports of that year need
     */
    public static EvaluationOptions evaluationOptions(int year) {
        return new EvaluationOptions(
                EnumSet.allOf(ScopeKind.class),
                EnumSet.of(PeriodType.YEAR, PeriodType.QUARTER),
                null,
                Period.year(year));
    }

    /**
     * Builds the report of one site.
     *
     * @param engine     the engine the evaluation and findings were computed with; its dataset is the
     *                   report's, and it tells which records an indicator counts
     * @param evaluation the evaluation with (at least) {@link #evaluationOptions(int)} of the findings'
     *                   year; its values may be suppressed ({@code SUPPRESSED} with k as message)
     * @param findings   the formative evaluation's findings; their year is the report's year; under
     *                   disclosure control passed through
     *                   {@code DisclosureControl.apply(findings, evaluation, engine)}
     * @param siteId     the site
     * @param options    language, named organisation attributes, suppression threshold, support texts
     * @return the document
     * @throws IllegalArgumentException if the dataset has no site {@code siteId}
     */
    public static Document siteReport(
            Engine engine, Evaluation evaluation, Findings findings, String siteId, ReportOptions options) {
        Objects.requireNonNull(siteId, "siteId");
        return new SiteReport(new ReportData(engine, evaluation, findings, options), siteId).build();
    }

    /**
     * Builds the programme report.
     *
     * @param engine     the engine the evaluation and findings were computed with; its dataset is the
     *                   report's, and it tells which records an indicator counts
     * @param evaluation the evaluation with (at least) {@link #evaluationOptions(int)} of the findings' year
     * @param findings   the formative evaluation's findings; their year is the report's year
     * @param options    language, suppression threshold, support texts
     * @return the document
     * @throws IllegalArgumentException if the dataset has no site
     */
    public static Document programmeReport(
            Engine engine, Evaluation evaluation, Findings findings, ReportOptions options) {
        if (engine.dataset().sites().isEmpty()) {
            throw new IllegalArgumentException("a programme report needs at least one site");
        }
        return new ProgrammeReport(new ReportData(engine, evaluation, findings, options)).build();
    }

    /**
     * Evaluates what the site report needs with {@code engine} and builds it, without disclosure
     * control.
     *
     * @param engine the engine over the dataset, which evaluates what the report needs
     * @param findings the formative evaluation's findings; their year is the report's year
     * @param siteId the site
     * @param options language, named organisation attributes, suppression threshold, support texts
     * @return the document
     * @throws IllegalArgumentException if the dataset has no site {@code siteId}
     */
    public static Document siteReport(Engine engine, Findings findings, String siteId, ReportOptions options) {
        Evaluation evaluation =
                engine.evaluate(evaluationOptions(findings.year().first().getYear()));
        return siteReport(engine, evaluation, findings, siteId, options);
    }

    /**
     * Evaluates what the programme report needs with {@code engine} and builds it, without disclosure control.
     *
     * @param engine the engine over the dataset, which evaluates what the report needs
     * @param findings the formative evaluation's findings; their year is the report's year
     * @param options language, suppression threshold, support texts
     * @return the document
     */
    public static Document programmeReport(Engine engine, Findings findings, ReportOptions options) {
        Evaluation evaluation =
                engine.evaluate(evaluationOptions(findings.year().first().getYear()));
        return programmeReport(engine, evaluation, findings, options);
    }

    /**
     * Returns the top-level section headings of a report type in {@code locale}; see {@link ReportType}.
     *
     * @param type the report type
     * @param locale the language of the headings
     * @return the section headings, in report order
     */
    public static List<String> sectionHeadings(ReportType type, Locale locale) {
        return type.sectionHeadings(locale);
    }
}
