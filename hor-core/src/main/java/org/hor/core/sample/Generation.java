package org.hor.core.sample;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import org.hor.core.model.Budget;
import org.hor.core.model.CarrierType;
import org.hor.core.model.Cooperation;
import org.hor.core.model.Coverage;
import org.hor.core.model.Dataset;
import org.hor.core.model.Delivery;
import org.hor.core.model.Exchange;
import org.hor.core.model.ExchangeFormat;
import org.hor.core.model.LegalForm;
import org.hor.core.model.Measurement;
import org.hor.core.model.Offer;
import org.hor.core.model.OfferType;
import org.hor.core.model.Organisation;
import org.hor.core.model.OrganisationType;
import org.hor.core.model.Outcome;
import org.hor.core.model.OutcomeType;
import org.hor.core.model.PartnerType;
import org.hor.core.model.Period;
import org.hor.core.model.Programme;
import org.hor.core.model.Site;
import org.hor.core.model.SupportAction;
import org.hor.core.model.Target;

/**
 * One run of the generator. The work is linear in sites × months + organisations + deliveries:
 * first a plan (sites, offers, the organisations' memberships at sites, and the number of
 * deliveries of every site and month), then one sweep over the months that emits the deliveries
 * in date order (holding only one month), then the records that depend on what the sweep did
 * (outcomes after an organisation's first delivery, targets near the actual values).
 *
 * <p>The story of the evaluation year Y (spec 03) is tied to the twelve sites of the story by
 * index (see the constants); with fewer sites the missing parts of the story are left out.
 */
final class Generation {

    /** Index of S-01 Dresden: no new organisations in Y−1 (LOW_NEW_REACH), resolved in Y. */
    static final int DRESDEN = 0;
    /** Index of S-03 Erfurt: the site that closes at the end of its fourth year. */
    static final int CLOSED = 2;
    /** Index of S-04 Berlin: no local-authority partner in Y−1, one from March of Y. */
    static final int BERLIN = 3;
    /** Index of S-05 Hamburg: misses its reach targets in Y−1 and Y. */
    static final int HAMBURG = 4;
    /** Index of S-06 Köln: its local-authority cooperation ended in Y−1. */
    static final int KOELN = 5;
    /** Index of S-07 Stuttgart: in no exchange of Y (ISOLATED_SITE). */
    static final int ISOLATED = 6;
    /** Index of S-08 München: its local-authority cooperation ended early. */
    static final int MUENCHEN = 7;
    /** Index of S-09 Hannover: one organisation gets most grant money in Y−1 and Y. */
    static final int CONCENTRATED = 8;
    /** Index of S-10 Magdeburg: misses a quarterly target of Y; a local-authority partner from June of Y. */
    static final int MAGDEBURG = 9;
    /** Index of S-11 Rostock: loses the organisations of Y−1 (LOW_RETENTION in Y). */
    static final int LOW_RETENTION = 10;
    /** Index of S-12 Mainz: in no exchange of Y−1. */
    static final int MAINZ = 11;

    private static final int NO_VALUE = -1;
    private static final int GRANTS_PER_YEAR = 3;
    private static final long UNSET = Long.MIN_VALUE;
    private static final double[] SEASON = {0.9, 1.0, 1.1, 1.05, 1.05, 1.0, 0.85, 0.75, 1.1, 1.15, 1.15, 0.8};
    /** Offer type of a delivery, per cent: the i-th entry is the ordinal of {@link OfferType}. */
    private static final int[] TYPE_WEIGHTS = {28, 17, 15, 8, 9, 15, 8};

    private static final int[] CONSULTING_HALF_HOURS = {1, 2, 2, 2, 2, 3, 3, 3, 4, 4, 4, 4, 4, 5, 6, 6, 7, 8};
    private static final int[] ROOM_HALF_HOURS = {2, 3, 4, 4, 4, 5, 6, 6, 6, 8, 8, 8, 10, 12, 16};
    private static final int[] TRAINING_PARTICIPANTS = {1, 1, 1, 2, 2, 2, 3, 3, 4, 5, 6};
    private static final int[] EVENT_PARTICIPANTS = {1, 1, 1, 1, 2, 2, 2, 3, 4};
    private static final int[] OUTCOME_WEIGHTS = {10, 10, 15, 20, 15, 12, 13, 5};
    private static final PartnerType[] NON_LOCAL =
            Arrays.copyOfRange(PartnerType.values(), 1, PartnerType.values().length);

    private final SampleParameters p;
    private final int evalYear;
    private final int firstYear;
    private final int years;
    private final int months;
    private final int siteCount;
    private final LocalDate asOf;
    private final long firstDay;
    private final LocalDate[] days;

    private final SplittableRandom siteRandom;
    private final SplittableRandom memberRandom;
    private final SplittableRandom organisationRandom;
    private final SplittableRandom sweepRandom;
    private final SplittableRandom outcomeRandom;
    private final SplittableRandom cooperationRandom;
    private final SplittableRandom exchangeRandom;
    private final SplittableRandom miscRandom;

    private final Site[] sites;
    private final long[] siteStart;
    private final long[] siteLast;
    private final int[] siteFirstMonth;
    private final int[] siteLastMonth;
    private final double[] siteScale;

    private final List<Offer> offers = new ArrayList<>();
    private final int[][][] offersByType;

    private final long[] cellCount;
    /**
     * Cumulative shares of the cells for the entries of organisations: a site's first half-year
     * recruits more, and so does Rostock in Y after losing the organisations of Y−1.
     */
    private final double[] cellCumulative;

    private int memberCount;
    private int[] memberSite = new int[16];
    private int[] memberOrganisation = new int[16];
    private int[] memberEntry = new int[16];
    private int[] memberExit = new int[16];
    private byte[] memberWeight = new byte[16];
    private final int[] anchor;
    private final int[] organisationSite;
    private final int[] organisationEntryMonth;
    private final String[] organisationIds;

    private long[] memberFirstDay;
    private long[] memberYears;
    private int[] memberGrantYear;
    private int[] memberGrants;
    private final long[] siteYearDeliveries;
    private final long[] siteYearGrants;
    private final long[] siteYearConsultingHalfHours;
    private final long[] siteQuarterDeliveries;

    private final BigDecimal[] halfHours = new BigDecimal[17];
    private final BigDecimal[] amounts = new BigDecimal[4001];

    Generation(SampleParameters p) {
        this.p = p;
        this.asOf = p.asOf();
        this.evalYear = p.evaluationYear();
        this.firstYear = p.firstYear();
        this.years = asOf.getYear() - firstYear + 1;
        this.months = monthIndex(asOf) + 1;
        this.siteCount = p.sites();
        this.firstDay = LocalDate.of(firstYear, 1, 1).toEpochDay();
        this.days = new LocalDate[(int) (asOf.toEpochDay() - firstDay + 1)];
        SplittableRandom root = new SplittableRandom(p.seed());
        siteRandom = root.split();
        memberRandom = root.split();
        organisationRandom = root.split();
        sweepRandom = root.split();
        outcomeRandom = root.split();
        cooperationRandom = root.split();
        exchangeRandom = root.split();
        miscRandom = root.split();

        sites = new Site[siteCount];
        siteStart = new long[siteCount];
        siteLast = new long[siteCount];
        siteFirstMonth = new int[siteCount];
        siteLastMonth = new int[siteCount];
        siteScale = new double[siteCount];
        anchor = new int[siteCount];
        offersByType = new int[siteCount][OfferType.values().length][];
        cellCount = new long[siteCount * months];
        cellCumulative = new double[siteCount * months];
        organisationSite = new int[p.organisations()];
        organisationEntryMonth = new int[p.organisations()];
        organisationIds = new String[p.organisations()];
        siteYearDeliveries = new long[siteCount * years];
        siteYearGrants = new long[siteCount * years];
        siteYearConsultingHalfHours = new long[siteCount * years];
        siteQuarterDeliveries = new long[siteCount * years * 4];
        for (int h = 0; h < halfHours.length; h++) {
            halfHours[h] = h % 2 == 0 ? BigDecimal.valueOf(h / 2) : BigDecimal.valueOf(h * 5L, 1);
        }
    }

