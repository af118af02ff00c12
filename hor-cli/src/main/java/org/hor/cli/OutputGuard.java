package org.hor.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Refuses, before anything is read, an output that is one of the run's inputs: the same file by its
 * identity (device and inode, so also through a symbolic or hard link or {@code ..}), or a class file
 * or a file under {@code META-INF} of a plugin class folder. Writing there would destroy the input the
 * output is computed from.
 */
final class OutputGuard {

    private OutputGuard() {}

    /**
     * Returns the inputs of a run that reads {@code file} (may be {@code null}: the embedded sample):
     * the file, the plugin jars and folders of {@code --plugins} and the indicator files of {@code --indicators}.
     */
    static List<Path> inputs(Path file) {
        List<Path> inputs = new ArrayList<>();
        if (file != null) {
            inputs.add(file);
        }
        inputs.addAll(Catalogues.pluginPath);
        inputs.addAll(Catalogues.indicatorFiles);
        return inputs;
    }

    /**
     * Refuses {@code output} when it is one of {@code inputs}, or a class or {@code META-INF} file of an
     * input that is a (plugin class) folder.
     *
     * @param output the output file, or {@code null} or {@code -} for standard output (never refused)
     * @param inputs the files and folders the run reads
     * @throws CliException with exit code 64, naming the output and the input
     */
    static void refuse(Path output, Messages messages, List<Path> inputs) {
        if (output == null || output.toString().equals("-") || !Files.exists(output)) {
            return;
        }
        for (Path input : inputs) {
            if (input != null && isInput(output, input)) {
                throw new CliException(ExitCodes.USAGE, messages.get("output.isInput", output, input));
            }
        }
    }

    private static boolean isInput(Path output, Path input) {
        try {
            if (!Files.exists(input)) {
                return false;
            }
            if (Files.isDirectory(input)) {
                // a plugin class folder: what its class loader reads are classes and META-INF
                Path folder = input.toRealPath();
                Path real = output.toRealPath();
                return real.startsWith(folder)
                        && (real.getFileName().toString().endsWith(".class")
                                || folder.relativize(real).startsWith("META-INF"));
            }
            return Files.isSameFile(output, input);
        } catch (IOException e) {
            // what cannot be resolved cannot be compared; reading or writing reports its own error
            return false;
        }
    }
}
