package org.hor.indicators;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.hor.core.model.CarrierType;
import org.hor.core.model.Coverage;
import org.hor.core.model.ExchangeFormat;
import org.hor.core.model.OfferType;
import org.hor.core.model.OrganisationType;
import org.hor.core.model.OutcomeType;
import org.hor.core.model.PartnerType;
import org.hor.core.model.Site;

/**
 * Small random datasets that obey the format's integrity rules (events dated within their site's active
 * days), with few distinct dates so that ties (same organisation and date, same event) occur.
 */
final class RandomDatasets {
    private RandomDatasets() {}

    static TestData dataset(long seed) {
        Random r = new Random(seed);
        LocalDate asOf = LocalDate.of(2023 + r.nextInt(2), 1 + r.nextInt(12), 1 + r.nextInt(28));
        TestData t = TestData.asOf(asOf.toString());
        String[] states = {"DE-SN", "DE-BE", "DE-BY"};
        int nSites = 2 + r.nextInt(3);
        List<Site> sites = new ArrayList<>();
        for (int i = 0; i < nSites; i++) {
            LocalDate start = LocalDate.of(2021, 1, 1).plusDays(r.nextInt(700));
            if (start.isAfter(asOf)) {
                start = asOf.minusDays(r.nextInt(30));
            }
            LocalDate end = r.nextInt(10) < 3 ? start.plusDays(60 + r.nextInt(600)) : null;
            String id = "S-" + (char) ('A' + i);
            t.site(
                    id,
                    CarrierType.values()[r.nextInt(3)],
                    Coverage.values()[r.nextInt(2)],
                    states[r.nextInt(3)],
                    start.toString(),
                    end == null ? null : end.toString());
            sites.add(t.sites.get(i));
        }
        int nOrgs = 5 + r.nextInt(6);
        for (int o = 0; o < nOrgs; o++) {
            Boolean led = switch (r.nextInt(3)) {
                case 0 -> null;
                case 1 -> true;
                default -> false;
            };
            t.org("O-" + o, OrganisationType.values()[r.nextInt(4)], led);
        }
        List<String> offerIds = new ArrayList<>();
        List<OfferType> offerTypes = new ArrayList<>();
        List<Site> offerSites = new ArrayList<>();
        for (Site s : sites) {
            int n = 3 + r.nextInt(4);
            for (int k = 0; k < n; k++) {
                OfferType type = OfferType.values()[r.nextInt(OfferType.values().length)];
                String id = "F-" + s.id() + "-" + k;
                t.offer(id, s.id(), type);
                offerIds.add(id);
                offerTypes.add(type);
                offerSites.add(s);
            }
        }
        int nDeliveries = 30 + r.nextInt(60);
        for (int d = 0; d < nDeliveries; d++) {
            int f = r.nextInt(offerIds.size());
            Site s = offerSites.get(f);
            LocalDate date = someDay(r, s, asOf, 12);
            String hours = null;
            String amount = null;
            Integer participants = null;
            switch (offerTypes.get(f)) {
                case CONSULTING, ROOM ->
                    hours = r.nextInt(4) == 0
                            ? null
                            : BigDecimal.valueOf(r.nextInt(10_000_000), r.nextInt(7))
                                    .toPlainString();
                case MICRO_GRANT ->
                    amount = BigDecimal.valueOf(r.nextInt(10) == 0 ? 0 : r.nextInt(500_000), 2)
                            .toPlainString();
                case TRAINING, NETWORKING_EVENT -> participants = r.nextInt(4) == 0 ? null : r.nextInt(20);
                default -> {}
            }
            // ids with varying length so that ordinal order differs from numeric order
            t.delivery(
                    "D-" + r.nextInt(1000) + "-" + d,
                    offerIds.get(f),
                    "O-" + r.nextInt(nOrgs),
                    date.toString(),
                    hours,
                    amount,
                    participants);
        }
        int k = 0;
        for (Site s : sites) {
            int n = r.nextInt(4);
            for (int c = 0; c < n; c++) {
                LocalDate start = someDay(r, s, asOf, 1000);
                LocalDate end = r.nextBoolean() ? null : start.plusDays(r.nextInt(900));
                t.cooperation(
                        "K-" + k++,
                        s.id(),
                        PartnerType.values()[r.nextInt(PartnerType.values().length)],
                        start.toString(),
                        end == null ? null : end.toString(),
                        r.nextBoolean());
            }
        }
        int nOutcomes = 5 + r.nextInt(15);
        for (int o = 0; o < nOutcomes; o++) {
            Site s = sites.get(r.nextInt(sites.size()));
            t.outcome(
                    "U-" + o,
                    s.id(),
                    "O-" + r.nextInt(nOrgs),
                    someDay(r, s, asOf, 1000).toString(),
                    OutcomeType.values()[r.nextInt(OutcomeType.values().length)]);
        }
        int nExchanges = r.nextInt(7);
        for (int x = 0; x < nExchanges; x++) {
            Site host = sites.get(r.nextInt(sites.size()));
            LocalDate date = someDay(r, host, asOf, 1000);
            List<String> ids = new ArrayList<>();
            for (Site s : sites) {
                if (s.isActiveOn(date, asOf) && (s == host || r.nextBoolean())) {
                    ids.add(s.id());
                }
            }
            if (ids.size() >= 2) {
                t.exchange(
                        "X-" + x, date.toString(), ExchangeFormat.values()[r.nextInt(4)], ids.toArray(new String[0]));
            }
        }
        for (Site s : sites) {
            for (int y = s.start().getYear(); y <= s.lastActiveDay(asOf).getYear(); y++) {
                if (r.nextInt(10) < 8) {
                    t.budget(
                            s.id(),
                            y,
                            BigDecimal.valueOf(1 + r.nextInt(10_000_000), 2).toPlainString());
                }
            }
        }
        return t;
    }

    /** A day in the site's active days, drawn from at most {@code distinct} days so that days repeat. */
    private static LocalDate someDay(Random r, Site s, LocalDate asOf, int distinct) {
        long span = s.lastActiveDay(asOf).toEpochDay() - s.start().toEpochDay() + 1;
        long step = Math.max(1, span / distinct);
        long offset = (r.nextInt((int) Math.min(Integer.MAX_VALUE, (span + step - 1) / step))) * step;
        return s.start().plusDays(Math.min(offset, span - 1));
    }
}
