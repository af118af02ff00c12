package org.hor.indicators.internal;

import java.time.LocalDate;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.RandomAccess;
import org.hor.core.model.Dataset;
import org.hor.core.model.Delivery;
import org.hor.core.model.Measurement;
import org.hor.core.model.Site;
import org.hor.core.spi.EvaluationContext;
import org.hor.core.spi.Scope;

/**
 * The engine's {@link EvaluationContext}: read-only views over the index. Delivery and measurement
 * lists are views of a binary-searched range (no copying); {@link #kernels()} offers the
 * {@link Kernels} to the standard catalogue, which sees them only through this class (plugins cannot
 * name it: the package is not exported).
 */
public final class HostContext implements EvaluationContext {
    private final Kernels kernels;
    private final DatasetIndex ix;
    private final String hostVersion;

    /** Creates the context over {@code kernels}. */
    public HostContext(Kernels kernels, String hostVersion) {
        this.kernels = kernels;
        this.ix = kernels.index();
        this.hostVersion = hostVersion;
    }

    @Override
    public Dataset dataset() {
        return ix.dataset;
    }

    @Override
    public List<Site> sites(Scope scope) {
        int[] sites = kernels.sites(scope).sites();
        List<Site> list = new ArrayList<>(sites.length);
        for (int s : sites) {
            list.add(ix.sites[s]);
        }
        return Collections.unmodifiableList(list);
    }

    @Override
    public List<Delivery> deliveries(String siteId, LocalDate from, LocalDate to) {
        int s = site(siteId);
        int lo = DatasetIndex.lowerBound(
                ix.dDay, ix.siteDeliveryStart[s], ix.siteDeliveryStart[s + 1], DatasetIndex.day(from));
        int hi = Math.max(
                lo, DatasetIndex.lowerBound(ix.dDay, lo, ix.siteDeliveryStart[s + 1], DatasetIndex.day(to) + 1));
        return new View<>(ix.dataset.deliveries(), ix.dRecord, lo, hi);
    }

    @Override
    public List<Measurement> measurements(String siteId, LocalDate from, LocalDate to) {
        int s = site(siteId);
        int lo = DatasetIndex.lowerBound(
                ix.mDay, ix.siteMeasurementStart[s], ix.siteMeasurementStart[s + 1], DatasetIndex.day(from));
        int hi = Math.max(
                lo, DatasetIndex.lowerBound(ix.mDay, lo, ix.siteMeasurementStart[s + 1], DatasetIndex.day(to) + 1));
        return new View<>(ix.dataset.measurements(), ix.mRecord, lo, hi);
    }

    @Override
    public String hostVersion() {
        return hostVersion;
    }

    /** Returns the kernels behind this context. */
    public Kernels kernels() {
        return kernels;
    }

    private int site(String siteId) {
        int s = ix.siteNumber(siteId);
        if (s < 0) {
            throw new IllegalArgumentException("no such site: " + siteId);
        }
        return s;
    }

    /** An unmodifiable view of records {@code records[order[from..to)]}. */
    private static final class View<T> extends AbstractList<T> implements RandomAccess {
        private final List<T> records;
        private final int[] order;
        private final int from;
        private final int size;

        View(List<T> records, int[] order, int from, int to) {
            this.records = records;
            this.order = order;
            this.from = from;
            this.size = to - from;
        }

        @Override
        public T get(int index) {
            if (index < 0 || index >= size) {
                throw new IndexOutOfBoundsException("index " + index + ", size " + size);
            }
            return records.get(order[from + index]);
        }

        @Override
        public int size() {
            return size;
        }
    }
}