    /** Plans, sweeps (each delivery to {@code sink}) and returns every other record. */
    Dataset run(Consumer<? super Delivery> sink) {
        planSites();
        planOffers();
        planCells();
        planMemberships();
        List<Organisation> organisations = organisations();
        sweep(sink);
        List<Cooperation> cooperations = cooperations();
        return new Dataset(
                Dataset.FORMAT_VERSION,
                asOf,
                new Programme("hor", "Häuser der Ressourcen", "Bundesamt für Migration und Flüchtlinge"),
                List.of(sites),
                organisations,
                offers,
                List.of(),
                cooperations,
                outcomes(),
                exchanges(),
                targets(cooperations),
                budgets(),
                measurements(),
                supportActions());
    }

    // ---------------------------------------------------------------- plan

    private void planSites() {
        int width = Math.max(2, Integer.toString(siteCount).length());
        for (int s = 0; s < siteCount; s++) {
            String city;
            String state;
            String carrier;
            CarrierType carrierType;
            Coverage coverage;
            int yearOffset;
            int startMonth;
            String suffix = "";
            if (s < Vocabulary.STORY_SITES.size()) {
                Vocabulary.SiteBlueprint b = Vocabulary.STORY_SITES.get(s);
                city = b.city();
                state = b.state();
                carrier = b.carrier();
                carrierType = b.carrierType();
                coverage = b.coverage();
                yearOffset = b.yearOffset();
                startMonth = b.startMonth();
            } else {
                int k = s - Vocabulary.STORY_SITES.size();
                String[] c = Vocabulary.MORE_CITIES[k % Vocabulary.MORE_CITIES.length];
                int round = k / Vocabulary.MORE_CITIES.length;
                city = c[0];
                state = c[1];
                suffix = round == 0 ? "" : " " + (round + 1);
                carrierType = CarrierType.values()[s % 3];
                coverage = Coverage.values()[(s / 3) % 2];
                carrier = Vocabulary.carrierFor(carrierType, city + suffix);
                yearOffset = s % 6;
                startMonth = (s * 5) % 12 + 1;
            }
            int year = Math.min(firstYear + yearOffset, asOf.getYear());
            LocalDate start = LocalDate.of(year, startMonth, 1);
            if (start.isAfter(asOf)) {
                start = LocalDate.of(year, 1, 1);
            }
            LocalDate end = s == CLOSED ? LocalDate.of(firstYear + 3, 12, 31) : null;
            sites[s] = new Site(
                    "S-" + pad(s + 1, width),
                    "Haus der Ressourcen " + city + suffix,
                    city,
                    state,
                    carrier,
                    carrierType,
                    coverage,
                    start,
                    end);
            LocalDate last = sites[s].lastActiveDay(asOf);
            siteStart[s] = start.toEpochDay();
            siteLast[s] = last.toEpochDay();
            siteFirstMonth[s] = monthIndex(start);
            siteLastMonth[s] = monthIndex(last);
            siteScale[s] = 0.7 + 0.6 * siteRandom.nextDouble();
        }
    }

    private void planOffers() {
        int width = Math.max(
                4, Integer.toString(siteCount * Vocabulary.OFFERS.size()).length());
        int[][] counts = new int[siteCount][OfferType.values().length];
        for (int s = 0; s < siteCount; s++) {
            for (Vocabulary.OfferTemplate t : Vocabulary.OFFERS) {
                counts[s][t.type().ordinal()]++;
            }
            for (int t = 0; t < counts[s].length; t++) {
                offersByType[s][t] = new int[counts[s][t]];
                counts[s][t] = 0;
            }
            for (Vocabulary.OfferTemplate t : Vocabulary.OFFERS) {
                int index = offers.size();
                offers.add(new Offer("F-" + pad(index + 1, width), sites[s].id(), t.type(), t.title()));
                offersByType[s][t.type().ordinal()][counts[s][t.type().ordinal()]++] = index;
            }
        }
    }

    /** Weighs every (site, month) and divides the deliveries among them exactly (cumulative rounding). */
    private void planCells() {
        double[] cellWeight = new double[cellCount.length];
        double total = 0;
        double entries = 0;
        for (int s = 0; s < siteCount; s++) {
            for (int m = 0; m < months; m++) {
                int cell = s * months + m;
                if (m >= siteFirstMonth[s] && m <= siteLastMonth[s]) {
                    LocalDate first = monthFirst(m);
                    long from = Math.max(first.toEpochDay(), siteStart[s]);
                    long to = Math.min(first.plusMonths(1).toEpochDay() - 1, siteLast[s]);
                    double activeShare = (to - from + 1) / (double) first.lengthOfMonth();
                    double rampUp = Math.min(1.0, 0.4 + 0.1 * (m - siteFirstMonth[s]));
                    double growth = 1.0 + 0.1 * (m / 12);
                    double weight = siteScale[s] * growth * rampUp * SEASON[m % 12] * activeShare;
                    total += weight;
                    boolean recruits = m - siteFirstMonth[s] < 6 || (s == LOW_RETENTION && yearOfMonth(m) == evalYear);
                    entries += recruits ? 3 * weight : weight;
                }
                cellWeight[cell] = total;
                cellCumulative[cell] = entries;
            }
        }
        long n = p.deliveries();
        long before = 0;
        for (int cell = 0; cell < cellCount.length; cell++) {
            long upTo = cell == cellCount.length - 1 ? n : Math.round(cellWeight[cell] * n / total);
            cellCount[cell] = upTo - before;
            before = upTo;
        }
        for (int cell = 0; cell < cellCumulative.length; cell++) {
            cellCumulative[cell] /= entries;
        }
    }

    /** Gives every site an anchor organisation and every other organisation one or two memberships. */
    private void planMemberships() {
        int organisations = p.organisations();
        Arrays.fill(organisationSite, -1);
        for (int s = 0; s < siteCount; s++) {
            int o = s % organisations;
            anchor[s] = addMember(s, o, siteFirstMonth[s], siteLastMonth[s], 1);
            if (organisationSite[o] < 0) {
                organisationSite[o] = s;
                organisationEntryMonth[o] = siteFirstMonth[s];
            }
        }
        for (int o = siteCount; o < organisations; o++) {
            int cell = drawCell(memberRandom);
            int s = cell / months;
            addRegularMember(s, o, cell % months);
            organisationSite[o] = s;
            organisationEntryMonth[o] = memberEntry[memberCount - 1];
            if (siteCount >= 2 && memberRandom.nextDouble() < 0.12) {
                for (int attempt = 0; attempt < 8; attempt++) {
                    int other = drawCell(memberRandom);
                    if (other / months != s) {
                        addRegularMember(other / months, o, other % months);
                        break;
                    }
                }
            }
        }
        memberFirstDay = new long[memberCount];
        Arrays.fill(memberFirstDay, UNSET);
        memberYears = new long[memberCount];
        memberGrantYear = new int[memberCount];
        Arrays.fill(memberGrantYear, -1);
        memberGrants = new int[memberCount];
    }

