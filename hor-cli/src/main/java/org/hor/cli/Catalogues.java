package org.hor.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.hor.core.io.DatasetReader;
import org.hor.core.model.Dataset;
import org.hor.core.model.PeriodType;
import org.hor.core.spi.IndicatorDefinition;
import org.hor.core.spi.IndicatorProvider;
import org.hor.core.validation.KnownIndicators;
import org.hor.core.validation.Violation;
import org.hor.indicators.Catalogue;
import org.hor.indicators.PluginProblem;
import org.hor.indicators.ProviderInfo;
import org.hor.indicators.files.FileIndicator;
import org.hor.indicators.files.IndicatorFile;
import org.hor.indicators.files.IndicatorFileResult;
import org.hor.indicators.files.IndicatorFiles;

/**
 * Loads the indicator catalogue — the standard indicators, every plugin on the class path or
 * named with {@code --plugins}, and the indicator files of {@code --indicators} — and wires it into
 * the dataset reader, so targets are checked against it. Problems with plugins are printed as
 * warnings; the rest loads. An indicator file with any problem loads nothing: its violations are
 * printed and the command ends with 65 (spec 05).
 */
final class Catalogues {

    /** Plugin jars or folders from {@code --plugins}, set by {@link HorCommand}. */
    static List<Path> pluginPath = List.of();

    /** Indicator files from {@code --indicators}, in the order given, set by {@link HorCommand}. */
    static List<Path> indicatorFiles = List.of();

    /** Turns a checked file into its provider; tests replace it with a stand-in that evaluates nothing. */
    static Function<IndicatorFile, IndicatorProvider> fileProviders = IndicatorFiles::provider;

    /** The indicator files the last {@link #load()} added, for checking their sites against the dataset. */
    static List<IndicatorFile> loadedFiles = List.of();

    private Catalogues() {}

    /** Returns the catalogue, printing every plugin problem to {@code err}. */
    static Catalogue load(PrintWriter err) {
        Catalogue catalogue = load();
        for (PluginProblem p : catalogue.problems()) {
            err.println("hor: plugin skipped: " + p);
        }
        return catalogue;
    }

    /**
     * Returns the catalogue without printing its problems (see {@link Catalogue#problems()}), with the
     * indicators of the {@code --indicators} files last.
     *
     * @throws CliException with exit code 65 and every violation when an indicator file has a
     *         problem, 66 when one cannot be read
     */
    static Catalogue load() {
        Catalogue catalogue = loadBase();
        List<IndicatorFile> files = readFiles(catalogue, indicatorFiles);
        for (IndicatorFile f : files) {
            catalogue = catalogue.withFile(fileProviders.apply(f), f.name(), f.sha256());
        }
        loadedFiles = files;
        return catalogue;
    }

    /** Returns the standard indicators and the plugins, without the indicator files. */
    static Catalogue loadBase() {
        loadedFiles = List.of();
        if (pluginPath.isEmpty()) {
            return Catalogue.load();
        }
        checkPaths();
        // a path that is not a jar or folder, or names no provider, is a problem of the catalogue (not ignored)
        return Catalogue.load(pluginPath);
    }

    /** Returns the indicator files the last load added (or, for {@code validate}, read). */
    static List<IndicatorFile> loadedFiles() {
        return loadedFiles;
    }

    /** Returns each id of {@code catalogue} with where it comes from, for messages about clashing ids. */
    static Map<String, String> origins(Catalogue catalogue) {
        Map<String, String> origin = new LinkedHashMap<>();
        for (ProviderInfo p : catalogue.providerInfos()) {
            String from = p.isFile()
                    ? p.jar()
                    : p.id().equals(org.hor.indicators.standard.StandardCatalogue.ID)
                            ? "standard"
                            : "plugin " + p.id() + (p.jar().isEmpty() ? "" : ", " + p.jar());
            for (String id : p.indicatorIds()) {
                origin.put(id, from);
            }
        }
        return origin;
    }

    /**
     * Reads and checks indicator files in order: each on its own, then its ids against those of
     * {@code base} and of the files before it.
     *
     * @throws CliException with exit code 65 listing every violation (each line prefixed with its
     *         file) when a file has any, 66 when a file does not exist or cannot be read, 74 on an I/O error
     */
    static List<IndicatorFile> readFiles(Catalogue base, List<Path> paths) {
        Messages messages = HorCommand.messages();
        Map<String, String> loaded = origins(base);
        List<IndicatorFile> files = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        int invalid = 0;
        String firstInvalid = null;
        for (Path path : paths) {
            IndicatorFileResult r = readFile(path, messages);
            List<Violation> violations = new ArrayList<>(r.violations());
            if (r.file().isPresent()) {
                violations.addAll(IndicatorFiles.checkIds(r.file().get(), loaded));
            }
            if (!violations.isEmpty()) {
                invalid++;
                firstInvalid = firstInvalid == null ? path + ": " + violations.size() : firstInvalid;
                for (Violation v : violations) {
                    lines.add(path + ": " + v.format(messages.locale()));
                }
                continue;
            }
            IndicatorFile f = r.file().get();
            for (FileIndicator i : f.indicators()) {
                loaded.put(i.id(), f.name());
            }
            files.add(f);
        }
        if (invalid > 0) {
            throw new CliException(ExitCodes.DATA, messages.get("indicators.invalid", lines.size(), invalid), lines);
        }
        return List.copyOf(files);
    }

