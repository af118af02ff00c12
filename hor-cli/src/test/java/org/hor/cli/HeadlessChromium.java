package org.hor.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Drives Debian's Chromium headless for the browser tests: dump the DOM after load, print to PDF,
 * take a screenshot. Each call uses a fresh, empty profile and the flags that keep Chromium off the
 * network.
 */
final class HeadlessChromium {

    private static final List<String> CANDIDATES =
            List.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome");

    private final Path executable;
    private final Path workDir;

    private HeadlessChromium(Path executable, Path workDir) {
        this.executable = executable;
        this.workDir = workDir;
    }

    /** Returns a driver when a Chromium executable exists, else {@code null}. */
    static HeadlessChromium find(Path workDir) {
        for (String candidate : CANDIDATES) {
            Path p = Path.of(candidate);
            if (Files.isExecutable(p)) {
                return new HeadlessChromium(p, workDir);
            }
        }
        return null;
    }

    /** Returns the serialized DOM of {@code page} after load (scripts, if any, have run). */
    String dumpDom(Path page) throws IOException, InterruptedException {
        Result r = run(List.of("--dump-dom", page.toUri().toString()));
        return r.stdout;
    }

    /** Prints {@code page} to a PDF file and returns its path. */
    Path printToPdf(Path page, Path pdf) throws IOException, InterruptedException {
        run(List.of(
                "--no-pdf-header-footer",
                "--print-to-pdf=" + pdf.toAbsolutePath(),
                page.toUri().toString()));
        return pdf;
    }

    /** Takes a PNG screenshot of {@code page} at the given window size and returns its path. */
    Path screenshot(Path page, Path png, int width, int height) throws IOException, InterruptedException {
        run(List.of(
                "--hide-scrollbars",
                "--window-size=" + width + "," + height,
                "--screenshot=" + png.toAbsolutePath(),
                page.toUri().toString()));
        return png;
    }

    private Result run(List<String> args) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory(workDir, "chromium-profile-");
        List<String> cmd = new ArrayList<>(List.of(
                executable.toString(),
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-quic",
                "--user-data-dir=" + profile.toAbsolutePath()));
        cmd.addAll(args);
        Path out = workDir.resolve("chromium-" + System.nanoTime() + ".out");
        Path err = workDir.resolve("chromium-" + System.nanoTime() + ".err");
        Process p = new ProcessBuilder(cmd)
                .redirectOutput(out.toFile())
                .redirectError(err.toFile())
                .start();
        if (!p.waitFor(90, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException("chromium did not finish within 90 s: " + cmd);
        }
        String stdout = Files.readString(out, StandardCharsets.UTF_8);
        if (p.exitValue() != 0) {
            throw new IOException(
                    "chromium exited with " + p.exitValue() + ": " + Files.readString(err, StandardCharsets.UTF_8));
        }
        return new Result(stdout);
    }

    private record Result(String stdout) {}
}