    private void addRegularMember(int s, int o, int month) {
        int entry = month;
        if (s == DRESDEN && yearOfMonth(entry) == evalYear - 1) {
            // the story: Dresden recruited in Y−2 (for longer) and reached no new organisation in Y−1
            entry = Math.max(entry - 12, siteFirstMonth[s]);
        }
        int exit = Math.min(month + 1 + memberRandom.nextInt(28), siteLastMonth[s]);
        int cut = (evalYear - 1 - firstYear) * 12 + 11;
        if (s == LOW_RETENTION && entry <= cut && exit > cut) {
            // the story: Rostock's organisations of Y−1 do not come back in Y
            exit = cut;
        }
        addMember(s, o, entry, exit, 1 + memberRandom.nextInt(4));
    }

    private int addMember(int s, int o, int entry, int exit, int weight) {
        if (memberCount == memberSite.length) {
            int n = memberCount * 2;
            memberSite = Arrays.copyOf(memberSite, n);
            memberOrganisation = Arrays.copyOf(memberOrganisation, n);
            memberEntry = Arrays.copyOf(memberEntry, n);
            memberExit = Arrays.copyOf(memberExit, n);
            memberWeight = Arrays.copyOf(memberWeight, n);
        }
        memberSite[memberCount] = s;
        memberOrganisation[memberCount] = o;
        memberEntry[memberCount] = entry;
        memberExit[memberCount] = exit;
        memberWeight[memberCount] = (byte) weight;
        return memberCount++;
    }

    private int drawCell(SplittableRandom random) {
        double u = random.nextDouble();
        int lo = 0;
        int hi = cellCumulative.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cellCumulative[mid] > u) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    // ---------------------------------------------------------------- organisations

    private List<Organisation> organisations() {
        int width = Math.max(4, Integer.toString(p.organisations()).length());
        List<Organisation> result = new ArrayList<>(p.organisations());
        Set<String> names = new HashSet<>();
        OrganisationType[] coverTypes = {
            OrganisationType.MIGRANT_ORGANISATION,
            OrganisationType.INITIATIVE,
            OrganisationType.OTHER,
            OrganisationType.OTHER,
            OrganisationType.INTEGRATIVE_ASSOCIATION,
            OrganisationType.OTHER
        };
        LegalForm[] coverForms = {
            LegalForm.REGISTERED_ASSOCIATION,
            LegalForm.UNREGISTERED_GROUP,
            LegalForm.NON_PROFIT_COMPANY,
            LegalForm.FOUNDATION,
            LegalForm.REGISTERED_ASSOCIATION,
            LegalForm.OTHER
        };
        SplittableRandom r = organisationRandom;
        for (int o = 0; o < p.organisations(); o++) {
            String city = sites[organisationSite[o]].city();
            OrganisationType type;
            LegalForm form;
            if (o >= siteCount && o - siteCount < coverTypes.length) {
                type = coverTypes[o - siteCount];
                form = coverForms[o - siteCount];
            } else if (o < siteCount) {
                type = OrganisationType.MIGRANT_ORGANISATION;
                form = LegalForm.REGISTERED_ASSOCIATION;
            } else {
                type = organisationType(r);
                form = legalForm(type, r);
            }
            String name = null;
            for (int attempt = 0; attempt < 4 && (name == null || names.contains(name)); attempt++) {
                name = organisationName(type, form, city, r);
            }
            names.add(name);
            Boolean migrantLed = migrantLed(type, r);
            Integer founded = null;
            int entryYear = yearOfMonth(organisationEntryMonth[o]);
            double withYear = form == LegalForm.UNREGISTERED_GROUP ? 0.5 : 0.8;
            if (r.nextDouble() < withYear) {
                int year = r.nextDouble() < 0.3 ? entryYear - r.nextInt(3) : entryYear - 3 - r.nextInt(30);
                founded = Math.max(1800, Math.min(year, asOf.getYear()));
            }
            Map<String, String> attributes = new LinkedHashMap<>();
            if ((type == OrganisationType.MIGRANT_ORGANISATION || type == OrganisationType.INITIATIVE)
                    && r.nextDouble() < 0.15) {
                attributes.put("contactLanguage", Vocabulary.LANGUAGES[r.nextInt(Vocabulary.LANGUAGES.length)]);
            }
            if (r.nextDouble() < 0.08) {
                attributes.put("field", Vocabulary.FIELDS[r.nextInt(Vocabulary.FIELDS.length)]);
            }
            organisationIds[o] = "O-" + pad(o + 1, width);
            result.add(new Organisation(organisationIds[o], name, type, form, migrantLed, founded, attributes));
        }
        return result;
    }

    private static OrganisationType organisationType(SplittableRandom r) {
        int x = r.nextInt(100);
        return x < 55
                ? OrganisationType.MIGRANT_ORGANISATION
                : x < 75
                        ? OrganisationType.INTEGRATIVE_ASSOCIATION
                        : x < 92 ? OrganisationType.INITIATIVE : OrganisationType.OTHER;
    }

    private static LegalForm legalForm(OrganisationType type, SplittableRandom r) {
        int x = r.nextInt(100);
        return switch (type) {
            case MIGRANT_ORGANISATION ->
                x < 80 ? LegalForm.REGISTERED_ASSOCIATION : x < 97 ? LegalForm.UNREGISTERED_GROUP : LegalForm.OTHER;
            case INTEGRATIVE_ASSOCIATION ->
                x < 90 ? LegalForm.REGISTERED_ASSOCIATION : x < 95 ? LegalForm.NON_PROFIT_COMPANY : LegalForm.OTHER;
            case INITIATIVE -> x < 85 ? LegalForm.UNREGISTERED_GROUP : LegalForm.REGISTERED_ASSOCIATION;
            case OTHER -> x < 40 ? LegalForm.NON_PROFIT_COMPANY : x < 70 ? LegalForm.FOUNDATION : LegalForm.OTHER;
        };
    }

    private static Boolean migrantLed(OrganisationType type, SplittableRandom r) {
        double x = r.nextDouble();
        return switch (type) {
            case MIGRANT_ORGANISATION -> x < 0.2 ? Boolean.TRUE : null;
            case INITIATIVE -> x < 0.35 ? Boolean.TRUE : x < 0.5 ? Boolean.FALSE : null;
            case INTEGRATIVE_ASSOCIATION -> x < 0.1 ? Boolean.TRUE : x < 0.25 ? Boolean.FALSE : null;
            case OTHER -> x < 0.2 ? Boolean.FALSE : null;
        };
    }

