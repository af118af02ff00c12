package org.hor.indicators.evaluation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.hor.core.model.Dataset;
import org.hor.core.model.Delivery;
import org.hor.core.model.Exchange;
import org.hor.core.model.Offer;
import org.hor.core.model.Period;
import org.hor.core.model.PeriodType;
import org.hor.core.model.Site;
import org.hor.core.spi.Value;
import org.hor.indicators.evaluation.Evidence.Quantity.Kind;

/**
 * Spec 03 §8: records per site and complete quarter in which it was active, and the findings silent
 * quarter, jump and bulk dating. The records counted: deliveries (of the site's offers), outcomes,
 * cooperations started, measurements, support actions and exchanges attended, each by its date
 * (a cooperation by its start).
 */
final class DataQualityAnalysis {

    private DataQualityAnalysis() {}

    static DataQuality assess(Dataset dataset, List<Site> sitesById, DataQualityThresholds thresholds) {
        LocalDate asOf = dataset.asOf();
        Map<String, String> siteOfOffer = new HashMap<>();
        for (Offer o : dataset.offers()) {
            siteOfOffer.put(o.id(), o.siteId());
        }
        // each site's record dates, sorted once: a quarter's count is then two binary searches
        Map<String, List<LocalDate>> deliveryDates = new HashMap<>();
        for (Delivery d : dataset.deliveries()) {
            add(deliveryDates, siteOfOffer.get(d.offerId()), d.date());
        }
        Map<String, List<LocalDate>> outcomes = new HashMap<>();
        dataset.outcomes().forEach(o -> add(outcomes, o.siteId(), o.date()));
        Map<String, List<LocalDate>> cooperations = new HashMap<>();
        dataset.cooperations().forEach(c -> add(cooperations, c.siteId(), c.start()));
        Map<String, List<LocalDate>> measurements = new HashMap<>();
        dataset.measurements().forEach(m -> add(measurements, m.siteId(), m.date()));
        Map<String, List<LocalDate>> support = new HashMap<>();
        dataset.supportActions().forEach(a -> add(support, a.siteId(), a.date()));
        Map<String, List<LocalDate>> exchanges = new HashMap<>();
        for (Exchange x : dataset.exchanges()) {
            for (String site : new LinkedHashSet<>(x.siteIds())) {
                add(exchanges, site, x.date());
            }
        }
        for (Map<String, List<LocalDate>> m :
                List.of(deliveryDates, outcomes, cooperations, measurements, support, exchanges)) {
            m.values().forEach(Collections::sort);
        }
        List<QuarterRecords> quarters = new ArrayList<>();
        List<DataQualityFinding> findings = new ArrayList<>();
        for (Site site : sitesById) {
            String id = site.id();
            List<LocalDate> dates = deliveryDates.getOrDefault(id, List.of());
            for (Period q : DevelopmentAnalysis.activePeriods(site, PeriodType.QUARTER, asOf)) {
                QuarterRecords r = new QuarterRecords(
                        id,
                        q,
                        DevelopmentAnalysis.activeDays(site, q, asOf),
                        count(dates, q),
                        count(outcomes, id, q),
                        count(cooperations, id, q),
                        count(measurements, id, q),
                        count(support, id, q),
                        count(exchanges, id, q));
                quarters.add(r);
                findings.addAll(findings(r, count(dates, q.previous()), within(dates, q), q, thresholds));
            }
        }
        return new DataQuality(quarters, findings);
    }

    private static void add(Map<String, List<LocalDate>> bySite, String site, LocalDate day) {
        if (site != null && day != null) {
            bySite.computeIfAbsent(site, s -> new ArrayList<>()).add(day);
        }
    }

    private static int count(Map<String, List<LocalDate>> bySite, String site, Period p) {
        return count(bySite.getOrDefault(site, List.of()), p);
    }

    /** The number of the sorted {@code dates} that lie in {@code p}. */
    private static int count(List<LocalDate> dates, Period p) {
        return within(dates, p).size();
    }

    /** The sorted {@code dates} that lie in {@code p}, a view. */
    private static List<LocalDate> within(List<LocalDate> dates, Period p) {
        return dates.subList(
                firstNotBefore(dates, p.first()), firstNotBefore(dates, p.last().plusDays(1)));
    }

    private static int firstNotBefore(List<LocalDate> dates, LocalDate day) {
        int lo = 0;
        int hi = dates.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (dates.get(mid).isBefore(day)) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    static List<DataQualityFinding> findings(
            QuarterRecords r, int previous, List<LocalDate> dates, Period q, DataQualityThresholds t) {
        List<DataQualityFinding> list = new ArrayList<>();
        int count = r.deliveries();
        String id = r.siteId();
        if (count == 0 && r.activeDays() == q.days()) {
            list.add(new DataQualityFinding(
                    DataQualityFinding.Kind.SILENT_QUARTER,
                    id,
                    q,
                    List.of(
                            new Evidence.Quantity(Kind.DELIVERIES, q, Value.of(0)),
                            new Evidence.Quantity(Kind.ACTIVE_DAYS, q, Value.of(r.activeDays()))),
                    null));
        }
        if (previous > 0
                && Math.max(previous, count) >= t.jumpMinLarger()
                && BigDecimal.valueOf(Math.abs((long) count - previous))
                                .multiply(Decimals.HUNDRED)
                                .compareTo(t.jumpAbovePercent().multiply(BigDecimal.valueOf(previous)))
                        > 0) {
            list.add(new DataQualityFinding(
                    DataQualityFinding.Kind.JUMP,
                    id,
                    q,
                    List.of(
                            new Evidence.Quantity(Kind.DELIVERIES, q.previous(), Value.of(previous)),
                            new Evidence.Quantity(Kind.DELIVERIES, q, Value.of(count)),
                            new Evidence.Quantity(
                                    Kind.DELIVERIES_CHANGE, q, Decimals.percent(count - previous, previous)),
                            new Evidence.Threshold(t.jumpAbovePercent())),
                    null));
        }
        if (count >= t.bulkMinDeliveries() && count > 0) {
            TreeMap<LocalDate, Integer> perDay = new TreeMap<>();
            for (LocalDate d : dates) {
                if (q.contains(d)) {
                    perDay.merge(d, 1, Integer::sum);
                }
            }
            LocalDate top = null;
            int most = 0;
            for (Map.Entry<LocalDate, Integer> e : perDay.entrySet()) {
                if (e.getValue() > most) {
                    most = e.getValue();
                    top = e.getKey();
                }
            }
            if (BigDecimal.valueOf(most)
                            .multiply(Decimals.HUNDRED)
                            .compareTo(t.bulkDayAbovePercent().multiply(BigDecimal.valueOf(count)))
                    > 0) {
                list.add(new DataQualityFinding(
                        DataQualityFinding.Kind.BULK_DATING,
                        id,
                        q,
                        List.of(
                                new Evidence.Quantity(Kind.DELIVERIES, q, Value.of(count)),
                                new Evidence.Quantity(Kind.DELIVERIES_ON_ONE_DAY, q, Value.of(most)),
                                new Evidence.Quantity(
                                        Kind.DELIVERIES_ON_ONE_DAY_SHARE, q, Decimals.percent(most, count)),
                                new Evidence.Threshold(t.bulkDayAbovePercent())),
                        top));
            }
        }
        return list;
    }
}
