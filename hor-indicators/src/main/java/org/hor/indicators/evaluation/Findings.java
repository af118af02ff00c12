package org.hor.indicators.evaluation;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.hor.core.model.Period;

/**
 * Everything the formative evaluation found (spec 03), immutable, every list in a stable order.
 *
 * @param asOf             the dataset's {@code asOf}
 * @param year             the evaluation year Y
 * @param sitesOfYear      the sites active on the last day of Y, by id
 * @param development      §1: per site (by id), indicator (catalogue order) and period type (years, then
 *                    quarters)
 * @param checks           §2: every rule at every site of Y, by site then rule, fired or not
 * @param challenges       §2–3: by site, rule, then (targets) indicator in catalogue order and period
 * @param followUps        §3: by site, then rule
 * @param measureFollowUps §3: one entry per catalogue measure, in catalogue order
 * @param supportNeeds     §4: in rule order
 * @param approaches       §5
 * @param transfer         §6: by operating year k
 * @param exchangeYear     §7: the network of Y over the sites of Y
 * @param exchangeAllTime  §7: the network of all time over all sites
 * @param dataQuality      §8
 */
public record Findings(
        LocalDate asOf,
        Period year,
        List<String> sitesOfYear,
        List<Development> development,
        List<RuleCheck> checks,
        List<Challenge> challenges,
        List<FollowUp> followUps,
        List<MeasureFollowUp> measureFollowUps,
        List<SupportNeed> supportNeeds,
        Approaches approaches,
        List<TransferYear> transfer,
        ExchangeNetwork exchangeYear,
        ExchangeNetwork exchangeAllTime,
        DataQuality dataQuality) {

    /**
     * Copies the lists. @throws NullPointerException if a component is null
     *
     * @param asOf the dataset's {@code asOf}
     * @param year the evaluation year Y
     * @param sitesOfYear the sites active on the last day of Y, by id
     * @param development §1: per site (by id), indicator (catalogue order) and period type (years, then
     *                    quarters)
     * @param checks §2: every rule at every site of Y, by site then rule, fired or not
     * @param challenges §2–3: by site, rule, then (targets) indicator in catalogue order and period
     * @param followUps §3: by site, then rule
     * @param measureFollowUps §3: one entry per catalogue measure, in catalogue order
     * @param supportNeeds §4: in rule order
     * @param approaches §5
     * @param transfer §6: by operating year k
     * @param exchangeYear §7: the network of Y over the sites of Y
     * @param exchangeAllTime §7: the network of all time over all sites
     * @param dataQuality §8
     */
    public Findings {
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(year, "year");
        sitesOfYear = List.copyOf(sitesOfYear);
        development = List.copyOf(development);
        checks = List.copyOf(checks);
        challenges = List.copyOf(challenges);
        followUps = List.copyOf(followUps);
        measureFollowUps = List.copyOf(measureFollowUps);
        supportNeeds = List.copyOf(supportNeeds);
        Objects.requireNonNull(approaches, "approaches");
        transfer = List.copyOf(transfer);
        Objects.requireNonNull(exchangeYear, "exchangeYear");
        Objects.requireNonNull(exchangeAllTime, "exchangeAllTime");
        Objects.requireNonNull(dataQuality, "dataQuality");
    }

    /**
     * {@return the challenges of site {@code siteId}, in order}
     *
     * @param siteId the site's id
     */
    public List<Challenge> challengesOf(String siteId) {
        return challenges.stream().filter(c -> c.siteId().equals(siteId)).toList();
    }
}
