package io.countersign.cli;

import io.countersign.Countersign;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code countersign} command: one subcommand class per job, errors turned into exit codes by {@link ErrorHandler}. */
@Command(name = "countersign",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = "Export-trade paperwork in which every item is its own sign-off decision.",
        subcommands = {PiCommand.class, RecapCommand.class, LabelsCommand.class, CartonsCommand.class, SettlementCommand.class, CheckCommand.class, SignCommand.class, VerifyCommand.class, SchemaCommand.class, ServeCommand.class, BenchCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line; tests call {@code execute} on it with their own writers. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        cl.setExecutionExceptionHandler(new ErrorHandler());
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        return cl;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"countersign " + Countersign.VERSION};
        }
    }
}
