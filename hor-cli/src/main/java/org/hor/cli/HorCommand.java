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
        description = "Monitoring and formative evaluation of House of Resources sites.")
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

    /**
     * The subcommands, in the order of {@code hor --help}. They are added to the command line in
     * {@link #commandLine(String...)}, not declared in {@code @Command}: picocli builds the model of
     * every declared subcommand up front (reflection over all their options, about a third of the
     * start of {@code hor validate}), while a run needs only the one it names.
     */
    private static final java.util.List<Class<?>> SUBCOMMANDS = java.util.List.of(
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
            CommandLine.HelpCommand.class);

    /** Builds the command line with every subcommand and the program's exit-code and error handling. */
    static CommandLine commandLine() {
        return commandLine(new String[0]);
    }

    /**
     * Builds the command line for {@code args}: when they name a subcommand, after nothing but
     * {@code hor}'s own options with their values, only that subcommand is added (parsing and running
     * those arguments cannot reach another); otherwise (help, usage, errors before a subcommand,
     * {@code @files}) all of them, so that help and messages list every command.
     */
    static CommandLine commandLine(String... args) {
        language = null;
        Catalogues.pluginPath = java.util.List.of();
        Catalogues.indicatorFiles = java.util.List.of();
        indicatorLists.clear();
        pluginLists.clear();
        Catalogues.loadedFiles = java.util.List.of();
        CommandLine cl = new CommandLine(new HorCommand());
        Class<?> only = subcommandNamed(args);
        for (Class<?> c : SUBCOMMANDS) {
            if (only == null || c == only) {
                cl.addSubcommand(c);
            }
        }
        // after the subcommands: picocli passes these settings on to the subcommands it has
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setExitCodeExceptionMapper(e -> e instanceof CliException ce ? ce.exitCode() : ExitCodes.SOFTWARE);
        cl.setParameterExceptionHandler((ex, unmatched) -> {
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

    /**
     * Returns the subcommand that {@code args} run, when it is certain without parsing: the first
     * argument that is not one of {@code hor}'s options {@code --lang}, {@code --plugins},
     * {@code --indicators} (each with its value, separate or after {@code =}) is a subcommand's name.
     * Returns null for anything else ({@code help}, {@code -h}, {@code @file}, {@code --}, no
     * subcommand, an unknown word or option).
     */
    static Class<?> subcommandNamed(String... args) {
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--lang") || a.equals("--plugins") || a.equals("--indicators")) {
                i++; // its value, whatever it looks like: picocli takes it as the value too
            } else if (!(a.startsWith("--lang=") || a.startsWith("--plugins=") || a.startsWith("--indicators="))) {
                for (Class<?> c : SUBCOMMANDS) {
                    Command command = c.getAnnotation(Command.class);
                    if (c != CommandLine.HelpCommand.class && command.name().equals(a)) {
                        return c;
                    }
                }
                return null;
            }
        }
        return null;
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
