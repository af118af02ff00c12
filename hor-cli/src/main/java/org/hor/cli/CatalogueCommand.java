package org.hor.cli;

import java.io.PrintWriter;
import java.security.CodeSource;
import java.util.concurrent.Callable;
import org.hor.core.spi.Indicator;
import org.hor.core.spi.IndicatorDefinition;
import org.hor.core.spi.IndicatorProvider;
import org.hor.indicators.Catalogue;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code hor catalogue}: the loaded indicators, with their metadata and origin. */
@Command(name = "catalogue", mixinStandardHelpOptions = true,
        description = "List the loaded indicators: id, level, unit, direction, accrual, breakdown, label and origin.")
final class CatalogueCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Messages messages = HorCommand.messages();
        boolean german = messages.locale().getLanguage().equals("de");
        Catalogue catalogue = Catalogues.load();
        PrintWriter out = spec.commandLine().getOut();
        out.println(String.join("\t", "id", "level", "unit", "direction", "accrual", "breakdown", "label",
                "provider", "version", "jar"));
        for (IndicatorProvider provider : catalogue.providers()) {
            for (Indicator indicator : provider.indicators()) {
                IndicatorDefinition d = indicator.definition();
                out.println(String.join("\t", d.id(), d.level().name(), d.unit(), d.direction().name(),
                        d.accrual().name(), d.breakdownIfAny().map(b -> b.dimension()).orElse("-"),
                        german ? d.label().de() : d.label().en(), provider.id(), provider.version(),
                        jarOf(provider)));
            }
        }
        return ExitCodes.OK;
    }

    static String jarOf(Object provider) {
        CodeSource source = provider.getClass().getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) {
            return "-";
        }
        String path = source.getLocation().getPath();
        return path.substring(path.lastIndexOf('/', path.length() - 2) + 1);
    }
}
