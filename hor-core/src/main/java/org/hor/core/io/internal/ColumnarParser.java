package org.hor.core.io.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.hor.core.internal.columns.DeliveryColumns;
import org.hor.core.model.Delivery;
import org.hor.core.validation.internal.FieldRules;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.SerializedString;
import tools.jackson.core.json.UTF8StreamJsonParser;

/**
 * Reads the deliveries straight into {@link DeliveryColumns} (no strings, no records), checking each
 * field with the predicates of its field rules, and the other arrays into records without locations:
 * the fast way to read a file that has nothing to report. It gives up with {@link Doubt} at the first
 * delivery that is not certainly clean, and the reader then reads the file again with a
 * {@link RecordParser}, which reports exactly; any violation found on the way (in the other arrays)
 * makes the reader do the same, so a columnar pass never needs a pointer or a location.
 *
 * <p>Given a file readable from any byte ({@link FileSlices}), it reads the second half of a large
 * deliveries array on a second thread ({@link DeliverySplit}).
 */
public final class ColumnarParser extends DatasetParser {

    /**
     * Thrown by the columnar reading of deliveries at the first thing it does not handle (anything
     * but a delivery that satisfies all its field rules): the caller reads the document again with
     * records, which reports exactly what there is to report.
     */
    public static final class Doubt extends RuntimeException {
        private static final long serialVersionUID = 1L;

        /**
         * Creates a doubt.
         *
         * @param why what was not handled
         */
        public Doubt(String why) {
            super(why, null, false, false);
        }
    }

    private final FileSlices slices;
    private JsonParser tail;

