package org.hor.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Runs the whole command line once, in the working directory, and keeps every output, standard
 * output, standard error and exit code as files under {@code runs/}: started by
 * {@link NativeDigitsCliTest} in a JVM with a given default locale, so that runs under several
 * locales can be compared byte for byte. Paths are relative, so the bytes do not depend on the folder.
 */
final class LocaleRunDriver {

    /** The commands, each with the name of its record under {@code runs/}. */
    static final List<List<String>> COMMANDS = List.of(
            List.of(
                    "01-sample",
                    "sample",
                    "--sites",
                    "4",
                    "--organisations",
                    "40",
                    "--deliveries",
                    "600",
                    "-o",
                    "sample.json"),
            List.of("02-validate", "validate", "sample.json"),
            List.of("03-evaluate-csv", "evaluate", "sample.json", "-o", "evaluate.csv"),
            List.of(
                    "04-evaluate-csv-de",
                    "evaluate",
                    "sample.json",
                    "--format",
                    "csv-de",
                    "--periods",
                    "year,half,quarter,month",
                    "-o",
                    "evaluate-de.csv"),
            List.of(
                    "05-evaluate-json",
                    "evaluate",
                    "sample.json",
                    "--format",
                    "json",
                    "--findings",
                    "-o",
                    "evaluate.json"),
            List.of(
                    "06-evaluate-stdout",
                    "evaluate",
                    "sample.json",
                    "--scopes",
                    "programme",
                    "--periods",
                    "month",
                    "--from",
                    "2025-01",
                    "--to",
                    "2025-H1"),
            List.of("07-report-html", "report", "sample.json", "--programme", "-o", "programme.html"),
            List.of("08-report-md", "report", "sample.json", "--programme", "--format", "md", "-o", "programme.md"),
            List.of(
                    "09-report-json",
                    "report",
                    "sample.json",
                    "--programme",
                    "--format",
                    "json",
                    "-o",
                    "programme.json"),
            List.of(
                    "10-report-site-de",
                    "--lang",
                    "de",
                    "report",
                    "sample.json",
                    "--site",
                    "S-01",
                    "-o",
                    "site-de.html"),
            List.of(
                    "11-report-site-md",
                    "report",
                    "sample.json",
                    "--site",
                    "S-02",
                    "--format",
                    "md",
                    "--suppress-below",
                    "3",
                    "-o",
                    "site.md"),
            List.of(
                    "12-explain",
                    "explain",
                    "sample.json",
                    "--scope",
                    "programme",
                    "--period",
                    "2025-Q2",
                    "--indicator",
                    "grants.amount"),
            List.of(
                    "13-explain-de",
                    "--lang",
                    "de",
                    "explain",
                    "sample.json",
                    "--scope",
                    "site:S-01",
                    "--period",
                    "2025-05",
                    "--indicator",
                    "reach.organisations"),
            List.of("14-findings", "findings", "sample.json"),
            List.of("15-findings-de", "--lang", "de", "findings", "sample.json", "-o", "findings-de.txt"),
            List.of("16-catalogue", "catalogue"),
            List.of("17-export", "export", "csv", "sample.json"),
            List.of("18-export-de", "export", "csv-de", "sample.json", "--dialect", "german"),
            List.of("19-import", "import", "csv", "-o", "imported.json"),
            List.of("20-import-de", "import", "csv-de", "-o", "imported-de.json"),
            List.of("21-validate-invalid", "validate", "invalid.json"),
            List.of("22-validate-invalid-de", "--lang", "de", "validate", "invalid.json"),
            List.of("23-import-invalid", "import", "csv-invalid"),
            List.of("24-import-invalid-de", "--lang", "de", "import", "csv-invalid"));

    /** Commands that must fail with 65 (their messages are compared too). */
    static final List<String> INVALID =
            List.of("21-validate-invalid", "22-validate-invalid-de", "23-import-invalid", "24-import-invalid-de");

    private LocaleRunDriver() {}

    public static void main(String[] args) throws Exception {
        System.setProperty("org.jboss.logging.provider", "slf4j");
        Path runs = Files.createDirectories(Path.of("runs"));
        // an invalid dataset whose messages carry numbers (line, column, limits) and periods
        Files.writeString(
                Path.of("invalid.json"),
                "{\"formatVersion\":\"1\",\"asOf\":\"2025-12-31\",\n"
                        + "\"programme\":{\"id\":\"P\",\"name\":\"P\"},\"sites\":[],\"targets\":[{\"siteId\":\"S-9\","
                        + "\"indicator\":\"reach.organisations\",\"period\":\"2025-Q5\",\"value\":1234567}]}\n",
                StandardCharsets.UTF_8);
        Files.createDirectories(Path.of("csv-invalid"));
        Files.writeString(
                Path.of("csv-invalid/sites.csv"),
                "id,name,city,state,carrier,carrierType,coverage,start,end\n"
                        + "S-1,Haus,Ort,DE-XX,T,NONE,CITY,2025-02-30,\n",
                StandardCharsets.UTF_8);
        for (List<String> c : COMMANDS) {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int code = Main.run(
                    new PrintWriter(out, true),
                    new PrintWriter(err, true),
                    c.subList(1, c.size()).toArray(String[]::new));
            Files.writeString(runs.resolve(c.get(0) + ".out"), out.toString(), StandardCharsets.UTF_8);
            Files.writeString(runs.resolve(c.get(0) + ".err"), err.toString(), StandardCharsets.UTF_8);
            Files.writeString(runs.resolve(c.get(0) + ".exit"), Integer.toString(code), StandardCharsets.UTF_8);
        }
    }
}
