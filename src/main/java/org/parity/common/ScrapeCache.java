package org.parity.common;

import java.time.Duration;
import java.util.Objects;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * A value read at most once per interval: metric gauges read their aggregate query through one of
 * these, so however often Prometheus (or several scrapers) ask, the database sees one query per
 * interval. Thread-safe; a failed read is not cached (the next call tries again). An interval of
 * zero reads on every call.
 *
 * @param <T> the value, usually a small immutable snapshot such as a map of counts
 */
public final class ScrapeCache<T> implements Supplier<T> {

    private final Supplier<T> loader;
    private final long intervalNanos;
    private final LongSupplier nanoTime;
    private T value;
    private long loadedAt;
    private boolean loaded;

    public ScrapeCache(Duration interval, Supplier<T> loader) {
        this(interval, loader, System::nanoTime);
    }

    /** With its own time source (nanoseconds, as System.nanoTime), for tests. */
    public ScrapeCache(Duration interval, Supplier<T> loader, LongSupplier nanoTime) {
        if (interval.isNegative()) {
            throw new IllegalArgumentException("the interval must not be negative: " + interval);
        }
        this.loader = Objects.requireNonNull(loader);
        this.intervalNanos = interval.toNanos();
        this.nanoTime = nanoTime;
    }

    @Override
    public synchronized T get() {
        long now = nanoTime.getAsLong();
        if (!loaded || now - loadedAt >= intervalNanos) {
            value = loader.get();
            loadedAt = now;
            loaded = true;
        }
        return value;
    }
}
