package io.pulsecrm.localstack.cli;

import io.pulsecrm.localstack.process.LogFiles;

import java.io.PrintStream;
import java.nio.file.Files;
import java.util.List;
import java.util.Optional;

/** Without a name: where each component's log is. With one: its last lines. */
final class LogsCommand {

    private final StackLayout layout;
    private final PrintStream out;
    private final PrintStream err;

    LogsCommand(StackLayout layout, PrintStream out, PrintStream err) {
        this.layout = layout;
        this.out = out;
        this.err = err;
    }

    int run(List<String> names, int lines) {
        if (names.isEmpty()) {
            for (Component c : Components.all(layout)) {
                String size = Files.exists(c.log()) ? LogFiles.size(c.log()) / 1024 + " KB" : "(none yet)";
                out.printf("%-18s %s  %s%n", c.name(), c.log(), size);
            }
            return StackCli.OK;
        }
        int status = StackCli.OK;
        for (String name : names) {
            Optional<Component> component = Components.all(layout).stream().filter(c -> c.name().equals(name)).findFirst();
            if (component.isEmpty()) {
                err.println("crm: no component " + name + "; one of "
                        + Components.all(layout).stream().map(Component::name).toList());
                return StackCli.USAGE;
            }
            if (!Files.exists(component.get().log())) {
                err.println("crm: " + name + " has no log yet (" + component.get().log() + ")");
                status = StackCli.FAILED;
                continue;
            }
            out.println("==> " + component.get().log() + " <==");
            out.println(LogFiles.tail(component.get().log(), lines));
        }
        return status;
    }
}
