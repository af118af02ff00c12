package org.hor.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Objects;
import org.hor.core.io.DatasetReader;
import org.hor.core.io.ReadResult;
import org.hor.core.model.Dataset;
import org.hor.core.spi.IndicatorProvider;
import org.hor.core.validation.Violation;
import org.hor.indicators.Catalogue;
import org.hor.indicators.Engine;
import org.hor.indicators.EvaluationOptions;

/**
 * Runs an indicator plugin through the real host in one line of a test:
 *
 * <pre>{@code
 * PluginRun run = PluginTestKit.run(new MyProvider(), dataset).assertContract();
 * assertEquals(new BigDecimal("12"), run.number("site:S-A", "2024", "acme.visits"));
 * }</pre>
 *
 * <p>The plugin is loaded next to the standard catalogue with the host's validation (problems are
 * kept, not thrown) and evaluated with the host's guards, exactly as the command line would.
 */
public final class PluginTestKit {

    private PluginTestKit() {}

    /**
     * Evaluates {@code provider} and the standard catalogue on {@code dataset} with
     * {@link EvaluationOptions#defaults()} (every scope kind, years and quarters).
     *
     * @param provider the plugin
     * @param dataset the dataset to evaluate
     * @return the run, for assertions
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if a target of the dataset names an indicator the catalogue
     *                                  does not have
     */
    public static PluginRun run(IndicatorProvider provider, Dataset dataset) {
        return run(provider, dataset, EvaluationOptions.defaults());
    }

    /**
     * Evaluates {@code provider} and the standard catalogue on {@code dataset} with {@code options}.
     *
     * @param provider the plugin
     * @param dataset the dataset to evaluate
     * @param options the scopes and periods to evaluate
     * @return the run, for assertions
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException see {@link #run(IndicatorProvider, Dataset)}
     */
    public static PluginRun run(IndicatorProvider provider, Dataset dataset, EvaluationOptions options) {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(options, "options");
        Catalogue catalogue = catalogue(provider);
        return new PluginRun(
                provider, catalogue, Engine.create(dataset, catalogue).evaluate(options), dataset, options);
    }

    /**
     * Reads a dataset (JSON, spec 01) whose targets may name the indicators of {@code provider}, with
     * the catalogue-aware reader.
     *
     * @param provider the plugin
     * @param in       the dataset's bytes; not closed
     * @param name     the source's name for messages, such as a resource name
     * @return the dataset
     * @throws AssertionError       if the dataset is not valid (the message lists the violations)
     * @throws UncheckedIOException if reading fails
     */
    public static Dataset read(IndicatorProvider provider, InputStream in, String name) {
        ReadResult r;
        try {
            r = DatasetReader.builder()
                    .knownIndicators(catalogue(provider).knownIndicators())
                    .build()
                    .read(in, name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!r.isValid()) {
            StringBuilder sb = new StringBuilder("the dataset " + name + " is not valid:");
            for (Violation v : r.violations()) {
                sb.append("\n  ").append(v);
            }
            throw new AssertionError(sb.toString());
        }
        return r.dataset().orElseThrow();
    }

    static Catalogue catalogue(IndicatorProvider provider) {
        return Catalogue.builder().standard().add(provider).build();
    }
}
