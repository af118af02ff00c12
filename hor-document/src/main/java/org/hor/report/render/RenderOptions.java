package org.hor.report.render;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Options for rendering. The language comes from the document itself.
 *
 * @param chartData         whether HTML offers each chart's data as a table under the chart
 *                          (Markdown always shows charts as their data tables)
 * @param pageBreaks        whether printed HTML starts each top-level section on a new page
 * @param tableOfContents   whether HTML lists the top-level sections after the title
 * @param settings          renderer-specific settings for renderers from other jars, sorted by key
 */
public record RenderOptions(
        boolean chartData, boolean pageBreaks, boolean tableOfContents, Map<String, String> settings) {

    private static final RenderOptions DEFAULTS = new RenderOptions(true, true, true, Map.of());

    /**
     * @throws NullPointerException if {@code settings}, a key or a value is null
     *
     * @param chartData whether HTML offers each chart's data as a table under the chart (Markdown always
     *                  shows charts as their data tables)
     * @param pageBreaks whether printed HTML starts each top-level section on a new page
     * @param tableOfContents whether HTML lists the top-level sections after the title
     * @param settings renderer-specific settings for renderers from other jars, sorted by key
     */
    public RenderOptions {
        settings = Collections.unmodifiableMap(new TreeMap<>(Objects.requireNonNull(settings, "settings")));
    }

    /** {@return the defaults: chart data tables, page breaks and a table of contents, no settings} */
    public static RenderOptions defaults() {
        return DEFAULTS;
    }

    /**
     * {@return these options with {@code chartData} changed}
     *
     * @param chartData whether HTML offers each chart's data as a table under the chart (Markdown always
     *                  shows charts as their data tables)
     */
    public RenderOptions withChartData(boolean chartData) {
        return new RenderOptions(chartData, pageBreaks, tableOfContents, settings);
    }

    /**
     * {@return these options with {@code pageBreaks} changed}
     *
     * @param pageBreaks whether printed HTML starts each top-level section on a new page
     */
    public RenderOptions withPageBreaks(boolean pageBreaks) {
        return new RenderOptions(chartData, pageBreaks, tableOfContents, settings);
    }

    /**
     * {@return these options with {@code tableOfContents} changed}
     *
     * @param tableOfContents whether HTML lists the top-level sections after the title
     */
    public RenderOptions withTableOfContents(boolean tableOfContents) {
        return new RenderOptions(chartData, pageBreaks, tableOfContents, settings);
    }

    /**
     * {@return these options with one renderer-specific setting added or replaced}
     *
     * @param key the setting's name, as the renderer documents it
     * @param value the setting's value
     */
    public RenderOptions withSetting(String key, String value) {
        Map<String, String> copy = new TreeMap<>(settings);
        copy.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(value, "value"));
        return new RenderOptions(chartData, pageBreaks, tableOfContents, copy);
    }
}
