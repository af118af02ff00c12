package org.hor.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.hor.core.model.Dataset;
import org.hor.testkit.PluginTestKit;

/** The examples' dataset, {@code examples.json}, read with the catalogue-aware reader. */
final class ExampleData {

    private ExampleData() {}

    static Dataset dataset() {
        try (InputStream in = ExampleData.class.getResourceAsStream("examples.json")) {
            return PluginTestKit.read(new ExamplesProvider(), in, "examples.json");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String json() {
        try (InputStream in = ExampleData.class.getResourceAsStream("examples.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
