package org.hor.core.io.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * Reads every array into records and keeps the locations a violation may need: each record's start
 * ({@link #recordStart}) and, for the field rules, each field's value. The way of reading that
 * reports exactly; anything can be read with it.
 */
public final class RecordParser extends DatasetParser {

    /**
     * Creates a parser over a token stream.
     *
     * @param p       the token stream
     * @param lenient whether unknown fields are ignored (and counted) instead of reported
     * @param check   the check of each record, or {@code null}
     */
    public RecordParser(JsonParser p, boolean lenient, RecordCheck check) {
        super(p, lenient, check);
    }

    @Override
    List<Object> readArray(String section, RecordSchema<?> schema) {
        List<Object> list = new ArrayList<>();
        Locations.List starts = recordStarts.computeIfAbsent(section, s -> new Locations.List());
        JsonToken t;
        int i = 0;
        while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
            long start = here();
            starts.add(start);
            if (t == JsonToken.START_OBJECT) {
                list.add(readRecord(schema, "/" + section + "/" + i, start));
            } else {
                typeError("/" + section + "/" + i, start, "object", t);
                list.add(null);
            }
            i++;
        }
        return list;
    }

    @Override
    long[] fieldLocations(int n) {
        long[] locs = new long[n];
        Arrays.fill(locs, Locations.UNKNOWN);
        return locs;
    }
}
