package org.hor.core.internal.columns;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * The deliveries of a dataset as primitive columns instead of millions of records: the ids counted
 * (prefix, width, first number: no memory) when they count up as exports number them, else in one
 * byte array; offers and organisations dictionary-encoded, days as epoch days, each in two bytes when
 * its values span less than 2<sup>16</sup> ({@link IntColumn}); and the one quantity a delivery
 * carries (hours, amount or participants) as an unscaled value in four bytes ({@link CompactLongs})
 * with its kind and scale in one. About 11 bytes a delivery with counted ids, where the records take
 * about 110.
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
 * <p>The engine's index reads one value at a time ({@link #offer(int)}, {@link #day(int)}, …); the
 * {@code …Column()} accessors return new arrays.
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
        D create(
                String id,
                String offerId,
                String organisationId,
                LocalDate date,
                BigDecimal hours,
                BigDecimal amount,
                Integer participants);
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
    private final IdColumn ids;
    private final String[] offerIds;
    private final IntColumn offer;
    private final String[] organisationIds;
    private final IntColumn organisation;
    private final IntColumn day;
    private final CompactLongs quantity;
    private final byte[] meta;
    private final RecordFactory<D> factory;

    private DeliveryColumns(
            IdColumn ids,
            String[] offerIds,
            IntColumn offer,
            String[] organisationIds,
            IntColumn organisation,
            IntColumn day,
            CompactLongs quantity,
            byte[] meta,
            RecordFactory<D> factory) {
        this.factory = factory;
        this.size = ids.size();
        this.ids = ids;
        this.offerIds = offerIds;
        this.offer = offer;
        this.organisationIds = organisationIds;
        this.organisation = organisation;
        this.day = day;
        this.quantity = quantity;
        this.meta = meta;
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
        IdColumn ids = IdColumn.concat(a.ids, b.ids);
        if (ids == null) {
            return null;
        }
        java.util.Map<String, Integer> offers = new java.util.HashMap<>();
        java.util.List<String> offerIds = new java.util.ArrayList<>(java.util.List.of(a.offerIds));
        int[] offerOf = remap(a.offerIds, b.offerIds, offers, offerIds);
        java.util.Map<String, Integer> orgs = new java.util.HashMap<>();
        java.util.List<String> orgIds = new java.util.ArrayList<>(java.util.List.of(a.organisationIds));
        int[] orgOf = remap(a.organisationIds, b.organisationIds, orgs, orgIds);
        int n = a.size + b.size;
        int[] offer = new int[n];
        int[] organisation = new int[n];
        int[] day = new int[n];
        long[] quantity = new long[n];
        for (int i = 0; i < a.size; i++) {
            offer[i] = a.offer.get(i);
            organisation[i] = a.organisation.get(i);
            day[i] = a.day.get(i);
            quantity[i] = a.quantity.get(i);
        }
        for (int i = 0; i < b.size; i++) {
            offer[a.size + i] = offerOf[b.offer.get(i)];
            organisation[a.size + i] = orgOf[b.organisation.get(i)];
            day[a.size + i] = b.day.get(i);
            quantity[a.size + i] = b.quantity.get(i);
        }
        byte[] meta = Arrays.copyOf(a.meta, n);
        System.arraycopy(b.meta, 0, meta, a.size, b.size);
        return new DeliveryColumns<>(
                ids,
                offerIds.toArray(new String[0]),
                IntColumn.of(offer, n),
                orgIds.toArray(new String[0]),
                IntColumn.of(organisation, n),
                IntColumn.of(day, n),
                CompactLongs.of(quantity, n),
                meta,
                a.factory);
    }

    /** Numbers {@code more} after {@code first} (extending {@code all}); returns each one's new number. */
    private static int[] remap(
            String[] first, String[] more, java.util.Map<String, Integer> index, java.util.List<String> all) {
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
        long q = quantity.get(i);
        BigDecimal decimal = kind == HOURS || kind == AMOUNT ? BigDecimal.valueOf(q, scale(i)) : null;
        return factory.create(
                id(i),
                offerIds[offer.get(i)],
                organisationIds[organisation.get(i)],
                LocalDate.ofEpochDay(day.get(i)),
                kind == HOURS ? decimal : null,
                kind == AMOUNT ? decimal : null,
                kind == PARTICIPANTS ? Integer.valueOf((int) q) : null);
    }

    /** Returns the id of delivery {@code i}. */
    public String id(int i) {
        return ids.id(i);
    }

    /** Compares the ids of deliveries {@code i} and {@code j} as {@link String#compareTo} does. */
    public int compareIds(int i, int j) {
        return ids.compare(i, j);
    }

    /** Returns whether each delivery's id is greater than the one before ({@link String#compareTo}). */
    public boolean idsAscend() {
        return ids.ascending();
    }

    /**
     * Returns the index of the first delivery whose id an earlier delivery has too, or -1 when all
     * ids are distinct: at once when the ids ascend (noted while reading), else one pass with an
     * open-addressing table of indices, no strings.
     */
    public int firstRepeatedId() {
        return ids.firstRepeated();
    }

    /** Returns the distinct offer ids; {@link #offer(int)} gives indices into it. */
    public String[] offerDictionary() {
        return offerIds;
    }

    /** Returns delivery {@code i}'s offer as an index into {@link #offerDictionary()}. */
    public int offer(int i) {
        return offer.get(i);
    }

    /**
     * Returns each delivery's offer as an index into {@link #offerDictionary()}: a new array (the
     * column itself is kept in two bytes a delivery where it can); {@link #offer(int)} reads one.
     */
    public int[] offerColumn() {
        return offer.toArray();
    }

    /** Returns the distinct organisation ids; {@link #organisation(int)} gives indices into it. */
    public String[] organisationDictionary() {
        return organisationIds;
    }

    /** Returns delivery {@code i}'s organisation as an index into {@link #organisationDictionary()}. */
    public int organisation(int i) {
        return organisation.get(i);
    }

    /** Returns each delivery's organisation as an index into {@link #organisationDictionary()}: a new array. */
    public int[] organisationColumn() {
        return organisation.toArray();
    }

    /** Returns delivery {@code i}'s day as an epoch day. */
    public int day(int i) {
        return day.get(i);
    }

    /** Returns each delivery's day as an epoch day: a new array. */
    public int[] dayColumn() {
        return day.toArray();
    }

    /**
     * Returns about how many bytes of heap the columns take, without the dictionaries and the few
     * quantities kept apart: ids, offers, organisations, days, quantities, kinds and scales (tests).
     */
    public long heapBytes() {
        return ids.heapBytes()
                + (long) size * (offer.bytesPerValue() + organisation.bytesPerValue() + day.bytesPerValue() + 4 + 1);
    }

    /** Returns which quantity delivery {@code i} carries: {@link #NONE}, {@link #HOURS}, {@link #AMOUNT} or {@link #PARTICIPANTS}. */
    public int kind(int i) {
        return meta[i] & 3;
    }

    /** Returns the unscaled value of delivery {@code i}'s quantity (the count for participants). */
    public long unscaled(int i) {
        return quantity.get(i);
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
        long v = quantity.get(i);
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
        private final IdColumn.Builder ids = new IdColumn.Builder();
        private final Dictionary offers = new Dictionary();
        private int[] offer;
        private final Dictionary organisations = new Dictionary();
        private int[] organisation;
        private int[] day;
        private long[] quantity;
        private byte[] meta;
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
        public boolean add(
                char[] id,
                int idOff,
                int idLen,
                int offerIx,
                int orgIx,
                int epochDay,
                int kind,
                long unscaled,
                int scale) {
            if (size == MAX_SIZE || !ids.add(id, idOff, idLen)) {
                return false;
            }
            if (size == offer.length) {
                int cap = Math.min(MAX_SIZE, size * 2);
                offer = Arrays.copyOf(offer, cap);
                organisation = Arrays.copyOf(organisation, cap);
                day = Arrays.copyOf(day, cap);
                quantity = Arrays.copyOf(quantity, cap);
                meta = Arrays.copyOf(meta, cap);
            }
            offer[size] = offerIx;
            organisation[size] = orgIx;
            day[size] = epochDay;
            quantity[size] = unscaled;
            meta[size] = (byte) (kind | scale << 2);
            size++;
            return true;
        }

        /**
         * Returns the dictionary index of an offer id given as characters if it is found by its
         * number alone, exactly as added before; else -1 (look it up with {@link #offer}).
         */
        public int knownOffer(char[] chars, int off, int len) {
            return offers.numbered(chars, off, len);
        }

        /**
         * Returns the dictionary index of an organisation id given as characters if it is found by
         * its number alone, exactly as added before; else -1 (look it up with {@link #organisation}).
         */
        public int knownOrganisation(char[] chars, int off, int len) {
            return organisations.numbered(chars, off, len);
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
            return new DeliveryColumns<>(
                    ids.build(),
                    offers.keys(),
                    IntColumn.of(offer, size),
                    organisations.keys(),
                    IntColumn.of(organisation, size),
                    IntColumn.of(day, size),
                    CompactLongs.of(quantity, size),
                    Arrays.copyOf(meta, size),
                    factory);
        }
    }
}
