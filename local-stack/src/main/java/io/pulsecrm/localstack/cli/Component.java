package io.pulsecrm.localstack.cli;

import java.nio.file.Path;
import java.util.Optional;

/** One process of the stack as {@code crm} manages it: found again through its pid file, started, stopped. */
interface Component {

    String name();

    int port();

    Path log();

    /** The live process, if it runs (verified against its command line, never just a pid). */
    Optional<ProcessHandle> running();

    /** Starts it (the caller checked it is not running); returns its pid once it is ready. */
    long start();

    /** Stops it; true when it ended gracefully, false when it had to be killed. */
    boolean stop();
}
