package io.pulsecrm.streams.change;

/** A row state that knows the primary key and the source LSN of the change that produced it. */
public interface LsnVersioned {

    long id();

    long lsn();

    /**
     * Keeps the state with the higher LSN. CDC is at-least-once and a restart replays a few events, so
     * an equal or lower LSN is a duplicate or a stale replay and must not win.
     */
    static <T extends LsnVersioned> T newer(T current, T candidate) {
        return candidate.lsn() > current.lsn() ? candidate : current;
    }
}
