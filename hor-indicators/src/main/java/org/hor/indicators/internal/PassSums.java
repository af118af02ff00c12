package org.hor.indicators.internal;

import java.math.BigDecimal;
import org.hor.core.model.OfferType;

/**
 * The hours and grant sums of {@link Pass}es: kept in longs (hours in millionths, cents) while they
 * fit, so that a pass and a merge add primitives, and as exact decimals beyond.
 */
final class PassSums {
    private static final int CONSULTING = OfferType.CONSULTING.ordinal();
    private static final int ROOM = OfferType.ROOM.ordinal();
    private static final int GRANT = OfferType.MICRO_GRANT.ordinal();
    /** The offer types whose quantities a pass sums: hours of consulting and rooms, cents of grants. */
    private static final int[] SUMMED = {CONSULTING, ROOM, GRANT};

    private PassSums() {}

    /**
     * Sets the hours and grant sums of a pass just read from the int-sized quantities summed per
     * type and the larger ones summed apart ({@code large}, null when there were none).
     */
    static void set(Pass p, long[] quantity, ExactSum[] large) {
        if (large != null) {
            boolean fit = true;
            for (int t : SUMMED) {
                if (large[t] != null) {
                    large[t].add(quantity[t]);
                    fit &= large[t].fitsLong();
                }
            }
            if (!fit) {
                p.setSums(
                        decimal(quantity, large, CONSULTING, 6),
                        decimal(quantity, large, ROOM, 6),
                        decimal(quantity, large, GRANT, 2));
                return;
            }
            for (int t : SUMMED) {
                if (large[t] != null) {
                    quantity[t] = large[t].small();
                }
            }
        }
        p.setSums(quantity[CONSULTING], quantity[ROOM], quantity[GRANT]);
    }

    /** Returns the sum of type {@code t} with {@code scale} fraction digits (see {@link #set}). */
    private static BigDecimal decimal(long[] quantity, ExactSum[] large, int t, int scale) {
        return large[t] == null ? BigDecimal.valueOf(quantity[t], scale) : large[t].toDecimal(scale);
    }

    /**
     * Sets the hours and grant sums of {@code p} to those of {@code parts} added: in longs while they
     * fit (no decimal per part), else as decimals.
     */
    static void add(Pass p, Pass[] parts) {
        long consulting = 0;
        long room = 0;
        long grant = 0;
        boolean fit = true;
        for (Pass q : parts) {
            fit &= q.sumsFit;
            long c = consulting + q.consultingMicros;
            long r = room + q.roomMicros;
            long g = grant + q.grantCents;
            // an overflow makes the sign of the sum differ from both addends' (the addends are sums
            // of non-negative quantities here, but the test holds for any)
            fit &= ((consulting ^ c) & (q.consultingMicros ^ c)) >= 0;
            fit &= ((room ^ r) & (q.roomMicros ^ r)) >= 0;
            fit &= ((grant ^ g) & (q.grantCents ^ g)) >= 0;
            consulting = c;
            room = r;
            grant = g;
        }
        if (fit) {
            p.setSums(consulting, room, grant);
            return;
        }
        BigDecimal c = BigDecimal.valueOf(0, 6);
        BigDecimal r = BigDecimal.valueOf(0, 6);
        BigDecimal g = BigDecimal.valueOf(0, 2);
        for (Pass q : parts) {
            c = c.add(q.consultingHours());
            r = r.add(q.roomHours());
            g = g.add(q.grantAmount());
        }
        p.setSums(c, r, g);
    }
}
