package io.pulsecrm.localstack.cli;

import io.pulsecrm.localstack.process.Procs;

import java.io.PrintStream;

/** One line per component — state, pid, port, memory (PSS of its process tree, from /proc) — and the total. */
final class StatusCommand {

    private final StackLayout layout;
    private final PrintStream out;

    StatusCommand(StackLayout layout, PrintStream out) {
        this.layout = layout;
        this.out = out;
    }

    int run() {
        String format = "%-18s %-5s %-8s %-6s %9s%n";
        out.printf(format, "COMPONENT", "STATE", "PID", "PORT", "MEMORY");
        long totalKb = 0;
        boolean allUp = true;
        for (Component c : Components.all(layout)) {
            var running = c.running();
            if (running.isPresent()) {
                long kb = Procs.memoryKb(running.get());
                totalKb += kb;
                out.printf(format, c.name(), "up", running.get().pid(), c.port(), mb(kb));
            } else {
                allUp = false;
                out.printf(format, c.name(), "down", "-", c.port(), "-");
            }
        }
        out.printf(format, "total", "", "", "", mb(totalKb));
        return allUp ? StackCli.OK : StackCli.DOWN;
    }

    private static String mb(long kb) {
        return String.format("%d MB", Math.round(kb / 1024.0));
    }
}