    private static String organisationName(OrganisationType type, LegalForm form, String city, SplittableRandom r) {
        String place = r.nextBoolean() ? city : Vocabulary.QUARTERS[r.nextInt(Vocabulary.QUARTERS.length)];
        String registered = form == LegalForm.REGISTERED_ASSOCIATION ? " e.V." : "";
        if (form == LegalForm.NON_PROFIT_COMPANY) {
            return String.format(Locale.ROOT, pick(Vocabulary.OTHERS_COMPANY, r), city);
        }
        if (form == LegalForm.FOUNDATION) {
            return String.format(Locale.ROOT, pick(Vocabulary.OTHERS_FOUNDATION, r), city);
        }
        return switch (type) {
            case MIGRANT_ORGANISATION -> {
                String[] noun = Vocabulary.ORGANISATION_NOUNS[r.nextInt(Vocabulary.ORGANISATION_NOUNS.length)];
                yield pick(Vocabulary.ORIGINS, r) + noun[0] + " " + noun[1] + " " + city + registered;
            }
            case INTEGRATIVE_ASSOCIATION ->
                String.format(Locale.ROOT, pick(Vocabulary.ASSOCIATIONS, r), place) + registered;
            case INITIATIVE -> String.format(Locale.ROOT, pick(Vocabulary.INITIATIVES, r), place) + registered;
            case OTHER -> String.format(Locale.ROOT, pick(Vocabulary.OTHERS_OTHER, r), place) + registered;
        };
    }

    private static String pick(String[] words, SplittableRandom r) {
        return words[r.nextInt(words.length)];
    }

    // ---------------------------------------------------------------- deliveries

    /** Emits the deliveries month by month; within a month by date, then site, then slot. */
    private void sweep(Consumer<? super Delivery> sink) {
        int[] bucketStart = new int[siteCount * months + 1];
        for (int mi = 0; mi < memberCount; mi++) {
            bucketStart[memberSite[mi] * months + memberEntry[mi] + 1]++;
        }
        for (int i = 1; i < bucketStart.length; i++) {
            bucketStart[i] += bucketStart[i - 1];
        }
        int[] entering = new int[memberCount];
        int[] fill = Arrays.copyOf(bucketStart, bucketStart.length - 1);
        for (int mi = 0; mi < memberCount; mi++) {
            entering[fill[memberSite[mi] * months + memberEntry[mi]]++] = mi;
        }
        IntList[] active = new IntList[siteCount];
        IntList[] pending = new IntList[siteCount];
        for (int s = 0; s < siteCount; s++) {
            active[s] = new IntList();
            pending[s] = new IntList();
        }
        MonthBuffer month = new MonthBuffer();
        Cell cell = new Cell();
        int width = Math.max(6, Integer.toString(p.deliveries()).length());
        long[] serial = {0};
        for (int m = 0; m < months; m++) {
            month.clear();
            LocalDate first = monthFirst(m);
            long monthStart = first.toEpochDay();
            long monthEnd = first.plusMonths(1).toEpochDay() - 1;
            for (int s = 0; s < siteCount; s++) {
                if (m < siteFirstMonth[s] || m > siteLastMonth[s]) {
                    continue;
                }
                for (int i = bucketStart[s * months + m]; i < bucketStart[s * months + m + 1]; i++) {
                    active[s].add(entering[i]);
                    pending[s].add(entering[i]);
                }
                IntList a = active[s];
                for (int i = a.size - 1; i >= 0; i--) {
                    if (memberExit[a.items[i]] < m) {
                        a.items[i] = a.items[--a.size];
                    }
                }
                int n = (int) cellCount[s * months + m];
                if (n > 0) {
                    long from = Math.max(monthStart, siteStart[s]);
                    long to = Math.min(monthEnd, siteLast[s]);
                    fillCell(cell, s, m, n, from, to, a, pending[s]);
                    for (int j = 0; j < n; j++) {
                        month.add(cell, j);
                    }
                }
            }
            month.emit(monthStart, (b, j) -> emit(b, j, width, serial, sink));
        }
    }

    private void fillCell(Cell c, int s, int m, int n, long from, long to, IntList active, IntList pending) {
        SplittableRandom r = sweepRandom;
        c.ensure(n);
        int j = 0;
        while (j < n && pending.head < pending.size) {
            int mi = pending.items[pending.head++];
            if (memberExit[mi] >= m) {
                c.type[j] = OfferType.CONSULTING.ordinal();
                c.member[j] = mi;
                j++;
            }
        }
        if (pending.head == pending.size) {
            pending.head = 0;
            pending.size = 0;
        }
        for (; j < n; j++) {
            c.type[j] = drawType(r);
            c.member[j] = -1;
        }
        int eventCount = 0;
        int trainingCount = 0;
        for (j = 0; j < n; j++) {
            if (c.type[j] == OfferType.NETWORKING_EVENT.ordinal()) {
                c.events[eventCount++] = j;
            } else if (c.type[j] == OfferType.TRAINING.ordinal()) {
                c.trainings[trainingCount++] = j;
            }
        }
        int eventSessions = Math.max(1, (eventCount + 3) / 6);
        int trainingSessions = Math.max(1, (trainingCount + 2) / 5);
        long[] eventDays = sessionDays(eventSessions, from, to, r);
        long[] trainingDays = sessionDays(trainingSessions, from, to, r);
        int[] eventOffers = sessionOffers(eventSessions, s, OfferType.NETWORKING_EVENT, r);
        int[] trainingOffers = sessionOffers(trainingSessions, s, OfferType.TRAINING, r);
        int events = 0;
        int trainings = 0;
        boolean concentrated = s == CONCENTRATED && (yearOfMonth(m) == evalYear || yearOfMonth(m) == evalYear - 1);
        for (j = 0; j < n; j++) {
            int type = c.type[j];
            c.halfHours[j] = NO_VALUE;
            c.cents[j] = NO_VALUE;
            c.participants[j] = NO_VALUE;
            if (type == OfferType.NETWORKING_EVENT.ordinal() || type == OfferType.TRAINING.ordinal()) {
                boolean event = type == OfferType.NETWORKING_EVENT.ordinal();
                int k = event ? events++ : trainings++;
                int sessions = event ? eventSessions : trainingSessions;
                int session = k % sessions;
                c.day[j] = (event ? eventDays : trainingDays)[session];
                c.offer[j] = (event ? eventOffers : trainingOffers)[session];
                if (c.member[j] < 0) {
                    c.member[j] = distinctInSession(c, event ? c.events : c.trainings, k, sessions, active, r);
                }
                c.participants[j] = event
                        ? EVENT_PARTICIPANTS[r.nextInt(EVENT_PARTICIPANTS.length)]
                        : TRAINING_PARTICIPANTS[r.nextInt(TRAINING_PARTICIPANTS.length)];
                continue;
            }
            c.day[j] = workday(from, to, r);
            int[] typeOffers = offersByType[s][type];
            c.offer[j] = typeOffers[r.nextInt(typeOffers.length)];
            OfferType offerType = OfferType.values()[type];
            if (offerType == OfferType.MICRO_GRANT && concentrated && r.nextDouble() < 0.4) {
                c.member[j] = anchor[s];
                c.cents[j] = (1800 + 50 * r.nextInt(5)) * 100;
                continue;
            }
            if (c.member[j] < 0) {
                c.member[j] = offerType == OfferType.MICRO_GRANT ? grantee(active, m / 12, r) : pickActive(active, r);
            }
            switch (offerType) {
                case CONSULTING -> c.halfHours[j] = CONSULTING_HALF_HOURS[r.nextInt(CONSULTING_HALF_HOURS.length)];
                case ROOM -> c.halfHours[j] = ROOM_HALF_HOURS[r.nextInt(ROOM_HALF_HOURS.length)];
                case MICRO_GRANT -> c.cents[j] = grantCents(r);
                case OTHER -> c.halfHours[j] = r.nextBoolean() ? 2 + r.nextInt(5) : NO_VALUE;
                default -> {
                    // an equipment loan has no hours
                }
            }
        }
    }

