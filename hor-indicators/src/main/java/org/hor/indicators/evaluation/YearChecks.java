package org.hor.indicators.evaluation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hor.core.model.Dataset;
import org.hor.core.model.Period;
import org.hor.core.model.Site;

/** Every rule evaluated at every site of one year (spec 03 §2): the basis of §2–§4. */
final class YearChecks {

    private final Period year;
    private final List<Site> sites;
    private final Map<String, Map<Rule, RuleResult>> results;

    private YearChecks(Period year, List<Site> sites, Map<String, Map<Rule, RuleResult>> results) {
        this.year = year;
        this.sites = sites;
        this.results = results;
    }

    /** Returns the sites active on the last day of {@code year}, by id. */
    static List<Site> sitesOf(Dataset dataset, Period year) {
        return dataset.sites().stream()
                .filter(s -> s.isActiveOn(year.last(), dataset.asOf()))
                .sorted(Comparator.comparing(Site::id))
                .toList();
    }

    static YearChecks evaluate(Dataset dataset, Period year, IndicatorSource source, List<ChallengeRule> rules) {
        List<ChallengeRule> ordered =
                rules.stream().sorted(Comparator.comparing(ChallengeRule::rule)).toList();
        List<Site> sites = sitesOf(dataset, year);
        Map<String, Map<Rule, RuleResult>> results = new LinkedHashMap<>();
        for (Site site : sites) {
            RuleContext context = new RuleContext(dataset, site, year, source);
            Map<Rule, RuleResult> bySite = new LinkedHashMap<>();
            for (ChallengeRule rule : ordered) {
                bySite.put(rule.rule(), rule.evaluate(context));
            }
            results.put(site.id(), bySite);
        }
        return new YearChecks(year, sites, results);
    }

    Period year() {
        return year;
    }

    List<Site> sites() {
        return sites;
    }

    boolean isSite(String siteId) {
        return results.containsKey(siteId);
    }

    Optional<RuleResult> result(String siteId, Rule rule) {
        Map<Rule, RuleResult> bySite = results.get(siteId);
        return bySite == null ? Optional.empty() : Optional.ofNullable(bySite.get(rule));
    }

    /** Returns the checks by site then rule. */
    List<RuleCheck> checks() {
        List<RuleCheck> checks = new ArrayList<>();
        results.forEach((siteId, bySite) -> bySite.forEach(
                (rule, r) -> checks.add(new RuleCheck(siteId, rule, r.evaluable(), r.fired(), r.evidence()))));
        return checks;
    }

    /** Returns the rules evaluated, in table order. */
    List<Rule> rules() {
        return results.values().stream()
                .findFirst()
                .map(m -> List.copyOf(m.keySet()))
                .orElse(List.of());
    }
}
