package io.pulsecrm.localstack.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Stops what runs in reverse start order: services first (they hold connections), PostgreSQL last. Data is kept. */
final class DownCommand {

    private final StackLayout layout;
    private final PrintStream out;
    private final PrintStream err;

    DownCommand(StackLayout layout, PrintStream out, PrintStream err) {
        this.layout = layout;
        this.out = out;
        this.err = err;
    }

    int run() {
        List<Component> components = new ArrayList<>(Components.all(layout));
        Collections.reverse(components);
        boolean failed = false;
        for (Component c : components) {
            var running = c.running();
            if (running.isEmpty()) {
                continue;
            }
            long pid = running.get().pid();
            long started = System.nanoTime();
            try {
                boolean graceful = c.stop();
                out.printf("  %-18s stopped%s (pid %d, %.1f s)%n", c.name(), graceful ? "" : " by SIGKILL", pid, (System.nanoTime() - started) / 1e9);
            } catch (RuntimeException e) {
                failed = true;
                err.printf("crm: could not stop %s (pid %d): %s%n", c.name(), pid, e.getMessage());
            }
        }
        failed |= components.stream().anyMatch(c -> c.running().isPresent());
        if (failed) {
            return StackCli.FAILED;
        }
        layout.forgetPorts();
        out.println("crm: stopped; data kept in " + layout.stateDir().resolve("data"));
        return StackCli.OK;
    }
}