    private long[] sessionDays(int sessions, long from, long to, SplittableRandom r) {
        long[] result = new long[sessions];
        for (int k = 0; k < sessions; k++) {
            result[k] = workday(from, to, r);
        }
        return result;
    }

    private int[] sessionOffers(int sessions, int s, OfferType type, SplittableRandom r) {
        int[] candidates = offersByType[s][type.ordinal()];
        int[] result = new int[sessions];
        for (int k = 0; k < sessions; k++) {
            result[k] = candidates[r.nextInt(candidates.length)];
        }
        return result;
    }

    /** A random day from {@code from} to {@code to}; a Sunday is drawn again once. */
    private long workday(long from, long to, SplittableRandom r) {
        int span = (int) (to - from + 1);
        long day = from + r.nextInt(span);
        if (dayOfWeek(day) == DayOfWeek.SUNDAY) {
            day = from + r.nextInt(span);
        }
        return day;
    }

    private static DayOfWeek dayOfWeek(long epochDay) {
        return DayOfWeek.of((int) Math.floorMod(epochDay + 3, 7) + 1);
    }

    /**
     * An active member not yet at the same session: the {@code k}-th slot of a type ({@code slots}
     * holds their indices) belongs to session {@code k % sessions}, so its earlier companions are
     * the slots {@code k − sessions}, {@code k − 2 × sessions}, ….
     */
    private int distinctInSession(Cell c, int[] slots, int k, int sessions, IntList active, SplittableRandom r) {
        int candidate = pickActive(active, r);
        for (int attempt = 0; attempt < 6 && sharesSession(c, slots, k, sessions, candidate); attempt++) {
            candidate = pickActive(active, r);
        }
        return candidate;
    }

    private static boolean sharesSession(Cell c, int[] slots, int k, int sessions, int member) {
        for (int i = k - sessions; i >= 0; i -= sessions) {
            if (c.member[slots[i]] == member) {
                return true;
            }
        }
        return false;
    }

    /** An active member, more often one of higher weight (rejection sampling). */
    private int pickActive(IntList active, SplittableRandom r) {
        int candidate = active.items[r.nextInt(active.size)];
        for (int attempt = 0; attempt < 8 && r.nextInt(4) >= memberWeight[candidate]; attempt++) {
            candidate = active.items[r.nextInt(active.size)];
        }
        return candidate;
    }

    /**
     * An active member that has had fewer than {@value #GRANTS_PER_YEAR} grants at its site in the
     * year {@code yearIndex} (the sites' cap), if one is found in a few draws; counts the grant.
     */
    private int grantee(IntList active, int yearIndex, SplittableRandom r) {
        int candidate = pickActive(active, r);
        for (int attempt = 0; attempt < 8 && grantsThisYear(candidate, yearIndex) >= GRANTS_PER_YEAR; attempt++) {
            candidate = pickActive(active, r);
        }
        if (memberGrantYear[candidate] != yearIndex) {
            memberGrantYear[candidate] = yearIndex;
            memberGrants[candidate] = 0;
        }
        memberGrants[candidate]++;
        return candidate;
    }

    private int grantsThisYear(int member, int yearIndex) {
        return memberGrantYear[member] == yearIndex ? memberGrants[member] : 0;
    }

    private static int drawType(SplittableRandom r) {
        int x = r.nextInt(100);
        for (int t = 0; t < TYPE_WEIGHTS.length; t++) {
            x -= TYPE_WEIGHTS[t];
            if (x < 0) {
                return t;
            }
        }
        return TYPE_WEIGHTS.length - 1;
    }

    /** A grant from €300 to €2,000: mostly in steps of 50, else whole euros, sometimes with 50 cents. */
    private static int grantCents(SplittableRandom r) {
        int x = r.nextInt(10);
        if (x < 6) {
            return (300 + 50 * r.nextInt(35)) * 100;
        }
        if (x < 9) {
            return (300 + r.nextInt(1701)) * 100;
        }
        return (300 + r.nextInt(1700)) * 100 + 50;
    }

    private void emit(MonthBuffer b, int j, int width, long[] serial, Consumer<? super Delivery> sink) {
        int mi = b.member[j];
        long day = b.day[j];
        int s = offerSite(b.offer[j]);
        int yi = (int) (yearIndexOfDay(day));
        if (memberFirstDay[mi] == UNSET) {
            memberFirstDay[mi] = day;
        }
        memberYears[mi] |= 1L << yi;
        siteYearDeliveries[s * years + yi]++;
        LocalDate date = date(day);
        siteQuarterDeliveries[(s * years + yi) * 4 + (date.getMonthValue() - 1) / 3]++;
        int type = offers.get(b.offer[j]).type().ordinal();
        if (type == OfferType.MICRO_GRANT.ordinal()) {
            siteYearGrants[s * years + yi]++;
        } else if (type == OfferType.CONSULTING.ordinal()) {
            siteYearConsultingHalfHours[s * years + yi] += b.halfHours[j];
        }
        sink.accept(new Delivery(
                "D-" + pad(++serial[0], width),
                offers.get(b.offer[j]).id(),
                organisationIds[memberOrganisation[mi]],
                date,
                b.halfHours[j] == NO_VALUE ? null : halfHours[b.halfHours[j]],
                b.cents[j] == NO_VALUE ? null : amount(b.cents[j]),
                b.participants[j] == NO_VALUE ? null : b.participants[j]));
    }

    private int offerSite(int offer) {
        return offer / Vocabulary.OFFERS.size();
    }

    private BigDecimal amount(int cents) {
        int index = cents / 50;
        BigDecimal a = amounts[index];
        if (a == null) {
            a = cents % 100 == 0 ? BigDecimal.valueOf(cents / 100) : BigDecimal.valueOf(cents, 2);
            amounts[index] = a;
        }
        return a;
    }

    // ---------------------------------------------------------------- records after the sweep

    private List<Outcome> outcomes() {
        record Planned(long day, int site, int organisation, OutcomeType type, String note) {}
        List<Planned> planned = new ArrayList<>();
        SplittableRandom r = outcomeRandom;
        for (int mi = 0; mi < memberCount; mi++) {
            if (memberFirstDay[mi] == UNSET || r.nextDouble() >= 0.45) {
                continue;
            }
            long day = memberFirstDay[mi] + 20 + r.nextInt(520);
            for (int k = 0; k < 2 && day <= siteLast[memberSite[mi]]; k++) {
                OutcomeType type = OutcomeType.values()[weighted(OUTCOME_WEIGHTS, r)];
                String note = r.nextDouble() < 0.6 ? Vocabulary.outcomeNote(type) : null;
                planned.add(new Planned(day, memberSite[mi], memberOrganisation[mi], type, note));
                if (r.nextDouble() >= 0.2) {
                    break;
                }
                day += 30 + r.nextInt(400);
            }
        }
        planned.sort(Comparator.comparingLong(Planned::day)
                .thenComparingInt(Planned::site)
                .thenComparingInt(Planned::organisation)
                .thenComparing(Planned::type));
        int width = Math.max(4, Integer.toString(planned.size()).length());
        List<Outcome> result = new ArrayList<>(planned.size());
        for (Planned o : planned) {
            result.add(new Outcome(
                    "E-" + pad(result.size() + 1, width),
                    sites[o.site()].id(),
                    organisationIds[o.organisation()],
                    date(o.day()),
                    o.type(),
                    o.note()));
        }
        return result;
    }