    /**
     * Reads one indicator file.
     *
     * @throws CliException with exit code 66 when it does not exist or cannot be read, 74 on another I/O error
     */
    static IndicatorFileResult readFile(Path path, Messages messages) {
        if (Files.isDirectory(path)) {
            throw new CliException(ExitCodes.NO_INPUT, messages.get("indicators.isDirectory", path));
        }
        try {
            return IndicatorFiles.read(path);
        } catch (NoSuchFileException e) {
            throw new CliException(ExitCodes.NO_INPUT, messages.get("indicators.notFound", path));
        } catch (IOException e) {
            throw CliException.reading(path, e, messages);
        }
    }

    /**
     * Checks the sites that the loaded indicator files name against the dataset (spec 05: an unknown
     * site is an error when file and dataset meet).
     *
     * @throws CliException with exit code 65 listing every unknown site
     */
    static void checkSites(Dataset dataset) {
        checkSites(loadedFiles, dataset);
    }

    /** Checks the sites of {@code files} against the dataset; see {@link #checkSites(Dataset)}. */
    static void checkSites(List<IndicatorFile> files, Dataset dataset) {
        List<String> lines = siteViolations(files, dataset);
        if (!lines.isEmpty()) {
            Messages messages = HorCommand.messages();
            throw new CliException(
                    ExitCodes.DATA, messages.get("indicators.invalid", lines.size(), files.size()), lines);
        }
    }

    /** Returns the unknown sites of {@code files} as lines, each prefixed with its file. */
    static List<String> siteViolations(List<IndicatorFile> files, Dataset dataset) {
        Messages messages = HorCommand.messages();
        List<String> lines = new ArrayList<>();
        for (IndicatorFile f : files) {
            for (Violation v : IndicatorFiles.checkSites(f, dataset)) {
                lines.add(f.name() + ": " + v.format(messages.locale()));
            }
        }
        return lines;
    }

    /**
     * Returns the indicators of {@code base} and those of {@code files} (their ids and period types),
     * for checking targets without evaluating anything.
     */
    static KnownIndicators knownIndicators(Catalogue base, List<IndicatorFile> files) {
        Map<String, Set<PeriodType>> m = new LinkedHashMap<>();
        for (IndicatorDefinition d : base.definitions()) {
            m.put(d.id(), d.periodTypes());
        }
        for (IndicatorFile f : files) {
            for (FileIndicator i : f.indicators()) {
                m.put(i.id(), i.periods());
            }
        }
        return KnownIndicators.of(m);
    }

    /**
     * Checks that every plugin path exists.
     *
     * @throws CliException with exit code 66 naming the first path that does not
     */
    static void checkPaths() {
        for (Path p : pluginPath) {
            if (!Files.exists(p)) {
                throw new CliException(ExitCodes.NO_INPUT, HorCommand.messages().get("plugins.notFound", p));
            }
        }
    }

    /**
     * Returns the indicators targets are checked against for a command that needs plugins only for
     * that ({@code validate}): the standard ones, and the whole catalogue, loaded (and its problems
     * printed to {@code err}) only when a target names another indicator. So plugin code does not
     * run at all for a dataset whose targets name standard indicators only.
     */
    static KnownIndicators lazyKnownIndicators(PrintWriter err) {
        checkPaths();
        if (!indicatorFiles.isEmpty()) {
            // a file's ids must not clash with a plugin's: the plugins are loaded, the files only read
            Catalogue base = loadBase();
            for (PluginProblem p : base.problems()) {
                err.println("hor: plugin skipped: " + p);
            }
            List<IndicatorFile> files = readFiles(base, indicatorFiles);
            loadedFiles = files;
            return knownIndicators(base, files);
        }
        // hor-core's copy of the standard ids (StandardIndicatorsTest keeps it equal to the catalogue's):
        // reading a dataset does not build the catalogue
        KnownIndicators standard = KnownIndicators.standard();
        return new KnownIndicators() {
            private KnownIndicators all;

            private synchronized KnownIndicators all() {
                if (all == null) {
                    all = load(err).knownIndicators();
                }
                return all;
            }

            @Override
            public boolean knows(String id) {
                return standard.knows(id) || all().knows(id);
            }

            @Override
            public java.util.Set<org.hor.core.model.PeriodType> periodTypes(String id) {
                return standard.knows(id) ? standard.periodTypes(id) : all().periodTypes(id);
            }

            @Override
            public java.util.Collection<String> ids() {
                return all().ids();
            }
        };
    }

    /** Returns a reader that checks targets against {@code catalogue}. */
    static DatasetReader.Builder readerBuilder(Catalogue catalogue) {
        return DatasetReader.builder().knownIndicators(knownIndicators(catalogue));
    }

    /** Returns the ids and period types of {@code catalogue}'s indicators, for checking targets. */
    static KnownIndicators knownIndicators(Catalogue catalogue) {
        return catalogue.knownIndicators();
    }
}
