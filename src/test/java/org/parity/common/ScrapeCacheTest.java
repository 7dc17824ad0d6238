package org.parity.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** A gauge's query runs at most once per interval however often it is scraped; failures are not kept. */
class ScrapeCacheTest {

    final AtomicLong nanos = new AtomicLong(1_000);
    final AtomicInteger reads = new AtomicInteger();

    @Test
    void readsOncePerInterval() {
        ScrapeCache<Integer> cache = new ScrapeCache<>(Duration.ofSeconds(10), reads::incrementAndGet, nanos::get);
        assertThat(cache.get()).isEqualTo(1);
        for (int i = 0; i < 100; i++) {
            assertThat(cache.get()).isEqualTo(1);
        }
        nanos.addAndGet(Duration.ofSeconds(10).toNanos() - 1);
        assertThat(cache.get()).isEqualTo(1);
        nanos.addAndGet(1);
        assertThat(cache.get()).isEqualTo(2);
        assertThat(cache.get()).isEqualTo(2);
        assertThat(reads).hasValue(2);
    }

    @Test
    void aZeroIntervalReadsEveryTime() {
        ScrapeCache<Integer> cache = new ScrapeCache<>(Duration.ZERO, reads::incrementAndGet, nanos::get);
        assertThat(cache.get()).isEqualTo(1);
        assertThat(cache.get()).isEqualTo(2);
    }

    @Test
    void aFailedReadIsNotKept() {
        ScrapeCache<Integer> cache = new ScrapeCache<>(
                Duration.ofSeconds(10),
                () -> {
                    if (reads.incrementAndGet() == 1) {
                        throw new IllegalStateException("database down");
                    }
                    return reads.get();
                },
                nanos::get);
        assertThatThrownBy(cache::get).hasMessage("database down");
        assertThat(cache.get()).isEqualTo(2);
        assertThat(cache.get()).isEqualTo(2);
    }

    @Test
    void aNegativeIntervalIsRefused() {
        assertThatThrownBy(() -> new ScrapeCache<>(Duration.ofSeconds(-1), () -> 1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