    private List<Cooperation> cooperations() {
        record Planned(int site, LocalDate start, LocalDate end, PartnerType type, boolean formal, String partner) {}
        List<Planned> planned = new ArrayList<>();
        SplittableRandom r = cooperationRandom;
        int y = evalYear;
        for (int s = 0; s < siteCount; s++) {
            String city = sites[s].city();
            LocalDate start = sites[s].start();
            LocalDate last = date(siteLast[s]);
            LocalDate laStart = null;
            LocalDate laEnd = null;
            boolean laFormal = true;
            switch (s) {
                case DRESDEN, ISOLATED, CONCENTRATED -> laStart = start.plusDays(60 + r.nextInt(340));
                case CLOSED -> {
                    laStart = start.plusDays(120);
                    laFormal = false;
                }
                case BERLIN -> laStart = LocalDate.of(y, 3, 1);
                case MAGDEBURG -> laStart = LocalDate.of(y, 6, 15);
                case KOELN -> {
                    laStart = start.plusDays(90);
                    laEnd = LocalDate.of(y - 1, 6, 30);
                }
                case MUENCHEN -> {
                    laStart = LocalDate.of(firstYear + 2, 3, 1);
                    laEnd = LocalDate.of(firstYear + 4, 12, 31);
                }
                default ->
                    laStart = s >= Vocabulary.STORY_SITES.size() && s % 2 == 0
                            ? start.plusDays(60 + r.nextInt(340))
                            : null;
            }
            if (laStart != null) {
                if (laStart.isBefore(start)) {
                    laStart = start;
                }
                if (!laStart.isAfter(last) && (laEnd == null || !laEnd.isBefore(laStart))) {
                    planned.add(new Planned(
                            s,
                            laStart,
                            laEnd,
                            PartnerType.LOCAL_AUTHORITY,
                            laFormal,
                            Vocabulary.partner(PartnerType.LOCAL_AUTHORITY, city, r)));
                }
            }
            int others = 2 + r.nextInt(4);
            int span = (int) (siteLast[s] - siteStart[s] + 1);
            for (int k = 0; k < others; k++) {
                PartnerType type = k == 0 ? NON_LOCAL[s % NON_LOCAL.length] : NON_LOCAL[r.nextInt(NON_LOCAL.length)];
                LocalDate from = date(siteStart[s] + r.nextInt(span));
                double u = r.nextDouble();
                LocalDate to = u < 0.3
                        ? from.plusDays(180 + r.nextInt(1500))
                        : u < 0.45 ? asOf.plusDays(30 + r.nextInt(700)) : null;
                planned.add(new Planned(s, from, to, type, r.nextBoolean(), Vocabulary.partner(type, city, r)));
            }
        }
        planned.sort(Comparator.comparingInt(Planned::site)
                .thenComparing(Planned::start)
                .thenComparing(Planned::type));
        int width = Math.max(4, Integer.toString(planned.size()).length());
        List<Cooperation> result = new ArrayList<>(planned.size());
        for (Planned c : planned) {
            result.add(new Cooperation(
                    "C-" + pad(result.size() + 1, width),
                    sites[c.site()].id(),
                    c.partner(),
                    c.type(),
                    c.start(),
                    c.end(),
                    c.formal()));
        }
        return result;
    }

    private List<Exchange> exchanges() {
        record Planned(LocalDate date, ExchangeFormat format, int host, int[] sites, String topic) {}
        List<Planned> planned = new ArrayList<>();
        SplittableRandom r = exchangeRandom;
        for (int year = firstYear; year <= asOf.getYear(); year++) {
            LocalDate meeting = LocalDate.of(year, 11, 12);
            if (!meeting.isAfter(asOf)) {
                int[] present = present(meeting, year, year < evalYear - 1 ? 0.1 : 0.0, r);
                if (present.length >= 2) {
                    planned.add(new Planned(
                            meeting,
                            ExchangeFormat.NETWORK_MEETING,
                            present[r.nextInt(present.length)],
                            present,
                            "Jahrestreffen des Netzwerks: " + pick(Vocabulary.TOPICS, r)));
                }
            }
            LocalDate yearStart = LocalDate.of(year, 1, 1);
            LocalDate yearEnd = LocalDate.of(year, 12, 31).isAfter(asOf) ? asOf : LocalDate.of(year, 12, 31);
            int span = (int) (yearEnd.toEpochDay() - yearStart.toEpochDay() + 1);
            int activeSites = present(yearEnd, year, 0.0, r).length;
            int visits = Math.max(1, activeSites / 3);
            for (int v = 0; v < visits; v++) {
                LocalDate day = yearStart.plusDays(r.nextInt(span));
                int[] pair = group(day, year, 2, r);
                if (pair != null) {
                    planned.add(new Planned(
                            day,
                            ExchangeFormat.PEER_VISIT,
                            pair[0],
                            pair,
                            "Hospitation: " + pick(Vocabulary.TOPICS, r)));
                }
            }
            if (year > firstYear) {
                LocalDate day = yearStart.plusDays(r.nextInt(span));
                int[] group = group(day, year, 3 + r.nextInt(3), r);
                if (group != null) {
                    planned.add(new Planned(
                            day, ExchangeFormat.WORKSHOP, group[0], group, "Workshop: " + pick(Vocabulary.TOPICS, r)));
                }
            }
            if (year >= firstYear + 4) {
                LocalDate day = yearStart.plusDays(r.nextInt(span));
                int[] group = group(day, year, 3 + r.nextInt(4), r);
                if (group != null) {
                    planned.add(new Planned(
                            day, ExchangeFormat.ONLINE, -1, group, "Online-Austausch: " + pick(Vocabulary.TOPICS, r)));
                }
            }
        }
        planned.sort(Comparator.comparing(Planned::date).thenComparing(Planned::format));
        int width = Math.max(4, Integer.toString(planned.size()).length());
        List<Exchange> result = new ArrayList<>(planned.size());
        for (Planned x : planned) {
            int[] members = x.sites().clone();
            Arrays.sort(members);
            List<String> ids = new ArrayList<>(members.length);
            for (int s : members) {
                ids.add(sites[s].id());
            }
            result.add(new Exchange(
                    "X-" + pad(result.size() + 1, width),
                    x.date(),
                    x.format(),
                    x.host() < 0 ? null : sites[x.host()].id(),
                    ids,
                    x.topic()));
        }
        return result;
    }

    /** Whether a site stays away from every exchange of a year (the story). */
    private boolean staysAway(int s, int year) {
        return (s == ISOLATED && year == evalYear) || (s == MAINZ && year == evalYear - 1);
    }

    /** The sites active on {@code day} that take part, each absent with probability {@code absence}. */
    private int[] present(LocalDate day, int year, double absence, SplittableRandom r) {
        int[] result = new int[siteCount];
        int n = 0;
        for (int s = 0; s < siteCount; s++) {
            if (sites[s].isActiveOn(day, asOf) && !staysAway(s, year) && (absence == 0 || r.nextDouble() >= absence)) {
                result[n++] = s;
            }
        }
        return Arrays.copyOf(result, n);
    }

