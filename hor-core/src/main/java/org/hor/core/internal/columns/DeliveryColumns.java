package org.hor.core.internal.columns;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * The deliveries of a dataset as primitive columns instead of millions of records: the ids in one
 * byte array, offers and organisations dictionary-encoded to ints, days as epoch days, and the one
 * quantity a delivery carries (hours, amount or participants) as an unscaled {@code long} with its
 * scale. About 35 bytes a delivery, where the records take about ten times as much.
 *
 * <p>It is an immutable {@link java.util.List} of delivery records: {@link #get} builds the record on
 * demand with the {@link RecordFactory} it was built with ({@code Delivery::new}), equal to the one
 * the record reader builds from the same text (same strings, same {@link BigDecimal} scale). The
 * type of the records is a parameter so that this package depends on no other package of hor: the
 * model keeps these lists as they are, the reader fills them, the integrity rules and the engine's
 * index read the columns directly. Only the reader creates instances, and only for deliveries that
 * satisfy every field rule; anything else (a second quantity in one delivery, a number that does not
 * fit) makes the reader fall back to records.
 *
 * <p>The accessors return the internal arrays without copying, for the engine's index in this
 * library; they must not be modified.
 *
 * @param <D> the type of the records ({@code org.hor.core.model.Delivery})
 */
public final class DeliveryColumns<D> extends AbstractList<D> implements RandomAccess {

    /**
     * Makes a delivery record from its fields: the record's canonical constructor.
     *
     * @param <D> the type of the records
     */
    @FunctionalInterface
    public interface RecordFactory<D> {
        /**
         * Makes a record.
         *
         * @param id             the id
         * @param offerId        the offer's id
         * @param organisationId the organisation's id
         * @param date           the day
         * @param hours          the hours, or {@code null}
         * @param amount         the amount, or {@code null}
         * @param participants   the participants, or {@code null}
         * @return the record
         */
        D create(String id, String offerId, String organisationId, LocalDate date, BigDecimal hours,
                BigDecimal amount, Integer participants);
    }

    /** A delivery without a quantity. */
    public static final int NONE = 0;
    /** A delivery with {@code hours}. */
    public static final int HOURS = 1;
    /** A delivery with {@code amount}. */
    public static final int AMOUNT = 2;
    /** A delivery with {@code participants}. */
    public static final int PARTICIPANTS = 3;

    private final int size;
    private final byte[] idBytes;
    private final int[] idEnd;
    private final String[] offerIds;
    private final int[] offer;
    private final String[] organisationIds;
    private final int[] organisation;
    private final int[] day;
    private final long[] quantity;
    private final byte[] meta;
    private final boolean ascendingIds;
    private final RecordFactory<D> factory;

    private DeliveryColumns(Builder<D> b) {
        factory = b.factory;
        size = b.size;
        ascendingIds = b.ascending;
        idBytes = Arrays.copyOf(b.idBytes, b.idLength);
        idEnd = Arrays.copyOf(b.idEnd, size);
        offerIds = b.offers.keys();
        offer = Arrays.copyOf(b.offer, size);
        organisationIds = b.organisations.keys();
        organisation = Arrays.copyOf(b.organisation, size);
        day = Arrays.copyOf(b.day, size);
        quantity = Arrays.copyOf(b.quantity, size);
        meta = Arrays.copyOf(b.meta, size);
    }

    private DeliveryColumns(int size, byte[] idBytes, int[] idEnd, String[] offerIds, int[] offer,
            String[] organisationIds, int[] organisation, int[] day, long[] quantity, byte[] meta, boolean ascendingIds,
            RecordFactory<D> factory) {
        this.factory = factory;
        this.size = size;
        this.idBytes = idBytes;
        this.idEnd = idEnd;
        this.offerIds = offerIds;
        this.offer = offer;
        this.organisationIds = organisationIds;
        this.organisation = organisation;
        this.day = day;
        this.quantity = quantity;
        this.meta = meta;
        this.ascendingIds = ascendingIds;
    }

    /**
     * Returns the deliveries of {@code a} followed by those of {@code b}, as if read in one go:
     * {@code b}'s offers and organisations are numbered on after {@code a}'s; the records are made
     * with {@code a}'s factory.
     *
     * @param a   the first deliveries
     * @param b   the deliveries after them
     * @param <D> the type of the records
     * @return the deliveries of both, or {@code null} when their ids do not fit one array
     */
    public static <D> DeliveryColumns<D> concat(DeliveryColumns<D> a, DeliveryColumns<D> b) {
        java.util.Map<String, Integer> offers = new java.util.HashMap<>();
        java.util.List<String> offerIds = new java.util.ArrayList<>(java.util.List.of(a.offerIds));
        int[] offerOf = remap(a.offerIds, b.offerIds, offers, offerIds);
        java.util.Map<String, Integer> orgs = new java.util.HashMap<>();
        java.util.List<String> orgIds = new java.util.ArrayList<>(java.util.List.of(a.organisationIds));
        int[] orgOf = remap(a.organisationIds, b.organisationIds, orgs, orgIds);
        int n = a.size + b.size;
        int aBytes = a.size == 0 ? 0 : a.idEnd[a.size - 1];
        int bBytes = b.size == 0 ? 0 : b.idEnd[b.size - 1];
        if ((long) aBytes + bBytes > Integer.MAX_VALUE - 16) {
            return null;
        }
        byte[] ids = Arrays.copyOf(a.idBytes, aBytes + bBytes);
        System.arraycopy(b.idBytes, 0, ids, aBytes, bBytes);
        int[] idEnd = Arrays.copyOf(a.idEnd, n);
        int[] offer = Arrays.copyOf(a.offer, n);
        int[] organisation = Arrays.copyOf(a.organisation, n);
        for (int i = 0; i < b.size; i++) {
            idEnd[a.size + i] = b.idEnd[i] + aBytes;
            offer[a.size + i] = offerOf[b.offer[i]];
            organisation[a.size + i] = orgOf[b.organisation[i]];
        }
        int[] day = Arrays.copyOf(a.day, n);
        System.arraycopy(b.day, 0, day, a.size, b.size);
        long[] quantity = Arrays.copyOf(a.quantity, n);
        System.arraycopy(b.quantity, 0, quantity, a.size, b.size);
        byte[] meta = Arrays.copyOf(a.meta, n);
        System.arraycopy(b.meta, 0, meta, a.size, b.size);
        boolean ascending = a.ascendingIds && b.ascendingIds
                && (a.size == 0 || b.size == 0 || Arrays.compareUnsigned(ids, a.size == 1 ? 0 : idEnd[a.size - 2],
                        aBytes, ids, aBytes, idEnd[a.size]) < 0);
        return new DeliveryColumns<>(n, ids, idEnd, offerIds.toArray(new String[0]), offer,
                orgIds.toArray(new String[0]), organisation, day, quantity, meta, ascending, a.factory);
    }

    /** Numbers {@code more} after {@code first} (extending {@code all}); returns each one's new number. */
    private static int[] remap(String[] first, String[] more, java.util.Map<String, Integer> index,
            java.util.List<String> all) {
        for (int i = 0; i < first.length; i++) {
            index.put(first[i], i);
        }
        int[] to = new int[more.length];
        for (int i = 0; i < more.length; i++) {
            Integer known = index.get(more[i]);
            if (known == null) {
                known = all.size();
                all.add(more[i]);
                index.put(more[i], known);
            }
            to[i] = known;
        }
        return to;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public D get(int i) {
        Objects.checkIndex(i, size);
        int kind = kind(i);
        BigDecimal decimal = kind == HOURS || kind == AMOUNT ? BigDecimal.valueOf(quantity[i], scale(i)) : null;
        return factory.create(id(i), offerIds[offer[i]], organisationIds[organisation[i]],
                LocalDate.ofEpochDay(day[i]), kind == HOURS ? decimal : null, kind == AMOUNT ? decimal : null,
                kind == PARTICIPANTS ? Integer.valueOf((int) quantity[i]) : null);
    }

    /** Returns the id of delivery {@code i}. */
    public String id(int i) {
        int from = i == 0 ? 0 : idEnd[i - 1];
        return new String(idBytes, from, idEnd[i] - from, StandardCharsets.ISO_8859_1);
    }

    /** Compares the ids of deliveries {@code i} and {@code j} as {@link String#compareTo} does. */
    public int compareIds(int i, int j) {
        int fi = i == 0 ? 0 : idEnd[i - 1];
        int fj = j == 0 ? 0 : idEnd[j - 1];
        // ids are ASCII: unsigned byte order is char order
        return Arrays.compareUnsigned(idBytes, fi, idEnd[i], idBytes, fj, idEnd[j]);
    }

    /**
     * Returns the index of the first delivery whose id an earlier delivery has too, or -1 when all
     * ids are distinct: at once when the ids ascend (noted while reading), else one pass with an
     * open-addressing table of indices, no strings.
     */
    public int firstRepeatedId() {
        if (ascendingIds) {
            return -1; // each id is greater than the one before: the usual order of an export
        }
        int cap = Integer.highestOneBit(Math.max(4, size) * 2 - 1) << 1; // at least 2 * size (size < 2^29)
        int[] table = new int[cap];
        int mask = cap - 1;
        for (int i = 0; i < size; i++) {
            int from = i == 0 ? 0 : idEnd[i - 1];
            int h = mix(hash(idBytes, from, idEnd[i]));
            int slot = h & mask;
            while (table[slot] != 0) {
                int j = table[slot] - 1;
                int fj = j == 0 ? 0 : idEnd[j - 1];
                if (Arrays.equals(idBytes, from, idEnd[i], idBytes, fj, idEnd[j])) {
                    return i;
                }
                slot = (slot + 1) & mask;
            }
            table[slot] = i + 1;
        }
        return -1;
    }

    /** Returns the distinct offer ids; column {@link #offerColumn()} holds indices into it. */
    public String[] offerDictionary() {
        return offerIds;
    }

    /** Returns each delivery's offer as an index into {@link #offerDictionary()}. */
    public int[] offerColumn() {
        return offer;
    }

    /** Returns the distinct organisation ids; column {@link #organisationColumn()} holds indices into it. */
    public String[] organisationDictionary() {
        return organisationIds;
    }

    /** Returns each delivery's organisation as an index into {@link #organisationDictionary()}. */
    public int[] organisationColumn() {
        return organisation;
    }

    /** Returns each delivery's day as an epoch day. */
    public int[] dayColumn() {
        return day;
    }

    /** Returns which quantity delivery {@code i} carries: {@link #NONE}, {@link #HOURS}, {@link #AMOUNT} or {@link #PARTICIPANTS}. */
    public int kind(int i) {
        return meta[i] & 3;
    }

    /** Returns the unscaled value of delivery {@code i}'s quantity (the count for participants). */
    public long unscaled(int i) {
        return quantity[i];
    }

    /** Returns the scale of delivery {@code i}'s quantity (0 for participants). */
    public int scale(int i) {
        return (meta[i] & 0xff) >>> 2;
    }

    /**
     * Returns delivery {@code i}'s quantity in units of 10<sup>-digits</sup>, or 0 without one; throws
     * {@link ArithmeticException} when it has more fraction digits or does not fit a {@code long}.
     */
    public long scaled(int i, int digits) {
        if (kind(i) == NONE) {
            return 0;
        }
        int s = scale(i);
        long v = quantity[i];
        if (s <= digits) {
            return Math.multiplyExact(v, pow10(digits - s));
        }
        long f = pow10(s - digits);
        if (v % f != 0) {
            throw new ArithmeticException("more than " + digits + " fraction digits");
        }
        return v / f;
    }

    private static long pow10(int n) {
        if (n > 18) {
            throw new ArithmeticException("10^" + n + " overflows");
        }
        long p = 1;
        for (int k = 0; k < n; k++) {
            p *= 10;
        }
        return p;
    }

    static int hash(byte[] b, int from, int to) {
        int h = 0;
        for (int k = from; k < to; k++) {
            h = 31 * h + b[k];
        }
        return h;
    }

    static int hash(char[] b, int from, int to) {
        int h = 0;
        for (int k = from; k < to; k++) {
            h = 31 * h + b[k];
        }
        return h;
    }

    /** Spreads the bits of a polynomial hash (ids differ in their last characters). */
    static int mix(int h) {
        h *= 0x9E3779B9;
        return h ^ (h >>> 16);
    }

    /**
     * Collects the columns while reading. The reader checks each field before it adds it; the
     * builder only stores.
     */
    public static final class Builder<D> {
        /** The most deliveries in columns (so that the id table of {@link #firstRepeatedId} fits an array). */
        private static final int MAX_SIZE = 1 << 29;
        private int size;
        private byte[] idBytes;
        private int idLength;
        private int[] idEnd;
        private final Dictionary offers = new Dictionary();
        private int[] offer;
        private final Dictionary organisations = new Dictionary();
        private int[] organisation;
        private int[] day;
        private long[] quantity;
        private byte[] meta;
        private boolean ascending = true;
        private final RecordFactory<D> factory;

        /**
         * Creates an empty builder with room for about {@code expected} deliveries (the columns grow
         * beyond that as needed).
         *
         * @param expected about how many deliveries will come
         * @param factory  makes the records that {@link DeliveryColumns#get} returns
         */
        public Builder(int expected, RecordFactory<D> factory) {
            this.factory = Objects.requireNonNull(factory, "factory");
            int n = Math.max(1 << 10, Math.min(expected, MAX_SIZE));
            idBytes = new byte[n * 8];
            idEnd = new int[n];
            offer = new int[n];
            organisation = new int[n];
            day = new int[n];
            quantity = new long[n];
            meta = new byte[n];
        }

        /** Returns the number of deliveries added. */
        public int size() {
            return size;
        }

        /**
         * Adds one delivery whose fields were all checked.
         *
         * @param id       the id's characters (ASCII, checked)
         * @param idOff    offset of the id in {@code id}
         * @param idLen    length of the id
         * @param offerIx  the offer, from {@link #offer}
         * @param orgIx    the organisation, from {@link #organisation}
         * @param epochDay the day
         * @param kind     the quantity's kind
         * @param unscaled the quantity's unscaled value
         * @param scale    the quantity's scale, 0 to 63
         * @return false when the ids no longer fit one array or there are 2<sup>29</sup> deliveries
         *         already (the caller falls back to records)
         */
        public boolean add(char[] id, int idOff, int idLen, int offerIx, int orgIx, int epochDay, int kind,
                long unscaled, int scale) {
            if ((long) idLength + idLen > Integer.MAX_VALUE - 16 || size == MAX_SIZE) {
                return false;
            }
            if (idLength + idLen > idBytes.length) {
                idBytes = Arrays.copyOf(idBytes, (int) Math.min(Integer.MAX_VALUE - 16L,
                        Math.max((long) idBytes.length * 2, (long) idLength + idLen)));
            }
            for (int k = 0; k < idLen; k++) {
                idBytes[idLength + k] = (byte) id[idOff + k];
            }
            if (ascending && size > 0) {
                ascending = less(idBytes, size == 1 ? 0 : idEnd[size - 2], idLength, idLength + idLen);
            }
            idLength += idLen;
            if (size == offer.length) {
                int cap = Math.min(MAX_SIZE, size * 2);
                idEnd = Arrays.copyOf(idEnd, cap);
                offer = Arrays.copyOf(offer, cap);
                organisation = Arrays.copyOf(organisation, cap);
                day = Arrays.copyOf(day, cap);
                quantity = Arrays.copyOf(quantity, cap);
                meta = Arrays.copyOf(meta, cap);
            }
            idEnd[size] = idLength;
            offer[size] = offerIx;
            organisation[size] = orgIx;
            day[size] = epochDay;
            quantity[size] = unscaled;
            meta[size] = (byte) (kind | scale << 2);
            size++;
            return true;
        }

        /** Whether the bytes [a, b) sort before [b, c) (unsigned, as ids are ASCII); short ids: a plain loop. */
        private static boolean less(byte[] x, int a, int b, int c) {
            int n = Math.min(b - a, c - b);
            for (int k = 0; k < n; k++) {
                if (x[a + k] != x[b + k]) {
                    return (x[a + k] & 0xff) < (x[b + k] & 0xff);
                }
            }
            return b - a < c - b;
        }

        /** Returns the dictionary index of an offer id given as characters. */
        public int offer(char[] chars, int off, int len) {
            return offers.index(chars, off, len);
        }

        /** Returns the dictionary index of an organisation id given as characters. */
        public int organisation(char[] chars, int off, int len) {
            return organisations.index(chars, off, len);
        }

        /** Returns the columns. */
        public DeliveryColumns<D> build() {
            return new DeliveryColumns<>(this);
        }
    }

    /**
     * Distinct ids given as character ranges, numbered in order of first appearance. Ids of up to 16
     * characters (the usual) are packed into two {@code long}s and found without touching a string:
     * id characters are ASCII and never 0, so the packing is exact.
     */
    private static final class Dictionary {
        private String[] keys = new String[16];
        private int count;
        // short keys: four longs a slot (key, key, entry + 1 with 0 = free, unused), so that a
        // lookup touches one cache line
        private long[] packed = new long[4 * 64];
        private int packedCount;
        // longer keys: their hash by entry, and a table of entry + 1
        private int[] hashes = new int[16];
        private int[] table = new int[64];
        private int longCount;

        int index(char[] chars, int off, int len) {
            if (len <= 16) {
                long a = 0;
                long b = 0;
                int split = Math.min(len, 8);
                for (int k = 0; k < split; k++) {
                    a = a << 8 | chars[off + k];
                }
                for (int k = split; k < len; k++) {
                    b = b << 8 | chars[off + k];
                }
                return packed(a, b, chars, off, len);
            }
            return longKey(chars, off, len);
        }

        private int packed(long a, long b, char[] chars, int off, int len) {
            long[] t = packed;
            int mask = (t.length >> 2) - 1;
            int slot = mix64(a, b) & mask;
            long e;
            while ((e = t[4 * slot + 2]) != 0) {
                if (t[4 * slot] == a && t[4 * slot + 1] == b) {
                    return (int) e - 1;
                }
                slot = (slot + 1) & mask;
            }
            int entry = add(new String(chars, off, len), 0);
            t[4 * slot] = a;
            t[4 * slot + 1] = b;
            t[4 * slot + 2] = entry + 1;
            if (++packedCount * 2 > mask + 1) {
                long[] bigger = new long[t.length * 2];
                int m = (bigger.length >> 2) - 1;
                for (int i = 0; i <= mask; i++) {
                    if (t[4 * i + 2] != 0) {
                        int at = mix64(t[4 * i], t[4 * i + 1]) & m;
                        while (bigger[4 * at + 2] != 0) {
                            at = (at + 1) & m;
                        }
                        System.arraycopy(t, 4 * i, bigger, 4 * at, 3);
                    }
                }
                packed = bigger;
            }
            return entry;
        }

        private static int mix64(long a, long b) {
            long h = (a * 0x9E3779B97F4A7C15L + b) * 0xC2B2AE3D27D4EB4FL;
            return (int) (h ^ (h >>> 29) ^ (h >>> 47));
        }

        private int add(String key, int hash) {
            if (count == keys.length) {
                keys = Arrays.copyOf(keys, count * 2);
                hashes = Arrays.copyOf(hashes, count * 2);
            }
            keys[count] = key;
            hashes[count] = hash;
            return count++;
        }

        private int longKey(char[] chars, int off, int len) {
            int h = mix(hash(chars, off, off + len));
            int mask = table.length - 1;
            int slot = h & mask;
            int e;
            while ((e = table[slot]) != 0) {
                if (hashes[e - 1] == h && matches(keys[e - 1], chars, off, len)) {
                    return e - 1;
                }
                slot = (slot + 1) & mask;
            }
            int entry = add(new String(chars, off, len), h);
            table[slot] = entry + 1;
            if (++longCount * 2 > table.length) {
                int[] t = new int[table.length * 2];
                int m = t.length - 1;
                for (int old : table) {
                    if (old != 0) {
                        int at = hashes[old - 1] & m;
                        while (t[at] != 0) {
                            at = (at + 1) & m;
                        }
                        t[at] = old;
                    }
                }
                table = t;
            }
            return entry;
        }

        private static boolean matches(String key, char[] chars, int off, int len) {
            if (key.length() != len) {
                return false;
            }
            for (int k = 0; k < len; k++) {
                if (key.charAt(k) != chars[off + k]) {
                    return false;
                }
            }
            return true;
        }

        String[] keys() {
            return Arrays.copyOf(keys, count);
        }
    }
}
