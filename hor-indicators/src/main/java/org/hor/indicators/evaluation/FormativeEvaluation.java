package org.hor.indicators.evaluation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.hor.core.model.Dataset;
import org.hor.core.model.Period;
import org.hor.core.model.PeriodType;
import org.hor.core.model.Site;
import org.hor.indicators.Engine;

/**
 * The formative evaluation of spec 03: a pure function of (dataset, indicator values, options).
 *
 * <pre>{@code
 * Findings findings = FormativeEvaluation.assess(dataset, source, AssessmentOptions.defaults());
 * }</pre>
 */
public final class FormativeEvaluation {

    private FormativeEvaluation() {}

    /**
     * Assesses the engine's dataset with the engine's indicator values: the usual way to run the
     * formative evaluation.
     *
     * @param engine the engine that computed the evaluation (for the counts that disclosure control needs)
     * @param options the options
     * @return the findings
     * @throws IllegalArgumentException if {@code options} name an evaluation year that is not complete
     */
    public static Findings assess(Engine engine, AssessmentOptions options) {
        return assess(engine.dataset(), source(engine), options);
    }

    /**
     * {@return the {@link IndicatorSource} over {@code engine}, for callers that assess with their own options}
     *
     * @param engine the engine that computed the evaluation (for the counts that disclosure control needs)
     */
    public static IndicatorSource source(Engine engine) {
        return new EngineSource(engine);
    }

    /**
     * Assesses a valid dataset.
     *
     * @param dataset a dataset without violations
     * @param source  the indicator values for it
     * @param options the evaluation year and thresholds
     * @return the findings
     * @throws IllegalArgumentException if the named evaluation year is not complete (its last day is after {@code asOf})
     */
    public static Findings assess(Dataset dataset, IndicatorSource source, AssessmentOptions options) {
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(options, "options");
        LocalDate asOf = dataset.asOf();
        Period year = evaluationYear(asOf, options);
        List<Site> sites =
                dataset.sites().stream().sorted(Comparator.comparing(Site::id)).toList();

        List<ChallengeRule> rules = ChallengeRule.standard(options.challengeThresholds());
        YearChecks now = YearChecks.evaluate(dataset, year, source, rules);
        YearChecks before = YearChecks.evaluate(dataset, year.previous(), source, rules);

        List<Challenge> challenges = SupportAnalysis.challenges(now, source, options.maxPeers());
        List<FollowUp> followUps = SupportAnalysis.followUps(before, now, dataset.supportActions(), asOf);
        List<Site> sitesOfYear = now.sites();
        List<String> sitesOfYearIds = sitesOfYear.stream().map(Site::id).toList();

        return new Findings(
                asOf,
                year,
                sitesOfYearIds,
                development(sites, asOf, source, options),
                now.checks(),
                challenges,
                followUps,
                SupportAnalysis.measureFollowUps(followUps),
                SupportAnalysis.supportNeeds(now, options.supportNeedPercent(), options.supportNeedMinSites()),
                ApproachAnalysis.compare(sitesOfYear, year, source, options),
                TransferAnalysis.transfer(sites, asOf, source, options),
                ExchangeAnalysis.network(sitesOfYearIds, dataset.exchanges(), year),
                ExchangeAnalysis.network(sites.stream().map(Site::id).toList(), dataset.exchanges(), null),
                DataQualityAnalysis.assess(dataset, sites, options.dataQuality()));
    }

    /**
     * {@return the evaluation year: the named one, or the latest calendar year whose last day is ≤ {@code asOf}}
     *
     * @param asOf the dataset's {@code asOf}
     * @param options the options
     * @throws IllegalArgumentException if the named year is not complete
     */
    public static Period evaluationYear(LocalDate asOf, AssessmentOptions options) {
        if (options.year() == null) {
            return Period.year(
                    asOf.getMonthValue() == 12 && asOf.getDayOfMonth() == 31 ? asOf.getYear() : asOf.getYear() - 1);
        }
        Period year = Period.year(options.year());
        if (!year.isComplete(asOf)) {
            throw new IllegalArgumentException("evaluation year " + options.year() + " is not complete: its last day "
                    + year.last() + " is after asOf " + asOf + " (name a year up to "
                    + evaluationYear(asOf, options.withYearUnset()).code() + ")");
        }
        return year;
    }

    private static List<Development> development(
            List<Site> sites, LocalDate asOf, IndicatorSource source, AssessmentOptions options) {
        List<String> indicators =
                options.developmentIndicators().isEmpty() ? source.indicatorIds() : options.developmentIndicators();
        List<Development> list = new ArrayList<>();
        for (Site site : sites) {
            for (String indicator : indicators) {
                for (PeriodType type : options.developmentPeriodTypes()) {
                    list.add(DevelopmentAnalysis.develop(site, indicator, type, asOf, source));
                }
            }
        }
        return list;
    }
}
