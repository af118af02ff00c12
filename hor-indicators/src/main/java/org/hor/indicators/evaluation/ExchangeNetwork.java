package org.hor.indicators.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.hor.core.model.Period;
import org.hor.core.spi.Value;
import org.jspecify.annotations.Nullable;

/**
 * The exchange network between sites (spec 03 §7).
 *
 * @param period   the period (Y), or {@code null} for all time
 * @param siteIds  the sites of the matrix, by id
 * @param pairs    the pairs of those sites that met, by first then second id
 * @param allPairs the number of pairs of those sites, n (n − 1) / 2
 * @param density  pairs that met / all pairs; undefined ({@code NO_DENOMINATOR}) for fewer than two sites
 * @param isolated the sites that met no other site of the matrix, by id
 */
public record ExchangeNetwork(
        @Nullable Period period,
        List<String> siteIds,
        List<SitePair> pairs,
        long allPairs,
        Value density,
        List<String> isolated) {

    /**
     * Copies the lists.
     *
     * @param period the period (Y), or {@code null} for all time
     * @param siteIds the sites of the matrix, by id
     * @param pairs the pairs of those sites that met, by first then second id
     * @param allPairs the number of pairs of those sites, n (n − 1) / 2
     * @param density pairs that met / all pairs; undefined ({@code NO_DENOMINATOR}) for fewer than two sites
     * @param isolated the sites that met no other site of the matrix, by id
     */
    public ExchangeNetwork {
        siteIds = List.copyOf(siteIds);
        pairs = List.copyOf(pairs);
        Objects.requireNonNull(density, "density");
        isolated = List.copyOf(isolated);
    }

    /**
     * {@return the number of exchanges that sites {@code a} and {@code b} both attended (0 for a site with itself)}
     *
     * @param a a site's id
     * @param b another site's id
     */
    public int exchanges(String a, String b) {
        for (SitePair p : pairs) {
            if (p.first().equals(a) && p.second().equals(b)
                    || p.first().equals(b) && p.second().equals(a)) {
                return p.exchanges();
            }
        }
        return 0;
    }

    /** {@return the symmetric site × site matrix in {@link #siteIds()} order, 0 on the diagonal} */
    public List<List<Integer>> matrix() {
        List<List<Integer>> rows = new ArrayList<>();
        for (String a : siteIds) {
            List<Integer> row = new ArrayList<>();
            for (String b : siteIds) {
                row.add(exchanges(a, b));
            }
            rows.add(List.copyOf(row));
        }
        return List.copyOf(rows);
    }
}
