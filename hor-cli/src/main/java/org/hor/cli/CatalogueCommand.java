package org.hor.cli;

import java.io.PrintWriter;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.hor.core.spi.IndicatorDefinition;
import org.hor.indicators.Catalogue;
import org.hor.indicators.PluginProblem;
import org.hor.indicators.ProviderInfo;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code hor catalogue}: the loaded indicators, with their metadata and origin, and what was skipped. */
@Command(
        name = "catalogue",
        mixinStandardHelpOptions = true,
        description = "List the loaded indicators (id, level, unit, direction, accrual, breakdown, label, provider, "
                + "version, jar; for an indicator of an --indicators file: sha256:HASH and the file), then the providers, "
                + "then every plugin that was skipped and why.")
final class CatalogueCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Messages messages = HorCommand.messages();
        boolean german = messages.locale().getLanguage().equals("de");
        Catalogue catalogue = Catalogues.load();
        Map<String, ProviderInfo> origin = new HashMap<>();
        for (ProviderInfo p : catalogue.providerInfos()) {
            for (String id : p.indicatorIds()) {
                origin.put(id, p);
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println(String.join(
                "\t",
                "id",
                "level",
                "unit",
                "direction",
                "accrual",
                "breakdown",
                "label",
                "provider",
                "version",
                "jar"));
        for (IndicatorDefinition d : catalogue.definitions()) {
            ProviderInfo p = origin.get(d.id());
            out.println(String.join(
                    "\t",
                    d.id(),
                    d.level().name(),
                    d.unit(),
                    d.direction().name(),
                    d.accrual().name(),
                    d.breakdownIfAny().map(b -> b.dimension()).orElse("-"),
                    german ? d.label().de() : d.label().en(),
                    p == null ? "-" : p.id(),
                    p == null ? "-" : p.isFile() ? "sha256:" + p.sha256() : p.version(),
                    p == null ? "-" : p.jar()));
        }
        out.println();
        out.println(messages.get("catalogue.providers"));
        for (ProviderInfo p : catalogue.providerInfos()) {
            if (p.isFile()) {
                out.println("  " + p.id() + " (" + messages.get("catalogue.file", p.jar(), p.sha256()) + "): "
                        + p.indicatorIds().size());
                continue;
            }
            out.println("  " + p.id() + " " + p.version() + " (" + p.providerClass() + ", " + p.jar() + "): "
                    + p.indicatorIds().size());
        }
        if (!catalogue.problems().isEmpty()) {
            out.println(messages.get("catalogue.skipped"));
            for (PluginProblem problem : catalogue.problems()) {
                out.println("  " + problem);
            }
        }
        return ExitCodes.OK;
    }
}
