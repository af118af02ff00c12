package org.hor.cli;

import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The top-level {@code hor} command; its subcommands do the work. */
@Command(
        name = "hor",
        mixinStandardHelpOptions = true,
        versionProvider = HorCommand.Version.class,
        description = "Monitoring and formative evaluation of House of Resources sites.",
        subcommands = {
            ValidateCommand.class,
            EvaluateCommand.class,
            FindingsCommand.class,
            ExplainCommand.class,
            DiffCommand.class,
            ReportCommand.class,
            ImportCommand.class,
            ExportCommand.class,
            MergeCommand.class,
            CatalogueCommand.class,
            IndicatorsCommand.class,
            SampleCommand.class,
            PseudonymiseCommand.class,
            EraseCommand.class,
            PluginCommand.class,
            ReleaseCommand.class,
            CommandLine.HelpCommand.class
        })
final class HorCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(
            names = "--lang",
            scope = ScopeType.INHERIT,
            paramLabel = "de|en",
            description = "Language of messages and reports (default: from the locale, German when German).")
    void setLang(String lang) {
        if (!lang.equals("de") && !lang.equals("en")) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--lang must be de or en: " + lang);
        }
        language = lang;
    }

    private static String language;

    @Option(
            names = "--plugins",
            scope = ScopeType.INHERIT,
            split = ":",
            paramLabel = "PATH",
            description = "Plugin jars or class folders to load besides those on the class path (separated by :).")
    void setPlugins(java.util.List<java.nio.file.Path> paths) {
        Catalogues.pluginPath = pluginLists.add(paths);
    }

    private static final InheritedValues<java.nio.file.Path> pluginLists = new InheritedValues<>();

    @Option(
            names = "--indicators",
            scope = ScopeType.INHERIT,
            paramLabel = "FILE",
            description =
                    "An indicator file (spec 05) whose indicators are loaded after the standard and plugin ones; repeatable.")
    void setIndicators(java.util.List<java.nio.file.Path> files) {
        Catalogues.indicatorFiles = indicatorLists.add(files);
    }

    private static final InheritedValues<java.nio.file.Path> indicatorLists = new InheritedValues<>();

    /** Where command output goes when no {@code -o} file is named: standard output, or a test's buffer. */
    static java.io.OutputStream stdout = System.out;

    /** Where {@code -o /dev/stderr} goes: standard error, or a test's buffer. */
    static java.io.OutputStream stderr = System.err;

    /** Returns the locale chosen by {@code --lang}, or from the default locale. */
    static Locale locale() {
        String lang = language != null ? language : Locale.getDefault().getLanguage();
        return "de".equals(lang) ? Locale.GERMAN : Locale.ENGLISH;
    }

    static Messages messages() {
        return new Messages(locale());
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Builds the command line with the program's exit-code and error handling. */
    static CommandLine commandLine() {
        language = null;
        Catalogues.pluginPath = java.util.List.of();
        Catalogues.indicatorFiles = java.util.List.of();
        indicatorLists.clear();
        pluginLists.clear();
        Catalogues.loadedFiles = java.util.List.of();
        CommandLine cl = new CommandLine(new HorCommand());
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setExitCodeExceptionMapper(e -> e instanceof CliException ce ? ce.exitCode() : ExitCodes.SOFTWARE);
        cl.setParameterExceptionHandler((ex, args) -> {
            CommandLine c = ex.getCommandLine();
            c.getErr().println("hor: " + ex.getMessage());
            c.getErr().println(messages().get("usage.hint", c.getCommandSpec().qualifiedName()));
            return ExitCodes.USAGE;
        });
        cl.setExecutionExceptionHandler((ex, c, parseResult) -> {
            if (ex instanceof CliException ce) {
                ce.details().forEach(c.getErr()::println);
                c.getErr().println("hor: " + ce.getMessage());
                return ce.exitCode();
            }
            if (ex instanceof CommandLine.ParameterException pe) {
                c.getErr().println("hor: " + pe.getMessage());
                return ExitCodes.USAGE;
            }
            c.getErr()
                    .println("hor: "
                            + messages()
                                    .get("error.internal", ex.getClass().getName(), String.valueOf(ex.getMessage())));
            return ExitCodes.SOFTWARE;
        });
        return cl;
    }

    /** The version from the jar manifest, or {@code DEVELOPMENT} when run from classes. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = HorCommand.class.getPackage().getImplementationVersion();
            return new String[] {"hor " + (v == null ? "DEVELOPMENT" : v)};
        }
    }
}