    /** {@code size} distinct sites active on {@code day} (host first), or null when none are found. */
    private int[] group(LocalDate day, int year, int size, SplittableRandom r) {
        int[] result = new int[size];
        int n = 0;
        for (int attempt = 0; attempt < 12 * size && n < size; attempt++) {
            int s = r.nextInt(siteCount);
            if (sites[s].isActiveOn(day, asOf) && !staysAway(s, year) && !contains(result, n, s)) {
                result[n++] = s;
            }
        }
        return n >= 2 ? Arrays.copyOf(result, n) : null;
    }

    private static boolean contains(int[] values, int n, int value) {
        for (int i = 0; i < n; i++) {
            if (values[i] == value) {
                return true;
            }
        }
        return false;
    }

    private List<Target> targets(List<Cooperation> cooperations) {
        long[] reach = new long[siteCount * years];
        for (int mi = 0; mi < memberCount; mi++) {
            long mask = memberYears[mi];
            while (mask != 0) {
                int yi = Long.numberOfTrailingZeros(mask);
                reach[memberSite[mi] * years + yi]++;
                mask &= mask - 1;
            }
        }
        SplittableRandom r = miscRandom;
        List<Target> result = new ArrayList<>();
        int y = evalYear;
        for (int s = 0; s < siteCount; s++) {
            String id = sites[s].id();
            if (s == CLOSED) {
                int last = firstYear + 3;
                addTarget(result, s, "reach.organisations", Period.year(last), near(actual(reach, s, last), r));
            }
            for (int year = y - 1; year <= y; year++) {
                double factor = s == HAMBURG ? 1.5 : 0.9 + 0.2 * r.nextDouble();
                addTarget(
                        result,
                        s,
                        "reach.organisations",
                        Period.year(year),
                        Math.max(1, Math.round(actual(reach, s, year) * factor)));
            }
            switch (s) {
                case DRESDEN -> {
                    addTarget(
                            result,
                            s,
                            "deliveries.count",
                            Period.quarter(y, 4),
                            Math.max(1, Math.round(quarter(s, y, 4) * 0.95)));
                    addTarget(
                            result,
                            s,
                            "cooperations.active",
                            Period.year(y),
                            Math.max(1, activeCooperations(cooperations, id, LocalDate.of(y, 12, 31))));
                }
                case ISOLATED ->
                    addTarget(
                            result,
                            s,
                            "cooperations.active",
                            Period.year(y),
                            Math.max(1, activeCooperations(cooperations, id, LocalDate.of(y, 12, 31))));
                case MAGDEBURG ->
                    addTarget(
                            result,
                            s,
                            "deliveries.count",
                            Period.quarter(y, 2),
                            Math.max(1, Math.round(quarter(s, y, 2) * 1.4)));
                case 1, KOELN, CONCENTRATED ->
                    addTarget(
                            result,
                            s,
                            "grants.count",
                            Period.year(y),
                            Math.max(1, Math.round(actual(siteYearGrants, s, y) * (0.9 + 0.15 * r.nextDouble()))));
                case BERLIN, MUENCHEN, MAINZ ->
                    addTarget(
                            result,
                            s,
                            "consulting.hours",
                            Period.year(y),
                            Math.max(
                                    1,
                                    Math.round(actual(siteYearConsultingHalfHours, s, y)
                                            / 2.0
                                            * (0.9 + 0.2 * r.nextDouble()))));
                default -> {
                    // no further targets
                }
            }
            if (s == DRESDEN || s == 1 || s == BERLIN) {
                addTarget(
                        result,
                        s,
                        "reach.organisations",
                        Period.year(y + 1),
                        Math.max(1, Math.round(actual(reach, s, y) * 1.05)));
            }
        }
        return result;
    }

    private static long near(long actual, SplittableRandom r) {
        return Math.max(1, Math.round(actual * (0.9 + 0.2 * r.nextDouble())));
    }

    private long actual(long[] perSiteYear, int s, int year) {
        int yi = year - firstYear;
        return yi < 0 || yi >= years ? 0 : perSiteYear[s * years + yi];
    }

    private long quarter(int s, int year, int quarter) {
        int yi = year - firstYear;
        return yi < 0 || yi >= years ? 0 : siteQuarterDeliveries[(s * years + yi) * 4 + quarter - 1];
    }

    private long activeCooperations(List<Cooperation> cooperations, String siteId, LocalDate day) {
        int s = siteIndex(siteId);
        LocalDate siteEnd = sites[s].end();
        return cooperations.stream()
                .filter(c -> c.siteId().equals(siteId)
                        && !c.start().isAfter(day)
                        && (c.end() == null || !c.end().isBefore(day))
                        && (siteEnd == null || !siteEnd.isBefore(day)))
                .count();
    }

    private int siteIndex(String siteId) {
        for (int s = 0; s < siteCount; s++) {
            if (sites[s].id().equals(siteId)) {
                return s;
            }
        }
        throw new IllegalStateException("no site " + siteId);
    }

    private void addTarget(List<Target> targets, int s, String indicator, Period period, long value) {
        Site site = sites[s];
        LocalDate end = site.end() == null ? LocalDate.MAX : site.end();
        if (period.overlaps(site.start(), end) && period.first().getYear() >= firstYear) {
            targets.add(new Target(site.id(), indicator, period.code(), BigDecimal.valueOf(value)));
        }
    }

    private List<Budget> budgets() {
        List<Budget> result = new ArrayList<>();
        SplittableRandom r = miscRandom;
        for (int s = 0; s < siteCount; s++) {
            int base = 70_000 + 500 * r.nextInt(131);
            int from = date(siteStart[s]).getYear();
            int to = date(siteLast[s]).getYear();
            for (int year = from; year <= to; year++) {
                if (s == 1 && year == firstYear) {
                    continue; // the story: one budget is missing (NO_DATA)
                }
                long first = Math.max(LocalDate.of(year, 1, 1).toEpochDay(), siteStart[s]);
                long last = Math.min(LocalDate.of(year, 12, 31).toEpochDay(), siteLast[s]);
                double share = Math.max(
                        0.3, (last - first + 1) / (double) Year.of(year).length());
                double grown = base * (1 + 0.015 * (year - from)) * share;
                long amount = Math.min(150_000, Math.max(1_000, Math.round(grown / 100) * 100));
                result.add(new Budget(sites[s].id(), year, BigDecimal.valueOf(amount)));
            }
        }
        return result;
    }

    private List<Measurement> measurements() {
        List<Measurement> result = new ArrayList<>();
        SplittableRandom r = miscRandom;
        for (int s = 0; s < siteCount; s++) {
            boolean cafe = s == DRESDEN || s == BERLIN || s == CONCENTRATED;
            for (int m = siteFirstMonth[s]; m <= siteLastMonth[s]; m++) {
                LocalDate first = monthFirst(m);
                LocalDate day = date(Math.min(first.plusMonths(1).toEpochDay() - 1, siteLast[s]));
                result.add(new Measurement(
                        sites[s].id(), "rooms.available-hours", day, BigDecimal.valueOf(120 + r.nextInt(81)), "h"));
                if (cafe) {
                    int visits = 15 + (m - siteFirstMonth[s]) / 4 + r.nextInt(30);
                    result.add(new Measurement(
                            sites[s].id(), "language-cafe.visits", day, BigDecimal.valueOf(visits), "Besuche"));
                }
            }
        }
        return result;
    }

