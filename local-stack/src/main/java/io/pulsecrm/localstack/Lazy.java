package io.pulsecrm.localstack;

import java.util.Optional;
import java.util.function.Supplier;

/** A value computed on first use, once; a failed attempt is retried on the next call. */
final class Lazy<T> {

    private final Supplier<T> supplier;
    private volatile T value;

    Lazy(Supplier<T> supplier) {
        this.supplier = supplier;
    }

    T get() {
        T result = value;
        if (result == null) {
            synchronized (this) {
                result = value;
                if (result == null) {
                    result = supplier.get();
                    value = result;
                }
            }
        }
        return result;
    }

    Optional<T> ifStarted() {
        return Optional.ofNullable(value);
    }
}
