package org.hor.indicators.evaluation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.hor.core.model.Dataset;
import org.hor.core.model.Delivery;
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

    private DataQualityAnalysis() {
    }

    static DataQuality assess(Dataset dataset, List<Site> sitesById, DataQualityThresholds thresholds) {
        LocalDate asOf = dataset.asOf();
        Map<String, String> siteOfOffer = new HashMap<>();
        for (Offer o : dataset.offers()) {
            siteOfOffer.put(o.id(), o.siteId());
        }
        Map<String, List<LocalDate>> deliveryDates = new HashMap<>();
        for (Delivery d : dataset.deliveries()) {
            String site = siteOfOffer.get(d.offerId());
            if (site != null && d.date() != null) {
                deliveryDates.computeIfAbsent(site, s -> new ArrayList<>()).add(d.date());
            }
        }
        List<QuarterRecords> quarters = new ArrayList<>();
        List<DataQualityFinding> findings = new ArrayList<>();
        for (Site site : sitesById) {
            List<LocalDate> dates = deliveryDates.getOrDefault(site.id(), List.of());
            for (Period q : DevelopmentAnalysis.activePeriods(site, PeriodType.QUARTER, asOf)) {
                QuarterRecords r = records(dataset, site, q, dates);
                quarters.add(r);
                findings.addAll(findings(r, count(dates, q.previous()), dates, q, thresholds));
            }
        }
        return new DataQuality(quarters, findings);
    }

    private static QuarterRecords records(Dataset dataset, Site site, Period q, List<LocalDate> deliveryDates) {
        String id = site.id();
        int outcomes = (int) dataset.outcomes().stream()
                .filter(o -> id.equals(o.siteId()) && in(q, o.date())).count();
        int cooperations = (int) dataset.cooperations().stream()
                .filter(c -> id.equals(c.siteId()) && in(q, c.start())).count();
        int measurements = (int) dataset.measurements().stream()
                .filter(m -> id.equals(m.siteId()) && in(q, m.date())).count();
        int support = (int) dataset.supportActions().stream()
                .filter(a -> id.equals(a.siteId()) && in(q, a.date())).count();
        int exchanges = (int) dataset.exchanges().stream()
                .filter(x -> x.siteIds().contains(id) && in(q, x.date())).count();
        return new QuarterRecords(id, q, DevelopmentAnalysis.activeDays(site, q, dataset.asOf()),
                count(deliveryDates, q), outcomes, cooperations, measurements, support, exchanges);
    }

    private static boolean in(Period p, LocalDate day) {
        return day != null && p.contains(day);
    }

    private static int count(List<LocalDate> dates, Period p) {
        int n = 0;
        for (LocalDate d : dates) {
            if (p.contains(d)) {
                n++;
            }
        }
        return n;
    }

    static List<DataQualityFinding> findings(QuarterRecords r, int previous, List<LocalDate> dates, Period q,
            DataQualityThresholds t) {
        List<DataQualityFinding> list = new ArrayList<>();
        int count = r.deliveries();
        String id = r.siteId();
        if (count == 0 && r.activeDays() == q.days()) {
            list.add(new DataQualityFinding(DataQualityFinding.Kind.SILENT_QUARTER, id, q,
                    List.of(new Evidence.Quantity(Kind.DELIVERIES, q, Value.of(0)),
                            new Evidence.Quantity(Kind.ACTIVE_DAYS, q, Value.of(r.activeDays()))), null));
        }
        if (previous > 0 && Math.max(previous, count) >= t.jumpMinLarger()
                && BigDecimal.valueOf(Math.abs((long) count - previous)).multiply(Decimals.HUNDRED)
                        .compareTo(t.jumpAbovePercent().multiply(BigDecimal.valueOf(previous))) > 0) {
            list.add(new DataQualityFinding(DataQualityFinding.Kind.JUMP, id, q,
                    List.of(new Evidence.Quantity(Kind.DELIVERIES, q.previous(), Value.of(previous)),
                            new Evidence.Quantity(Kind.DELIVERIES, q, Value.of(count)),
                            new Evidence.Quantity(Kind.DELIVERIES_CHANGE, q, Decimals.percent(count - previous, previous)),
                            new Evidence.Threshold(t.jumpAbovePercent())), null));
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
            if (BigDecimal.valueOf(most).multiply(Decimals.HUNDRED)
                    .compareTo(t.bulkDayAbovePercent().multiply(BigDecimal.valueOf(count))) > 0) {
                list.add(new DataQualityFinding(DataQualityFinding.Kind.BULK_DATING, id, q,
                        List.of(new Evidence.Quantity(Kind.DELIVERIES, q, Value.of(count)),
                                new Evidence.Quantity(Kind.DELIVERIES_ON_ONE_DAY, q, Value.of(most)),
                                new Evidence.Quantity(Kind.DELIVERIES_ON_ONE_DAY_SHARE, q, Decimals.percent(most, count)),
                                new Evidence.Threshold(t.bulkDayAbovePercent())), top));
            }
        }
        return list;
    }
}
