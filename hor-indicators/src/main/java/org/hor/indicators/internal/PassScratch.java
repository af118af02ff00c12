package org.hor.indicators.internal;

import java.util.Arrays;
import org.hor.core.model.OfferType;

/**
 * The per-organisation and per-offer scratch arrays of one delivery pass of {@link Passes}; one per
 * concurrent pass, pooled. Between passes the marks of the organisations met are all clear.
 */
final class PassScratch {
    int generation;
    final int[] orgStamp;
    final int[] orgMark;
    /**
     * A bit per organisation met by the current pass, all clear between passes: reading the set
     * bits out word by word gives the organisations in ascending order without sorting them.
     */
    final long[] orgSeen;
    /**
     * The words of {@link #orgSeen} the current pass set a bit in, in the order it did: a site's
     * organisations are spread over all numbers, so its few words are sorted and read rather
     * than all words scanned.
     */
    final int[] seenWords;

    int seenWordCount;
    /** The number of bits set in {@link #orgSeen}. */
    int seenCount;

    /**
     * The offer types (a bit each) of each organisation's deliveries in the current pass: not 0
     * exactly for the organisations it has met, all 0 between passes.
     */
    final int[] orgTypeMask;

    final long[] orgGrantCents;
    /**
     * The (organisation, site) pair of each organisation (see {@link Passes}) at site
     * {@code orgPairSite[o] - 1}: a site's passes mostly run one after the other on one worker,
     * so the pair is searched about once per organisation and site, not once per pass.
     */
    final int[] orgPair;

    final int[] orgPairSite;
    /** Per offer the generation and day of its last delivery read (see {@link Passes}). */
    final long[] offerEvent;
    /** Per offer type the sum of the quantities (int-sized) and of the participants or ranks. */
    final long[] quantity = new long[OfferType.values().length];

    final long[] aux = new long[OfferType.values().length];

    PassScratch(DatasetIndex ix) {
        int no = ix.orgIds.length;
        orgStamp = new int[no];
        orgMark = new int[no];
        orgSeen = new long[(no + 63) >>> 6];
        seenWords = new int[orgSeen.length];
        orgTypeMask = new int[no];
        orgGrantCents = new long[no];
        orgPair = new int[no];
        orgPairSite = new int[no];
        offerEvent = new long[ix.offerSite.length];
    }

    /** Marks organisation {@code o}, not yet met by the current pass, as met. */
    void meet(int o) {
        int w = o >>> 6;
        long word = orgSeen[w];
        if (word == 0) {
            seenWords[seenWordCount++] = w;
        }
        orgSeen[w] = word | (1L << o);
        seenCount++;
    }

    /**
     * Sorts the words of {@link #orgSeen} that hold a set bit into {@link #seenWords} (the first
     * {@link #seenWordCount}): when they are many, by scanning all words instead.
     */
    void sortSeenWords() {
        if (seenWordCount * 8 <= orgSeen.length) {
            Arrays.sort(seenWords, 0, seenWordCount);
            return;
        }
        int n = 0;
        for (int w = 0; w < orgSeen.length; w++) {
            if (orgSeen[w] != 0) {
                seenWords[n++] = w;
            }
        }
    }
}
