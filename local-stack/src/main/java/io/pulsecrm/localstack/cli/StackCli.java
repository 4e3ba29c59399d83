package io.pulsecrm.localstack.cli;

import io.pulsecrm.localstack.RepoRoot;

import java.io.PrintStream;

/**
 * Process management behind {@code ./crm up|down|status|logs}: the embedded stack on the default
 * ports of docs/architecture.md, state under {@code <root>/.crm}. Prints to stdout for people;
 * exit codes: 0 ok, 1 a component failed, 2 usage error or jars not built, 3 status found something down.
 */
public final class StackCli {

    static final int OK = 0;
    static final int FAILED = 1;
    static final int USAGE = 2;
    static final int DOWN = 3;

    private StackCli() {}

    public static void main(String[] argv) {
        // Before the first logger: libraries log only warnings, to stderr; progress is our own stdout.
        if (System.getProperty("logback.configurationFile") == null) {
            System.setProperty("logback.configurationFile", "io/pulsecrm/localstack/cli/cli-logback.xml");
        }
        // Initialise logging on this thread: components start in parallel, and loggers created while
        // another thread initialises SLF4J make it print a replay warning.
        org.slf4j.LoggerFactory.getILoggerFactory();
        System.exit(run(argv, System.out, System.err));
    }

    static int run(String[] argv, PrintStream out, PrintStream err) {
        CliArgs args;
        try {
            args = CliArgs.parse(argv);
        } catch (IllegalArgumentException e) {
            err.println("crm: " + e.getMessage());
            err.println(CliArgs.USAGE);
            return USAGE;
        }
        StackLayout layout;
        try {
            layout = StackLayout.of(RepoRoot.find(), args.stateDir(), args.ports());
        } catch (RuntimeException e) {
            err.println("crm: " + e.getMessage());
            return USAGE;
        }
        return switch (args.command()) {
            case "up" -> new UpCommand(layout, out, err).run(args.infraOnly());
            case "down" -> new DownCommand(layout, out, err).run();
            case "status" -> new StatusCommand(layout, out).run();
            case "logs" -> new LogsCommand(layout, out, err).run(args.names(), args.lines());
            case "help", "-h", "--help" -> {
                out.println(CliArgs.USAGE);
                yield OK;
            }
            default -> {
                err.println("crm: unknown command " + args.command());
                err.println(CliArgs.USAGE);
                yield USAGE;
            }
        };
    }
}
