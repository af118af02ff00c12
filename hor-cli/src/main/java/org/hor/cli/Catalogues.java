package org.hor.cli;

import java.io.PrintWriter;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
        List<URL> urls = new ArrayList<>();
        for (Path p : pluginPath) {
            if (!Files.exists(p)) {
                throw new CliException(ExitCodes.NO_INPUT, HorCommand.messages().get("plugins.notFound", p));
            }
            try {
                urls.add(p.toAbsolutePath().toUri().toURL());
            } catch (MalformedURLException e) {
                throw new CliException(ExitCodes.NO_INPUT, HorCommand.messages().get("plugins.notFound", p));
            }
        }
        // the loader lives as long as the process: plugin classes are used until the end of the run
        URLClassLoader loader = new URLClassLoader(urls.toArray(URL[]::new), Catalogues.class.getClassLoader());
        return Catalogue.load(loader);
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
