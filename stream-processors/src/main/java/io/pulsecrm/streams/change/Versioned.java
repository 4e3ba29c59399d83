package io.pulsecrm.streams.change;

/** An analytics output value: its version (docs/architecture.md) and whether it says the same as another. */
public interface Versioned<O> {

    long version();

    /** The figures alone, version and times left out: an update that repeats them is not published. */
    boolean sameFigures(O other);
}
