package org.hor.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hor.core.io.DatasetReader;
import org.hor.core.validation.KnownIndicators;
import org.hor.indicators.Catalogue;
import org.hor.indicators.PluginProblem;

/**
 * Loads the indicator catalogue — the standard indicators and every plugin on the class path or
 * named with {@code --plugins} — and wires it into the dataset reader, so targets are checked
 * against it. Problems with plugins are printed as warnings; the rest loads.
 */
final class Catalogues {

    /** Plugin jars or folders from {@code --plugins}, set by {@link HorCommand}. */
    static List<Path> pluginPath = List.of();

    private Catalogues() {
    }

    /** Returns the catalogue, printing every plugin problem to {@code err}. */
    static Catalogue load(PrintWriter err) {
        Catalogue catalogue = load();
        for (PluginProblem p : catalogue.problems()) {
            err.println("hor: plugin skipped: " + p);
        }
        return catalogue;
    }

    /** Returns the catalogue without printing its problems (see {@link Catalogue#problems()}). */
    static Catalogue load() {
        if (pluginPath.isEmpty()) {
            return Catalogue.load();
        }
        checkPaths();
        // a path that is not a jar or folder, or names no provider, is a problem of the catalogue (not ignored)
        return Catalogue.load(pluginPath);
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
        KnownIndicators standard = Catalogue.standard().knownIndicators();
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
