package org.hor.indicators.files.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.hor.core.spi.Indicator;
import org.hor.core.spi.IndicatorProvider;
import org.hor.core.spi.Scope;
import org.hor.core.spi.Value;
import org.hor.indicators.files.Expression;
import org.hor.indicators.files.FileIndicator;
import org.hor.indicators.files.IndicatorFile;
import org.hor.indicators.internal.Kernels;

/**
 * The provider of one indicator file: its indicators in file order. Its id is {@code file.} and the
 * first 16 hex digits of the file's SHA-256, its version {@code sha256:} and all of them; the
 * catalogue names the file as the provider's location. The host evaluates its indicators inline,
 * like the standard ones (they are the host's code, reading the columnar index), and lists them
 * after the plugins'. Thread-safe.
 */
public final class FileProvider implements IndicatorProvider {
    private final IndicatorFile file;
    private final List<Indicator> indicators;
    private final List<Leaf> leaves = new ArrayList<>();
    private final ThreadLocal<LastPass> last = new ThreadLocal<>();
    private final ThreadLocal<DeliveryLeafPass.Scratch> scratch =
            ThreadLocal.withInitial(DeliveryLeafPass.Scratch::new);

    /** The last delivery pass of a thread: the indicators of one scope and period are asked one after the other. */
    private record LastPass(
            java.lang.ref.WeakReference<Compiled> compiled, Scope scope, int first, int last, Value[] values) {}

    /**
     * Creates the provider of {@code file}.
     *
     * @throws NullPointerException if {@code file} is null
     */
    public FileProvider(IndicatorFile file) {
        this.file = Objects.requireNonNull(file, "file");
        List<Indicator> list = new ArrayList<>();
        for (FileIndicator fi : file.indicators()) {
            list.add(new EvaluatedIndicator(this, fi, number(fi.compute())));
        }
        this.indicators = List.copyOf(list);
    }

    /**
     * Returns the file of the provider among {@code providers} that defines the indicator
     * {@code id}; see {@code IndicatorFiles.origin}.
     */
    public static java.util.Optional<IndicatorFile> origin(List<? extends IndicatorProvider> providers, String id) {
        Objects.requireNonNull(id, "id");
        for (IndicatorProvider p : providers) {
            if (p instanceof FileProvider f) {
                for (Indicator i : f.indicators) {
                    if (i.definition().id().equals(id)) {
                        return java.util.Optional.of(f.file);
                    }
                }
            }
        }
        return java.util.Optional.empty();
    }

    /** Numbers the leaves of {@code e} depth-first and returns {@code e} with its leaves' numbers. */
    private Numbered number(Expression e) {
        if (e instanceof Expression.Share s) {
            return new Numbered(e, -1, List.of(number(s.part()), number(s.of())));
        }
        if (e instanceof Expression.Ratio r) {
            return new Numbered(e, -1, List.of(number(r.numerator()), number(r.denominator())));
        }
        Leaf leaf = Leaf.of(leaves.size(), e);
        // the same leaf twice (a share's denominator that is also an indicator) is computed once
        for (Leaf known : leaves) {
            if (known.selection().equals(leaf.selection())
                    && known.kind() == leaf.kind()
                    && known.field() == leaf.field()
                    && known.atLeast() == leaf.atLeast()) {
                return new Numbered(e, known.number(), List.of());
            }
        }
        leaves.add(leaf);
        return new Numbered(e, leaf.number(), List.of());
    }

    /** An expression with the number of its leaf (-1 for share and ratio) and its operands. */
    record Numbered(Expression expression, int leaf, List<Numbered> operands) {}

    /** {@return the file} */
    public IndicatorFile file() {
        return file;
    }

    @Override
    public String id() {
        return "file." + file.sha256().substring(0, Math.min(16, file.sha256().length()));
    }

    @Override
    public String version() {
        return "sha256:" + file.sha256();
    }

    @Override
    public List<Indicator> indicators() {
        return indicators;
    }

    /** Returns the leaves compiled against the index of {@code kernels}, kept as long as the engine lives. */
    Compiled compiled(Kernels kernels) {
        return kernels.attachment(this, () -> new Compiled(kernels.index(), leaves));
    }

    /** Returns the values of every delivery leaf for the sites of {@code scope} in days first..last. */
    Value[] deliveryPass(Compiled c, Scope scope, int[] sites, int first, int lastDay) {
        LastPass p = last.get();
        if (p != null && p.compiled.get() == c && p.first == first && p.last == lastDay && p.scope.equals(scope)) {
            return p.values;
        }
        Value[] values = c.deliveryPass(sites, first, lastDay, scratch.get());
        last.set(new LastPass(new java.lang.ref.WeakReference<>(c), scope, first, lastDay, values));
        return values;
    }

    @Override
    public String toString() {
        return "indicator file " + file.name() + " (sha256 " + file.sha256() + ")";
    }
}
