package org.hor.indicators.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.hor.core.model.Dataset;
import org.hor.core.model.Site;
import org.hor.core.spi.IndicatorProvider;
import org.hor.core.validation.RuleCode;
import org.hor.core.validation.Violation;
import org.hor.indicators.files.internal.IndicatorFileReader;

/**
 * Reads, checks and evaluates indicator files (spec 05).
 *
 * <p>{@code read} parses and checks a file on its own: syntax and limits (each stops reading, as in
 * the dataset reader), then every field rule at once, each violation with JSON pointer, line,
 * column, {@code HOR-5xx} code and value. What a file can only be checked against — the ids already
 * loaded ({@link #checkIds}) and a dataset's sites ({@link #checkSites}) — is checked when they
 * meet. {@code provider} turns a checked file into an {@link IndicatorProvider} that the engine
 * treats like any plugin.
 *
 * <p>Limits: a file has at most {@value #MAX_BYTES} bytes, JSON nesting of at most
 * {@value #MAX_NESTING} levels, strings of at most {@value #MAX_STRING} characters, numbers of at
 * most {@value #MAX_NUMBER} characters, 1 to {@value #MAX_INDICATORS} indicators, and expressions
 * nested at most {@value #MAX_EXPRESSION_DEPTH} deep.
 */
public final class IndicatorFiles {

    /** The largest indicator file, in bytes (8 MiB). */
    public static final long MAX_BYTES = IndicatorFileReader.MAX_BYTES;
    /** The deepest nesting of JSON objects and arrays in an indicator file. */
    public static final int MAX_NESTING = IndicatorFileReader.MAX_NESTING;
    /** The longest string or key in an indicator file, in characters. */
    public static final int MAX_STRING = IndicatorFileReader.MAX_STRING;
    /** The longest number literal in an indicator file, in characters. */
    public static final int MAX_NUMBER = IndicatorFileReader.MAX_NUMBER;
    /** The most indicators in one file. */
    public static final int MAX_INDICATORS = IndicatorFileReader.MAX_INDICATORS;
    /** The deepest nesting of expressions (spec 05). */
    public static final int MAX_EXPRESSION_DEPTH = IndicatorFileReader.MAX_EXPRESSION_DEPTH;

    private IndicatorFiles() {}

    /**
     * Reads and checks an indicator file on its own; it is named in messages and in the catalogue as
     * the path is given. A file larger than {@link #MAX_BYTES} is refused before it is read.
     *
     * @param file the file
     * @return the checked file or its violations
     * @throws java.nio.file.NoSuchFileException if the file does not exist
     * @throws IOException when the file cannot be read (never for invalid content)
     */
    public static IndicatorFileResult read(Path file) throws IOException {
        Objects.requireNonNull(file, "file");
        if (Files.isRegularFile(file)) {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                return IndicatorFileReader.failed(List.of(Violation.of(
                        "", -1, -1, RuleCode.INDICATOR_FILE_SIZE, Long.toString(size), Long.toString(MAX_BYTES))));
            }
        }
        byte[] bytes;
        try (var in = Files.newInputStream(file)) {
            bytes = in.readNBytes((int) MAX_BYTES + 1); // a pipe or device: read up to the limit
        }
        return read(file.toString(), bytes);
    }

    /**
     * Reads and checks an indicator file's bytes (UTF-8 JSON).
     *
     * @param name how the file is named in messages and in the catalogue
     * @param bytes its content
     * @return the checked file or its violations
     * @throws NullPointerException if an argument is null
     */
    public static IndicatorFileResult read(String name, byte[] bytes) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(bytes, "bytes");
        return IndicatorFileReader.read(name, bytes);
    }

    /**
     * Checks a file's ids against the ids already loaded (spec 05: an id must not equal one of a
     * standard indicator, a plugin's, or one of an earlier file): {@code HOR-542} at each clashing id.
     *
     * @param file a checked file
     * @param loaded the ids already loaded, each with a short description of where it comes from
     *        (such as {@code standard}, {@code plugin hor.examples} or an earlier file's name)
     * @return the violations, in file order (empty when none)
     */
    public static List<Violation> checkIds(IndicatorFile file, Map<String, String> loaded) {
        List<Violation> out = new ArrayList<>();
        for (FileIndicator i : file.indicators()) {
            String from = loaded.get(i.id());
            if (from != null) {
                String pointer = i.pointer() + "/id";
                IndicatorFile.Location at = file.location(pointer);
                out.add(Violation.of(
                        pointer, at.line(), at.column(), RuleCode.INDICATOR_FILE_ID_CLASH, i.id(), i.id(), from));
            }
        }
        return List.copyOf(out);
    }

    /**
     * Checks the sites a file's indicators name against a dataset's (spec 05: an id the dataset
     * lacks is an error when file and dataset meet): {@code HOR-540} at each unknown site.
     *
     * @param file a checked file
     * @param dataset the dataset
     * @return the violations, in file order (empty when none)
     */
    public static List<Violation> checkSites(IndicatorFile file, Dataset dataset) {
        Set<String> sites = new HashSet<>();
        for (Site s : dataset.sites()) {
            if (s != null) {
                sites.add(s.id());
            }
        }
        List<Violation> out = new ArrayList<>();
        for (FileIndicator i : file.indicators()) {
            for (int k = 0; k < i.sites().size(); k++) {
                String site = i.sites().get(k);
                if (!sites.contains(site)) {
                    String pointer = i.pointer() + "/sites/" + k;
                    IndicatorFile.Location at = file.location(pointer);
                    out.add(Violation.of(
                            pointer, at.line(), at.column(), RuleCode.INDICATOR_FILE_UNKNOWN_SITE, site, site));
                }
            }
        }
        return List.copyOf(out);
    }

    /**
     * Returns a provider whose indicators are the file's, in file order, evaluated as spec 05 says.
     *
     * @param file a checked file
     * <p>The provider's id is {@code file.} and the first 16 hex digits of the file's SHA-256, its
     * version {@code sha256:} and the whole SHA-256; the catalogue gives the file's name as its location
     * ({@link org.hor.indicators.ProviderInfo#jar()}) and lists its indicators after the standard ones and
     * the plugins', in file order (files in the order they were added). The engine evaluates them
     * inline like the standard indicators, over its columnar index, and disclosure control treats them
     * by their expression ({@link org.hor.indicators.DisclosureBasis}).
     *
     * @return the provider; its {@link IndicatorProvider#id()} names the file
     * @throws NullPointerException if {@code file} is null
     */
    public static IndicatorProvider provider(IndicatorFile file) {
        return new org.hor.indicators.files.internal.FileProvider(file);
    }

    /**
     * Returns the indicator file that defines the indicator {@code id} among the providers an engine
     * evaluates with (the reports' section of a site's own indicators asks {@code engine.providers()}):
     * the file of a provider made by {@link #provider(IndicatorFile)}; empty for standard and plugin
     * indicators.
     *
     * @param providers the providers, e.g. {@code engine.providers()}
     * @param id an indicator id
     * @return the file, if one of the providers is a file's and defines {@code id}
     * @throws NullPointerException if an argument is null
     */
    public static java.util.Optional<IndicatorFile> origin(
            java.util.List<? extends org.hor.core.spi.IndicatorProvider> providers, String id) {
        return org.hor.indicators.files.internal.FileProvider.origin(providers, id);
    }
}