    private List<SupportAction> supportActions() {
        record Planned(int site, LocalDate date, String measure, String rule, String note) {}
        int y = evalYear;
        List<Planned> plan = new ArrayList<>(List.of(
                new Planned(
                        BERLIN,
                        LocalDate.of(y - 1, 5, 14),
                        "local-authority-dialogue",
                        "NO_LOCAL_AUTHORITY_PARTNER",
                        "Gespräch mit dem Integrationsbüro vorbereitet"),
                new Planned(
                        HAMBURG,
                        LocalDate.of(y - 1, 6, 3),
                        "local-authority-dialogue",
                        "NO_LOCAL_AUTHORITY_PARTNER",
                        null),
                new Planned(MUENCHEN, LocalDate.of(y - 1, 3, 12), "coaching", null, "Einzelcoaching zur Jahresplanung"),
                new Planned(
                        MAGDEBURG,
                        LocalDate.of(y - 1, 10, 8),
                        "local-authority-dialogue",
                        "NO_LOCAL_AUTHORITY_PARTNER",
                        "Vorstellung der Ergebnisse im Integrationsausschuss"),
                new Planned(
                        LOW_RETENTION,
                        LocalDate.of(y - 1, 9, 17),
                        "local-authority-dialogue",
                        "NO_LOCAL_AUTHORITY_PARTNER",
                        null),
                new Planned(CONCENTRATED, LocalDate.of(y - 1, 11, 20), "coaching", "GRANT_CONCENTRATION", null),
                new Planned(
                        KOELN,
                        LocalDate.of(y, 1, 15),
                        "peer-visit",
                        "NO_LOCAL_AUTHORITY_PARTNER",
                        "Besuch in Dresden: Zusammenarbeit mit der Stadt"),
                new Planned(
                        MAINZ,
                        LocalDate.of(y, 1, 28),
                        "network-invitation",
                        "ISOLATED_SITE",
                        "Einladung zum Jahrestreffen"),
                new Planned(
                        DRESDEN,
                        LocalDate.of(y, 2, 11),
                        "outreach-mapping",
                        "LOW_NEW_REACH",
                        "Kartierung der noch nicht erreichten Vereine"),
                new Planned(HAMBURG, LocalDate.of(y, 2, 20), "target-review", "TARGET_MISSED", null),
                new Planned(
                        CONCENTRATED,
                        LocalDate.of(y, 3, 5),
                        "grant-call-widening",
                        "GRANT_CONCENTRATION",
                        "Deckel pro Organisation besprochen"),
                new Planned(
                        1, LocalDate.of(y, 4, 9), "professionalisation-track", null, "Begleitung zur Gemeinnützigkeit"),
                new Planned(LOW_RETENTION, LocalDate.of(y, 10, 7), "follow-up-contacts", "LOW_RETENTION", null),
                new Planned(LOW_RETENTION, LocalDate.of(y, 11, 4), "offer-portfolio-review", "LOW_RETENTION", null)));
        plan.sort(Comparator.comparing(Planned::date).thenComparingInt(Planned::site));
        List<SupportAction> result = new ArrayList<>();
        for (Planned a : plan) {
            if (a.site() < siteCount && sites[a.site()].isActiveOn(a.date(), asOf)) {
                result.add(new SupportAction(
                        "A-" + pad(result.size() + 1, 4),
                        sites[a.site()].id(),
                        a.date(),
                        a.measure(),
                        a.rule(),
                        a.note()));
            }
        }
        return result;
    }

    // ---------------------------------------------------------------- helpers

    private static int weighted(int[] weights, SplittableRandom r) {
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int x = r.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            x -= weights[i];
            if (x < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    private int monthIndex(LocalDate day) {
        return (day.getYear() - firstYear) * 12 + day.getMonthValue() - 1;
    }

    private LocalDate monthFirst(int m) {
        return LocalDate.of(firstYear + m / 12, m % 12 + 1, 1);
    }

    private int yearOfMonth(int m) {
        return firstYear + m / 12;
    }

    private long yearIndexOfDay(long day) {
        return date(day).getYear() - firstYear;
    }

    private LocalDate date(long epochDay) {
        int i = (int) (epochDay - firstDay);
        if (i < 0 || i >= days.length) {
            return LocalDate.ofEpochDay(epochDay);
        }
        LocalDate d = days[i];
        if (d == null) {
            d = LocalDate.ofEpochDay(epochDay);
            days[i] = d;
        }
        return d;
    }

    /** {@code value} in decimal, zero-padded on the left to {@code width} digits. */
    static String pad(long value, int width) {
        String digits = Long.toString(value);
        if (digits.length() >= width) {
            return digits;
        }
        char[] chars = new char[width];
        int zeros = width - digits.length();
        Arrays.fill(chars, 0, zeros, '0');
        digits.getChars(0, digits.length(), chars, zeros);
        return new String(chars);
    }

    /** A growable list of ints; also a queue with {@link #head}. */
    private static final class IntList {
        int[] items = new int[8];
        int size;
        int head;

        void add(int value) {
            if (size == items.length) {
                items = Arrays.copyOf(items, size * 2);
            }
            items[size++] = value;
        }
    }

    /** The slots of one (site, month) while they are filled. */
    private static final class Cell {
        int[] type = new int[0];
        int[] member = new int[0];
        long[] day = new long[0];
        int[] offer = new int[0];
        int[] halfHours = new int[0];
        int[] cents = new int[0];
        int[] participants = new int[0];
        int[] events = new int[0];
        int[] trainings = new int[0];

        void ensure(int n) {
            if (type.length < n) {
                int size = Math.max(n, type.length * 2);
                events = new int[size];
                trainings = new int[size];
                type = new int[size];
                member = new int[size];
                day = new long[size];
                offer = new int[size];
                halfHours = new int[size];
                cents = new int[size];
                participants = new int[size];
            }
        }
    }

    /** Receives the slots of a month in emission order. */
    private interface SlotSink {
        void accept(MonthBuffer buffer, int index);
    }

    /** The deliveries of one month over all sites; emitted by day (a stable counting sort). */
    private static final class MonthBuffer {
        int size;
        int[] member = new int[64];
        long[] day = new long[64];
        int[] offer = new int[64];
        int[] halfHours = new int[64];
        int[] cents = new int[64];
        int[] participants = new int[64];
        private int[] order = new int[64];
        private final int[] dayStart = new int[33];

        void clear() {
            size = 0;
        }

        void add(Cell c, int j) {
            if (size == member.length) {
                int n = size * 2;
                member = Arrays.copyOf(member, n);
                day = Arrays.copyOf(day, n);
                offer = Arrays.copyOf(offer, n);
                halfHours = Arrays.copyOf(halfHours, n);
                cents = Arrays.copyOf(cents, n);
                participants = Arrays.copyOf(participants, n);
            }
            member[size] = c.member[j];
            day[size] = c.day[j];
            offer[size] = c.offer[j];
            halfHours[size] = c.halfHours[j];
            cents[size] = c.cents[j];
            participants[size] = c.participants[j];
            size++;
        }

        void emit(long monthStart, SlotSink sink) {
            Arrays.fill(dayStart, 0);
            for (int i = 0; i < size; i++) {
                dayStart[(int) (day[i] - monthStart) + 1]++;
            }
            for (int d = 1; d < dayStart.length; d++) {
                dayStart[d] += dayStart[d - 1];
            }
            if (order.length < size) {
                order = new int[Math.max(size, order.length * 2)];
            }
            for (int i = 0; i < size; i++) {
                order[dayStart[(int) (day[i] - monthStart)]++] = i;
            }
            for (int i = 0; i < size; i++) {
                sink.accept(this, order[i]);
            }
        }
    }
}