    /**
     * Creates a parser over a token stream.
     *
     * @param p       the token stream
     * @param lenient whether unknown fields are ignored (and counted) instead of reported
     * @param check   the check of each record (outside the deliveries), or {@code null}
     * @param slices  the file, readable from any byte, for reading the deliveries in two halves at
     *                once; or {@code null} to read them in one go
     */
    public ColumnarParser(JsonParser p, boolean lenient, RecordCheck check, FileSlices slices) {
        super(p, lenient, check);
        this.slices = slices;
    }

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    List<Object> readArray(String section, RecordSchema<?> schema) {
        if (schema == Schemas.DELIVERY) {
            return (List) readDeliveryColumns();
        }
        List<Object> list = new ArrayList<>();
        JsonToken t;
        int i = 0;
        while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
            if (t == JsonToken.START_OBJECT) {
                // any violation discards a columnar pass: its records need no pointer and no location
                list.add(readRecord(schema, "/" + section, Locations.UNKNOWN));
            } else {
                typeError("/" + section + "/" + i, here(), "object", t);
                list.add(null);
            }
            i++;
        }
        return list;
    }

    @Override
    long[] fieldLocations(int n) {
        return null; // any violation discards the pass
    }

    private static final int F_ID = 1;
    private static final int F_OFFER = 2;
    private static final int F_ORGANISATION = 4;
    private static final int F_DATE = 8;
    private static final int F_HOURS = 16;
    private static final int F_AMOUNT = 32;
    private static final int F_PARTICIPANTS = 64;
    private static final int REQUIRED = F_ID | F_OFFER | F_ORGANISATION | F_DATE;
    /**
     * The delivery's fields in the order of their bits, which is the order the writer and the
     * generator give them: Jackson compares the next name's bytes in its input with the expected
     * one before it decodes or looks up anything.
     */
    private static final SerializableString[] FIELDS = java.util.stream.Stream.of(
                    "id", "offerId", "organisationId", "date", "hours", "amount", "participants")
            .map(SerializedString::new)
            .toArray(SerializableString[]::new);

    /** What {@link #nextField} returns at the end of an object. */
    private static final int END = -2;

    /**
     * Per offer (by a hash of its id, collisions allowed): the index in {@link #FIELDS} of the
     * quantity its last delivery had, the guess for its next (an offer's deliveries carry the same
     * quantity: hours, an amount or participants); 0 for none yet.
     */
    private final byte[] quantityOf = new byte[1 << 12];

    /**
     * Reads the deliveries array straight into columns, checking each field with the predicates of
     * its field rules on the characters Jackson decoded (no strings, no records). The parser stands
     * on the array's {@code START_ARRAY} and afterwards on its {@code END_ARRAY}.
     *
     * @throws Doubt at the first delivery that would not come out of {@link DatasetParser#readRecord} as a clean
     *               record in the common shape (unknown or repeated field, wrong type, a field rule
     *               broken, more than one quantity)
     */
    private DeliveryColumns<Delivery> readDeliveryColumns() {
        long arrayOffset = slices == null ? -1 : p.currentTokenLocation().getByteOffset();
        DeliverySplit split = slices == null ? null : DeliverySplit.start(slices, arrayOffset);
        if (split == null) {
            try (DeliveryPipe pipe = new DeliveryPipe(true, 0)) {
                return readDeliveries(pipe, null, null);
            }
        }
        // a delivery takes at least about 60 bytes, usually 100 or more: room for the half's share
        int expected = (int) Math.min(Integer.MAX_VALUE, (split.start() - arrayOffset) / 100);
        try (split;
                DeliveryPipe pipe = new DeliveryPipe(false, expected)) {
            return readDeliveries(pipe, split, null);
        }
    }

    /**
     * Reads deliveries up to the array's end (or, with a split, up to its second half); returns
     * {@code null} when {@code cancelled} says so.
     */
    private DeliveryColumns<Delivery> readDeliveries(
            DeliveryPipe pipe, DeliverySplit split, BooleanSupplier cancelled) {
        DeliveryPipe.Batch batch = pipe.batch();
        JsonToken t;
        while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
            if (t != JsonToken.START_OBJECT) {
                throw new Doubt("not an object");
            }
            if (split != null) {
                // where each delivery of the first half begins: the price of knowing when the second
                // half begins
                long at = tokenOffset();
                if (at >= split.start()) {
                    DeliveryColumns<Delivery> rest = at == split.start() ? split.await() : null;
                    if (rest != null) {
                        pipe.submit(batch);
                        DeliveryColumns<Delivery> first = pipe.finish();
                        try {
                            tail = split.rest();
                        } catch (java.io.IOException e) {
                            throw new Doubt("the rest of the file could not be opened: " + e.getMessage());
                        }
                        p = tail;
                        DeliveryColumns<Delivery> both = DeliveryColumns.concat(first, rest);
                        if (both == null) {
                            throw new Doubt("ids too long for one array");
                        }
                        return both;
                    }
                    split.close(); // the guess was wrong or the second half not clean: read on alone
                    split = null;
                }
            }
            readDelivery(batch);
            if (batch.full()) {
                pipe.submit(batch);
                batch = pipe.batch();
                if (cancelled != null && cancelled.getAsBoolean()) {
                    return null;
                }
            }
        }
        pipe.submit(batch);
        return pipe.finish();
    }

    /**
     * Returns the byte offset of the token the parser stands on (not a name): for Jackson's parser of
     * UTF-8 bytes the token's input total less one, as its {@code currentTokenLocation()} computes
     * it, without making a location object per delivery; for any other parser its location's.
     */
    private long tokenOffset() {
        return p instanceof UTF8StreamJsonParser u
                ? u.getTokenCharacterOffset() - 1
                : p.currentTokenLocation().getByteOffset();
    }

    /**
     * Reads the second half of a deliveries array on its own thread, the parser standing before
     * the first delivery; afterwards the parser stands on the array's {@code ]}.
     *
     * @param cancelled whether the reading thread no longer needs the half
     * @param expected  about how many deliveries the half has
     * @return the deliveries, or {@code null} when cancelled
     * @throws Doubt at the first delivery that is not certainly clean
     */
    DeliveryColumns<Delivery> readDeliveryHalf(BooleanSupplier cancelled, int expected) {
        try (DeliveryPipe pipe = new DeliveryPipe(false, expected)) {
            return readDeliveries(pipe, null, cancelled);
        }
    }

    /**
     * Returns the parser reading stands on: the one given, or after reading the deliveries in two
     * halves, the one over the rest of the file.
     */
    @Override
    public JsonParser parser() {
        return p;
    }

    /** Closes the parser over the rest of the file, if reading opened one; the caller closes its own. */
    @Override
    public void close() {
        if (tail != null) {
            tail.close();
        }
    }

    /**
     * Reads one delivery's fields into a batch: its id, offer, organisation and date as characters
     * (checked by the pipe), its quantity checked here.
     */
    private void readDelivery(DeliveryPipe.Batch batch) {
        int seen = 0;
        int kind = DeliveryColumns.NONE;
        long unscaled = 0;
        int scale = 0;
        int match;
        int offerSlot = 0;
        for (int at = 0; (match = nextField(at < 4 ? at : Math.max(4, quantityOf[offerSlot]))) != END; at++) {
            if (match < 0) {
                throw new Doubt("unknown field");
            }
            int bit = 1 << match;
            if ((seen & bit) != 0) {
                throw new Doubt("repeated field");
            }
            seen |= bit;
            JsonToken t = p.nextToken();
            if (t == JsonToken.VALUE_NULL) {
                if ((bit & REQUIRED) != 0) {
                    throw new Doubt("required field is null");
                }
                continue;
            }
            if (bit <= F_DATE) {
                if (t != JsonToken.VALUE_STRING) {
                    throw new Doubt("not a string");
                }
                int len = p.getStringLength();
                if (len > DeliveryPipe.MAX_CHARS) {
                    throw new Doubt("neither id nor date");
                }
                // the field's place in the batch: id, offer, organisation, date
                char[] c = p.getStringCharacters();
                int off = p.getStringOffset();
                if (bit == F_OFFER) {
                    offerSlot = slot(c, off, len);
                }
                batch.put(Integer.numberOfTrailingZeros(bit), c, off, len);
                continue;
            }
            if (kind != DeliveryColumns.NONE) {
                throw new Doubt("more than one quantity");
            }
            quantityOf[offerSlot] = (byte) match;
            if (bit == F_PARTICIPANTS) {
                if (t != JsonToken.VALUE_NUMBER_INT
                        || p.getNumberType() != JsonParser.NumberType.INT
                        || p.getIntValue() < 0) {
                    throw new Doubt("not a participant count");
                }
                kind = DeliveryColumns.PARTICIPANTS;
                unscaled = p.getIntValue();
                continue;
            }
            if (!t.isNumeric()) {
                throw new Doubt("not a number");
            }
            kind = bit == F_HOURS ? DeliveryColumns.HOURS : DeliveryColumns.AMOUNT;
            long plain = plainQuantity(bit == F_HOURS);
            if (plain >= 0) {
                unscaled = plain >>> 6;
                scale = (int) (plain & 63);
                continue;
            }
            BigDecimal d;
            if (t == JsonToken.VALUE_NUMBER_INT && p.getNumberType() == JsonParser.NumberType.INT) {
                d = BigDecimal.valueOf(p.getIntValue());
            } else {
                try {
                    d = normalise(p.getDecimalValue());
                } catch (NumberFormatException e) {
                    throw new Doubt("no decimal value");
                }
            }
            boolean ok = bit == F_HOURS ? d.signum() >= 0 && FieldRules.isNumber(d) : FieldRules.isAmount(d);
            if (!ok || d.scale() < 0 || d.scale() > 63 || d.unscaledValue().bitLength() > 63) {
                throw new Doubt("not a valid quantity");
            }
            unscaled = d.unscaledValue().longValue();
            scale = d.scale();
        }
        if ((seen & REQUIRED) != REQUIRED) {
            throw new Doubt("required field missing");
        }
        batch.end(kind, unscaled, scale);
    }

    /** The slot of an offer id in {@link #quantityOf}. */
    private static int slot(char[] c, int off, int len) {
        int h = 0;
        for (int k = off; k < off + len; k++) {
            h = 31 * h + c[k];
        }
        return (h ^ h >>> 12) & 0xfff;
    }

    /**
     * Reads the next name of a delivery, first compared as bytes in Jackson's input with the name
     * expected there (the four ids and the date in their order, then the quantity the offer's last
     * delivery had), else matched by its string.
     *
     * @param expected the index in {@link #FIELDS} of the name expected
     * @return the field's index in {@link #FIELDS}, {@link #END} at the object's end, or -1 for an
     *     unknown name
     */
    private int nextField(int expected) {
        if (p.nextName(FIELDS[expected])) {
            return expected;
        }
        JsonToken t = p.currentToken();
        if (t == JsonToken.END_OBJECT) {
            return END;
        }
        if (t != JsonToken.PROPERTY_NAME) {
            throw new Doubt("not a name");
        }
        return switch (p.currentName()) {
            case "id" -> 0;
            case "offerId" -> 1;
            case "organisationId" -> 2;
            case "date" -> 3;
            case "hours" -> 4;
            case "amount" -> 5;
            case "participants" -> 6;
            default -> -1;
        };
    }

    /** Powers of ten up to 10<sup>16</sup>. */
    private static final long[] POW10 = {
        1L,
        10L,
        100L,
        1_000L,
        10_000L,
        100_000L,
        1_000_000L,
        10_000_000L,
        100_000_000L,
        1_000_000_000L,
        10_000_000_000L,
        100_000_000_000L,
        1_000_000_000_000L,
        10_000_000_000_000L,
        100_000_000_000_000L,
        1_000_000_000_000_000L,
        10_000_000_000_000_000L
    };

    /**
     * The hours or amount the parser stands on, read from its text without a {@link BigDecimal} when
     * it is plain ({@code 12}, {@code 2.50}: digits and at most one point, no sign, no exponent, at
     * most 17 characters) and satisfies its field rule: {@code unscaled << 6 | scale}, exactly the
     * unscaled value and scale of {@code new BigDecimal(text)}. Otherwise -1, and the {@code BigDecimal}
     * path decides.
     */
    private long plainQuantity(boolean hours) {
        int len = p.getStringLength();
        if (len > 17) {
            return -1;
        }
        char[] c = p.getStringCharacters();
        int off = p.getStringOffset();
        long v = 0;
        int scale = -1;
        for (int k = off, end = off + len; k < end; k++) {
            int digit = c[k] - '0';
            if (digit >= 0 && digit <= 9) {
                v = v * 10 + digit;
                if (scale >= 0) {
                    scale++;
                }
            } else if (c[k] == '.' && scale < 0) {
                scale = 0;
            } else {
                return -1;
            }
        }
        scale = Math.max(scale, 0);
        long pow = POW10[scale];
        long whole = v / pow;
        int fraction = scale; // fraction digits of the value: without trailing zeros
        for (long x = v; fraction > 0 && x % 10 == 0; x /= 10) {
            fraction--;
        }
        boolean ok = hours
                ? fraction <= 6 && (whole < 1_000_000_000L || whole == 1_000_000_000L && v % pow == 0)
                : fraction <= 2 && whole <= 999_999_999L;
        return ok ? v << 6 | scale : -1;
    }
}
