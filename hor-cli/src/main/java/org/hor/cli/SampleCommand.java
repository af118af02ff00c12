package org.hor.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.hor.core.io.DatasetWriter;
import org.hor.core.model.Dataset;
import org.hor.core.sample.SampleGenerator;
import org.hor.core.sample.SampleParameters;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code hor sample}: writes generated, fictional programme data. */
@Command(
        name = "sample",
        mixinStandardHelpOptions = true,
        description = "Write a generated, fictional programme dataset (deterministic for a seed).")
final class SampleCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "FILE",
            description = "Output file (default: standard output).")
    Path output;

    @Option(names = "--sites", paramLabel = "N", description = "Number of sites (default: ${DEFAULT-VALUE}).")
    int sites = SampleParameters.defaults().sites();

    @Option(
            names = "--organisations",
            paramLabel = "N",
            description = "Number of organisations (default: ${DEFAULT-VALUE}).")
    int organisations = SampleParameters.defaults().organisations();

    @Option(names = "--deliveries", paramLabel = "N", description = "Number of deliveries (default: ${DEFAULT-VALUE}).")
    int deliveries = SampleParameters.defaults().deliveries();

    @Option(names = "--seed", paramLabel = "N", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed = SampleParameters.defaults().seed();

    @Override
    public Integer call() {
        Messages messages = HorCommand.messages();
        SampleParameters parameters;
        try {
            parameters = SampleParameters.defaults()
                    .withSites(sites)
                    .withOrganisations(organisations)
                    .withDeliveries(deliveries)
                    .withSeed(seed);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        Dataset dataset = SampleGenerator.generate(parameters);
        DatasetWriter writer = DatasetWriter.create();
        AtomicOutput.write(output, out -> writer.write(dataset, out), messages);
        return ExitCodes.OK;
    }
}
