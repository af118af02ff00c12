package org.hor.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.hor.core.model.Dataset;
import org.hor.core.model.Delivery;
import org.hor.core.model.Offer;
import org.hor.core.model.OfferType;
import org.hor.core.model.Organisation;
import org.hor.core.model.Period;
import org.hor.core.model.PeriodType;
import org.hor.core.model.Site;
import org.hor.core.spi.Scope;

/**
 * The DuckDB side of the race: the same dataset in DuckDB tables (ids dictionary-encoded exactly as
 * the engine does, loaded with the appender; not part of the race), and two SQL formulations of the
 * delivery-based indicators for every (scope, period) the engine evaluates: the straightforward one
 * (one query per indicator family straight over the deliveries) and the best one found (the
 * deliveries reduced once to one row per site, organisation and quarter with a bitmask of offer
 * types; years, coarser scopes, new and retained organisations derived from that with joins and
 * window functions). Both return the raw integers of {@link Metric} per (scope, period).
 */
final class DuckRace implements AutoCloseable {

    /** The raw figures SQL returns per (scope, period); the indicators are derived from them in Java. */
    enum Metric {
        REACH,
        REACH_T0,
        REACH_T1,
        REACH_T2,
        REACH_T3,
        NEW,
        NEW_T0,
        NEW_T1,
        NEW_T2,
        NEW_T3,
        MIGRANT,
        DELIVERIES,
        D0,
        D1,
        D2,
        D3,
        D4,
        D5,
        D6,
        CONSULTING_MICROS,
        TRAINING_PARTICIPANTS,
        ROOM_MICROS,
        GRANTS,
        GRANT_CENTS,
        FIRST_GRANTS,
        TOP_CENTS,
        EVENTS,
        EVENT_PARTICIPANTS,
        RETAINED,
        PREV_REACH,
        PREV_ACTIVE,
        MULTI;

        static final int COUNT = values().length;
    }

    private static final int CONSULTING = OfferType.CONSULTING.ordinal();
    private static final int TRAINING = OfferType.TRAINING.ordinal();
    private static final int ROOM = OfferType.ROOM.ordinal();
    private static final int GRANT = OfferType.MICRO_GRANT.ordinal();
    private static final int EVENT = OfferType.NETWORKING_EVENT.ordinal();

    private final Connection connection;
    /** (scope number, period type 0 year / 1 quarter, period key) of the wanted pairs, in engine order. */
    private final List<long[]> wanted = new ArrayList<>();

    DuckRace(String memoryLimit) throws SQLException {
        connection = DriverManager.getConnection("jdbc:duckdb:");
        try (Statement st = connection.createStatement()) {
            st.execute("SET threads = 2");
            st.execute("SET memory_limit = '" + memoryLimit + "'");
            st.execute("SET preserve_insertion_order = false");
        }
    }

    static long key(int scope, int type, int periodKey) {
        return ((long) scope << 33) | ((long) type << 32) | (periodKey & 0xffffffffL);
    }

    static int periodKey(Period p) {
        return p.type() == PeriodType.YEAR
                ? p.first().getYear()
                : p.first().getYear() * 4 + (p.first().getMonthValue() - 1) / 3;
    }

