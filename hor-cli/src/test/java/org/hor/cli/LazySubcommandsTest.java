package org.hor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The command line builds only the subcommand a run names (issue 21, the start). */
class LazySubcommandsTest {

    @Test
    @DisplayName("the first word after hor's own options and their values names the one subcommand to build")
    void subcommandNamed() {
        assertThat(HorCommand.subcommandNamed("validate")).isEqualTo(ValidateCommand.class);
        assertThat(HorCommand.subcommandNamed("report", "--programme")).isEqualTo(ReportCommand.class);
        assertThat(HorCommand.subcommandNamed("--lang", "en", "evaluate", "x.json"))
                .isEqualTo(EvaluateCommand.class);
        assertThat(HorCommand.subcommandNamed(
                        "--lang=de", "--plugins", "a.jar:b", "--indicators=f.json", "plugin", "new"))
                .isEqualTo(PluginCommand.class);
        // an option's value is never a subcommand, also when it is spelt like one
        assertThat(HorCommand.subcommandNamed("--indicators", "validate", "report"))
                .isEqualTo(ReportCommand.class);
        assertThat(HorCommand.subcommandNamed("--lang", "validate")).isNull();
        // help, usage, argument files, unknown words and options: every subcommand
        for (String[] args : new String[][] {
            {},
            {"help", "validate"},
            {"--help"},
            {"-h"},
            {"-V"},
            {"@args.txt"},
            {"--", "validate"},
            {"valid"},
            {"VALIDATE"},
            {"--bogus", "validate"},
            {"--lang"}
        }) {
            assertThat(HorCommand.subcommandNamed(args))
                    .as(String.join(" ", args))
                    .isNull();
        }
    }

    @Test
    @DisplayName("a run of one subcommand builds it alone; help builds all 17, in the order of the usage")
    void builtSubcommands() {
        CommandLine one = HorCommand.commandLine("--lang", "en", "validate");
        assertThat(one.getSubcommands()).containsOnlyKeys("validate");
        // hor's inherited options reach the subcommand added on its own
        assertThat(one.getSubcommands().get("validate").getCommandSpec().findOption("--lang"))
                .isNotNull();
        CommandLine all = HorCommand.commandLine("--help");
        assertThat(all.getSubcommands().keySet())
                .containsExactly(
                        "validate",
                        "evaluate",
                        "findings",
                        "explain",
                        "diff",
                        "report",
                        "import",
                        "export",
                        "merge",
                        "catalogue",
                        "indicators",
                        "sample",
                        "pseudonymise",
                        "erase",
                        "plugin",
                        "release",
                        "help");
    }

    @Test
    @DisplayName(
            "usage errors read the same with one subcommand built as with all: exit 64, the hint names the command")
    void usageErrors() {
        Cli lazy = Cli.run("--lang", "en", "validate", "--bogus");
        assertThat(lazy.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(lazy.err()).contains("Unknown option: '--bogus'").contains("hor validate --help");
        Cli top = Cli.run("--lang", "en", "--bogus", "validate");
        assertThat(top.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(top.err()).contains("Unknown option: '--bogus'");
        Cli help = Cli.run("--lang", "en", "--help");
        assertThat(help.out()).contains("validate").contains("release").contains("pseudonymise");
    }
}
