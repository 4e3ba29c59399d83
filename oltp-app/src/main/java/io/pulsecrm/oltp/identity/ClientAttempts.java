package io.pulsecrm.oltp.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * Failed logins per client address in a sliding minute, so one client cannot try passwords on
 * many accounts. In memory per instance: it slows guessing down; the account lockout in
 * PostgreSQL is what stops it.
 */
@Component
class ClientAttempts {

    private static final Duration WINDOW = Duration.ofMinutes(1);
    private static final int MAX_CLIENTS = 100_000;

    private final ConcurrentHashMap<String, Deque<Instant>> failures = new ConcurrentHashMap<>();
    private final int limit;
    private final Clock clock;

    ClientAttempts(IdentityProperties properties, Clock clock) {
        this.limit = properties.clientAttemptsPerMinute();
        this.clock = clock;
    }

    /** Throws {@link LoginThrottled} when the client used up its failures for this minute. */
    void check(String client) {
        Deque<Instant> recent = failures.get(client);
        if (recent == null) {
            return;
        }
        synchronized (recent) {
            Instant now = clock.instant();
            prune(recent, now);
            if (recent.size() >= limit) {
                throw LoginThrottled.client(Duration.between(now, recent.peekFirst().plus(WINDOW)));
            }
        }
    }

    void failed(String client) {
        if (failures.size() > MAX_CLIENTS) {
            failures.clear();
        }
        Deque<Instant> recent = failures.computeIfAbsent(client, k -> new ArrayDeque<>());
        synchronized (recent) {
            prune(recent, clock.instant());
            recent.addLast(clock.instant());
        }
    }

    private static void prune(Deque<Instant> recent, Instant now) {
        while (!recent.isEmpty() && !recent.peekFirst().plus(WINDOW).isAfter(now)) {
            recent.pollFirst();
        }
    }
}