    /** Loads the dataset and the wanted (scope, period) pairs; returns the seconds it took. */
    double load(Dataset d, List<Scope> scopes, List<Map.Entry<Scope, Period>> pairs) throws SQLException {
        long t0 = System.nanoTime();
        List<Site> sites = new ArrayList<>(d.sites());
        sites.sort((a, b) -> a.id().compareTo(b.id()));
        Map<String, Integer> siteNo = new HashMap<>();
        for (int s = 0; s < sites.size(); s++) {
            siteNo.put(sites.get(s).id(), s);
        }
        List<Organisation> orgs = new ArrayList<>(d.organisations());
        orgs.sort((a, b) -> a.id().compareTo(b.id()));
        Map<String, Integer> orgNo = new HashMap<>();
        for (int o = 0; o < orgs.size(); o++) {
            orgNo.put(orgs.get(o).id(), o);
        }
        Map<String, Integer> offerNo = new HashMap<>();
        int[] offerSite = new int[d.offers().size()];
        int[] offerType = new int[d.offers().size()];
        for (int f = 0; f < d.offers().size(); f++) {
            Offer offer = d.offers().get(f);
            offerNo.put(offer.id(), f);
            offerSite[f] = siteNo.get(offer.siteId());
            offerType[f] = offer.type().ordinal();
        }
        List<Delivery> deliveries = d.deliveries();
        int[] grantRank = new int[deliveries.size()];
        Integer[] grants = java.util.stream.IntStream.range(0, deliveries.size())
                .filter(r -> offerType[offerNo.get(deliveries.get(r).offerId())] == GRANT)
                .boxed()
                .toArray(Integer[]::new);
        Arrays.sort(
                grants,
                (a, b) -> deliveries.get(a).id().compareTo(deliveries.get(b).id()));
        for (int i = 0; i < grants.length; i++) {
            grantRank[grants[i]] = i;
        }
        try (Statement st = connection.createStatement()) {
            st.execute("CREATE TABLE org (org INTEGER, otype TINYINT, migrant BOOLEAN)");
            st.execute("CREATE TABLE site (site INTEGER, first_day DATE, last_active DATE)");
            st.execute("CREATE TABLE scope_site (scope INTEGER, site INTEGER)");
            st.execute("CREATE TABLE wanted (scope INTEGER, pt INTEGER, pk INTEGER, prev_first DATE, prev_last DATE)");
            st.execute("CREATE TABLE stage (site INTEGER, org INTEGER, offer INTEGER, type TINYINT, day INTEGER, "
                    + "qty BIGINT, aux INTEGER, grank INTEGER)");
        }
        DuckDBConnection duck = connection.unwrap(DuckDBConnection.class);
        try (DuckDBAppender a = duck.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "org")) {
            for (int o = 0; o < orgs.size(); o++) {
                a.beginRow()
                        .append(o)
                        .append((byte) orgs.get(o).type().ordinal())
                        .append(orgs.get(o).isMigrantLed())
                        .endRow();
            }
        }
        try (DuckDBAppender a = duck.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "stage")) {
            for (int r = 0; r < deliveries.size(); r++) {
                Delivery x = deliveries.get(r);
                int f = offerNo.get(x.offerId());
                boolean grant = offerType[f] == GRANT;
                long qty = grant
                        ? x.amount().movePointRight(2).longValueExact()
                        : x.hours() == null ? 0 : x.hours().movePointRight(6).longValueExact();
                int aux = x.participants() == null ? 0 : x.participants();
                a.beginRow()
                        .append(offerSite[f])
                        .append((int) orgNo.get(x.organisationId()))
                        .append(f)
                        .append((byte) offerType[f])
                        .append((int) x.date().toEpochDay())
                        .append(qty)
                        .append(aux)
                        .append(grant ? grantRank[r] : -1)
                        .endRow();
            }
        }
        try (Statement st = connection.createStatement()) {
            StringBuilder sql = new StringBuilder("INSERT INTO site VALUES ");
            for (int s = 0; s < sites.size(); s++) {
                Site site = sites.get(s);
                sql.append(s == 0 ? "" : ", ")
                        .append("(")
                        .append(s)
                        .append(", DATE '")
                        .append(site.start())
                        .append("', DATE '")
                        .append(site.lastActiveDay(d.asOf()))
                        .append("')");
            }
            st.execute(sql.toString());
            st.execute(
                    "CREATE TABLE d AS SELECT site, org, offer, type, DATE '1970-01-01' + day AS dt, qty, aux, grank "
                            + "FROM stage");
            st.execute("DROP TABLE stage");
        }
        try (DuckDBAppender a = duck.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "scope_site")) {
            for (int i = 0; i < scopes.size(); i++) {
                Scope scope = scopes.get(i);
                for (int s = 0; s < sites.size(); s++) {
                    if (belongs(sites.get(s), scope)) {
                        a.beginRow().append(i).append(s).endRow();
                    }
                }
            }
        }
        Map<Scope, Integer> scopeNo = new HashMap<>();
        for (int i = 0; i < scopes.size(); i++) {
            scopeNo.put(scopes.get(i), i);
        }
        try (Statement st = connection.createStatement()) {
            StringBuilder sql = new StringBuilder();
            for (Map.Entry<Scope, Period> e : pairs) {
                int scope = scopeNo.get(e.getKey());
                Period p = e.getValue();
                int type = p.type() == PeriodType.YEAR ? 0 : 1;
                wanted.add(new long[] {scope, type, periodKey(p)});
                Period prev = p.previous();
                sql.append(sql.length() == 0 ? "INSERT INTO wanted VALUES " : ", ")
                        .append('(')
                        .append(scope)
                        .append(", ")
                        .append(type)
                        .append(", ")
                        .append(periodKey(p))
                        .append(", DATE '")
                        .append(prev.first())
                        .append("', DATE '")
                        .append(prev.last())
                        .append("')");
                if (sql.length() > 1_000_000) {
                    st.execute(sql.toString());
                    sql.setLength(0);
                }
            }
            if (sql.length() > 0) {
                st.execute(sql.toString());
            }
        }
        return (System.nanoTime() - t0) / 1e9;
    }

    private static boolean belongs(Site site, Scope scope) {
        return switch (scope.kind()) {
            case SITE -> site.id().equals(scope.value());
            case CARRIER_TYPE ->
                site.carrierType() != null && site.carrierType().name().equals(scope.value());
            case COVERAGE -> site.coverage() != null && site.coverage().name().equals(scope.value());
            case STATE -> scope.value().equals(site.state());
            case PROGRAMME -> true;
        };
    }

    // ------------------------------------------------------------------ the SQL

    /** The period key of a date column in SQL, for years (0) and quarters (1). */
    private static String pk(String dt, int type) {
        return type == 0 ? "year(" + dt + ")" : "(year(" + dt + ") * 4 + quarter(" + dt + ") - 1)";
    }

    /** The best SQL: one reduction of the deliveries, everything else from the reduced rows. */
    Map<Long, long[]> best() throws SQLException {
        Map<Long, long[]> out = new HashMap<>();
        try (Statement st = connection.createStatement()) {
            st.execute("DROP TABLE IF EXISTS soq; DROP TABLE IF EXISTS sop; DROP TABLE IF EXISTS sfirst; "
                    + "DROP TABLE IF EXISTS ev");
            // 1. the one scan: one row per (site, organisation, quarter)
            st.execute("CREATE TEMP TABLE soq AS SELECT site, org, " + pk("dt", 1) + " AS qk, "
                    + "bit_or(1 << type)::INTEGER AS mask, count(*) AS n, "
                    + typeCounts()
                    + "sum(qty) FILTER (WHERE type = " + CONSULTING + ") AS ch, "
                    + "sum(aux) FILTER (WHERE type = " + TRAINING + ") AS tp, "
                    + "sum(qty) FILTER (WHERE type = " + ROOM + ") AS rh, "
                    + "count(*) FILTER (WHERE type = " + GRANT + ") AS gn, "
                    + "sum(qty) FILTER (WHERE type = " + GRANT + ") AS gc, "
                    + "sum(aux) FILTER (WHERE type = " + EVENT + ") AS ep, "
                    + "min(dt) AS fd, "
                    + "min((dt - DATE '1970-01-01')::BIGINT * 4294967296 + grank) FILTER (WHERE type = " + GRANT
                    + ") AS fg FROM d GROUP BY ALL");
            // events: distinct (offer, day) pairs; an offer belongs to one site, a day to one quarter
            st.execute("CREATE TEMP TABLE ev AS SELECT site, " + pk("dt", 1) + " AS qk, count(*) AS ev FROM "
                    + "(SELECT DISTINCT site, offer, dt FROM d WHERE type = " + EVENT + ") GROUP BY ALL");
            // 2. one row per (scope, organisation, period), quarters and years
            st.execute("CREATE TEMP TABLE sop AS SELECT ss.scope, s.org, 1 AS pt, s.qk AS pk, bit_or(s.mask) AS mask, "
                    + "sum(s.gc) AS gc FROM soq s JOIN scope_site ss USING (site) GROUP BY ALL "
                    + "UNION ALL SELECT ss.scope, s.org, 0 AS pt, s.qk // 4 AS pk, bit_or(s.mask) AS mask, "
                    + "sum(s.gc) AS gc FROM soq s JOIN scope_site ss USING (site) GROUP BY ALL");
            // 3. earliest delivery and first grant of each organisation in each scope
            st.execute("CREATE TEMP TABLE sfirst AS SELECT ss.scope, s.org, min(s.fd) AS fd, min(s.fg) AS fg "
                    + "FROM soq s JOIN scope_site ss USING (site) GROUP BY ALL");
            String orgs = "SELECT scope, pt, pk, count(*) AS reach, " + byOrgType("")
                    + "count(*) FILTER (WHERE o.migrant) AS migrant, "
                    + "count(*) FILTER (WHERE bit_count(mask) >= 2) AS multi, max(gc) AS top, "
                    + "count(*) FILTER (WHERE prev_pk = pk - 1) AS retained "
                    + "FROM (SELECT *, lag(pk) OVER (PARTITION BY scope, pt, org ORDER BY pk) AS prev_pk FROM sop) "
                    + "JOIN org o USING (org) GROUP BY ALL";
            String sums = "SELECT ss.scope, t.pt, CASE WHEN t.pt = 0 THEN s.qk // 4 ELSE s.qk END AS pk, "
                    + "sum(n) AS n, " + sumTypes() + "sum(ch) AS ch, sum(tp) AS tp, sum(rh) AS rh, sum(gn) AS gn, "
                    + "sum(gc) AS gc, sum(ep) AS ep FROM soq s JOIN scope_site ss USING (site) "
                    + "CROSS JOIN (VALUES (0), (1)) t(pt) GROUP BY ALL";
            String events = "SELECT ss.scope, t.pt, CASE WHEN t.pt = 0 THEN e.qk // 4 ELSE e.qk END AS pk, "
                    + "sum(ev) AS ev FROM ev e JOIN scope_site ss USING (site) CROSS JOIN (VALUES (0), (1)) t(pt) "
                    + "GROUP BY ALL";
            String fresh = "SELECT scope, t.pt, CASE WHEN t.pt = 0 THEN " + pk("fd", 0) + " ELSE " + pk("fd", 1)
                    + " END AS pk, count(*) AS nw, " + byOrgType("nw_") + "0 AS unused "
                    + "FROM sfirst JOIN org o USING (org) CROSS JOIN (VALUES (0), (1)) t(pt) GROUP BY ALL";
            String firstGrants = "SELECT scope, t.pt, CASE WHEN t.pt = 0 THEN " + pk("g", 0) + " ELSE " + pk("g", 1)
                    + " END AS pk, count(*) AS fgn FROM (SELECT scope, DATE '1970-01-01' + (fg // 4294967296)::INTEGER "
                    + "AS g FROM sfirst WHERE fg IS NOT NULL) CROSS JOIN (VALUES (0), (1)) t(pt) GROUP BY ALL";
            collect(st, orgs, sums, events, fresh, firstGrants, out);
        }
        return out;
    }

    /** The straightforward SQL: one query per indicator family, straight over deliveries ⋈ scopes. */
    Map<Long, long[]> naive() throws SQLException {
        Map<Long, long[]> out = new HashMap<>();
        String j = "d JOIN scope_site ss USING (site)";
        StringBuilder orgs = new StringBuilder();
        StringBuilder sums = new StringBuilder();
        StringBuilder events = new StringBuilder();
        StringBuilder fresh = new StringBuilder();
        StringBuilder firstGrants = new StringBuilder();
        for (int t = 0; t < 2; t++) {
            String u = t == 0 ? "" : " UNION ALL ";
            String p = pk("dt", t);
            orgs.append(u)
                    .append("SELECT a.scope, ")
                    .append(t)
                    .append(" AS pt, a.pk, a.reach, a.r0, a.r1, a.r2, a.r3, "
                            + "a.migrant, m.multi, g.top, r.retained FROM (SELECT ss.scope, ")
                    .append(p)
                    .append(" AS pk, " + "count(DISTINCT d.org) AS reach, ")
                    .append(distinctByOrgType())
                    .append("count(DISTINCT d.org) FILTER (WHERE o.migrant) AS migrant FROM ")
                    .append(j)
                    .append(
                            " JOIN org o USING (org) GROUP BY ALL) a "
                                    + "LEFT JOIN (SELECT scope, pk, count(*) FILTER (WHERE nt >= 2) AS multi FROM (SELECT ss.scope, ")
                    .append(p)
                    .append(" AS pk, d.org, count(DISTINCT d.type) AS nt FROM ")
                    .append(j)
                    .append(" GROUP BY ALL) GROUP BY ALL) m USING (scope, pk) "
                            + "LEFT JOIN (SELECT scope, pk, max(s) AS top FROM (SELECT ss.scope, ")
                    .append(p)
                    .append(" AS pk, d.org, sum(qty) AS s FROM ")
                    .append(j)
                    .append(" WHERE type = ")
                    .append(GRANT)
                    .append(" GROUP BY ALL) GROUP BY ALL) g USING (scope, pk) "
                            + "LEFT JOIN (SELECT x.scope, x.pk, count(*) AS retained FROM (SELECT DISTINCT ss.scope, ")
                    .append(p)
                    .append(" AS pk, d.org FROM ")
                    .append(j)
                    .append(") x JOIN (SELECT DISTINCT ss.scope, ")
                    .append(p)
                    .append(" AS pk, d.org FROM ")
                    .append(j)
                    .append(") y ON x.scope = y.scope AND x.org = y.org AND y.pk = x.pk - 1 GROUP BY ALL) r "
                            + "USING (scope, pk)");
            sums.append(u)
                    .append("SELECT ss.scope, ")
                    .append(t)
                    .append(" AS pt, ")
                    .append(p)
                    .append(" AS pk, count(*) AS n, ")
                    .append(typeCounts())
                    .append("sum(qty) FILTER (WHERE type = " + CONSULTING + ") AS ch, ")
                    .append("sum(aux) FILTER (WHERE type = " + TRAINING + ") AS tp, ")
                    .append("sum(qty) FILTER (WHERE type = " + ROOM + ") AS rh, ")
                    .append("count(*) FILTER (WHERE type = " + GRANT + ") AS gn, ")
                    .append("sum(qty) FILTER (WHERE type = " + GRANT + ") AS gc, ")
                    .append("sum(aux) FILTER (WHERE type = " + EVENT + ") AS ep FROM ")
                    .append(j)
                    .append(" GROUP BY ALL");
            events.append(u)
                    .append("SELECT ss.scope, ")
                    .append(t)
                    .append(" AS pt, ")
                    .append(p)
                    .append(" AS pk, count(DISTINCT (offer, dt)) AS ev FROM ")
                    .append(j)
                    .append(" WHERE type = ")
                    .append(EVENT)
                    .append(" GROUP BY ALL");
            fresh.append(u)
                    .append("SELECT scope, ")
                    .append(t)
                    .append(" AS pt, ")
                    .append(pk("fd", t))
                    .append(" AS pk, count(*) AS nw, ")
                    .append(byOrgType("nw_"))
                    .append("0 AS unused FROM " + "(SELECT ss.scope, d.org, min(dt) AS fd FROM ")
                    .append(j)
                    .append(" GROUP BY ALL) JOIN org o USING (org) GROUP BY ALL");
            firstGrants
                    .append(u)
                    .append("SELECT scope, ")
                    .append(t)
                    .append(" AS pt, ")
                    .append(pk("g", t))
                    .append(" AS pk, count(*) AS fgn FROM (SELECT ss.scope, d.org, min(dt) AS g FROM ")
                    .append(j)
                    .append(" WHERE type = ")
                    .append(GRANT)
                    .append(" GROUP BY ALL) GROUP BY ALL");
        }
        try (Statement st = connection.createStatement()) {
            collect(
                    st,
                    orgs.toString(),
                    sums.toString(),
                    events.toString(),
                    fresh.toString(),
                    firstGrants.toString(),
                    out);
        }
        return out;
    }

    private static String typeCounts() {
        StringBuilder b = new StringBuilder();
        for (int t = 0; t < 7; t++) {
            b.append("count(*) FILTER (WHERE type = ")
                    .append(t)
                    .append(") AS n")
                    .append(t)
                    .append(", ");
        }
        return b.toString();
    }

    private static String sumTypes() {
        StringBuilder b = new StringBuilder();
        for (int t = 0; t < 7; t++) {
            b.append("sum(n").append(t).append(") AS n").append(t).append(", ");
        }
        return b.toString();
    }

    private static String byOrgType(String prefix) {
        StringBuilder b = new StringBuilder();
        for (int t = 0; t < 4; t++) {
            b.append("count(*) FILTER (WHERE o.otype = ")
                    .append(t)
                    .append(") AS ")
                    .append(prefix)
                    .append('r')
                    .append(t)
                    .append(", ");
        }
        return b.toString();
    }

    private static String distinctByOrgType() {
        StringBuilder b = new StringBuilder();
        for (int t = 0; t < 4; t++) {
            b.append("count(DISTINCT d.org) FILTER (WHERE o.otype = ")
                    .append(t)
                    .append(") AS r")
                    .append(t)
                    .append(", ");
        }
        return b.toString();
    }

    /**
     * Runs the five result queries joined onto the wanted pairs (so both formulations answer for the
     * same pairs, zeros where a pair has no rows) and adds the previous period's reach and activity.
     */
    private void collect(
            Statement st,
            String orgs,
            String sums,
            String events,
            String fresh,
            String firstGrants,
            Map<Long, long[]> out)
            throws SQLException {
        String sql = "WITH o AS (" + orgs + "), s AS (" + sums + "), e AS (" + events + "), f AS (" + fresh
                + "), g AS (" + firstGrants + ") "
                + "SELECT w.scope, w.pt, w.pk, "
                + "coalesce(o.reach, 0), coalesce(o.r0, 0), coalesce(o.r1, 0), coalesce(o.r2, 0), coalesce(o.r3, 0), "
                + "coalesce(f.nw, 0), coalesce(f.nw_r0, 0), coalesce(f.nw_r1, 0), coalesce(f.nw_r2, 0), "
                + "coalesce(f.nw_r3, 0), coalesce(o.migrant, 0), coalesce(s.n, 0), "
                + "coalesce(s.n0, 0), coalesce(s.n1, 0), coalesce(s.n2, 0), coalesce(s.n3, 0), coalesce(s.n4, 0), "
                + "coalesce(s.n5, 0), coalesce(s.n6, 0), coalesce(s.ch, 0), coalesce(s.tp, 0), coalesce(s.rh, 0), "
                + "coalesce(s.gn, 0), coalesce(s.gc, 0), coalesce(g.fgn, 0), coalesce(o.top, 0), coalesce(e.ev, 0), "
                + "coalesce(s.ep, 0), coalesce(o.retained, 0), coalesce(po.reach, 0), "
                + "(SELECT count(*) FROM scope_site x JOIN site USING (site) WHERE x.scope = w.scope "
                + "AND site.first_day <= w.prev_last AND site.last_active >= w.prev_first), coalesce(o.multi, 0) "
                + "FROM wanted w LEFT JOIN o USING (scope, pt, pk) LEFT JOIN s USING (scope, pt, pk) "
                + "LEFT JOIN e USING (scope, pt, pk) LEFT JOIN f USING (scope, pt, pk) LEFT JOIN g USING (scope, pt, pk) "
                + "LEFT JOIN o po ON po.scope = w.scope AND po.pt = w.pt AND po.pk = w.pk - 1";
        try (ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                long[] m = new long[Metric.COUNT];
                for (int i = 0; i < Metric.COUNT; i++) {
                    m[i] = rs.getLong(4 + i);
                }
                out.put(key(rs.getInt(1), rs.getInt(2), rs.getInt(3)), m);
            }
        }
    }

    List<long[]> wanted() {
        return wanted;
    }

    static int scopeOf(long key) {
        return (int) (key >>> 33);
    }

    static LocalDate epoch(int day) {
        return LocalDate.ofEpochDay(day);
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
