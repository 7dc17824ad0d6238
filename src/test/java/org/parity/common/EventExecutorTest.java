package org.parity.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.boot.task.ThreadPoolTaskExecutorBuilder;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * The executor of after-commit event listeners (where the job executor runs): a burst far larger than
 * its queue loses nothing — the overflow runs on the caller's thread instead of being refused, as the
 * job executor's pool refused milestone re-evaluations under load.
 */
class EventExecutorTest {

    @Test
    void aBurstLargerThanTheQueueIsRunWholeNothingRefused() throws Exception {
        ThreadPoolTaskExecutor executor = new EventExecutorConfig(new ThreadPoolTaskExecutorBuilder()).taskExecutor();
        executor.initialize();
        try {
            int burst = 12_000;
            CountDownLatch done = new CountDownLatch(burst);
            AtomicInteger onPool = new AtomicInteger();
            AtomicInteger onCaller = new AtomicInteger();
            Thread caller = Thread.currentThread();
            for (int i = 0; i < burst; i++) {
                executor.execute(() -> {
                    if (Thread.currentThread().getName().startsWith(EventExecutorConfig.THREAD_PREFIX)) {
                        onPool.incrementAndGet();
                    } else if (Thread.currentThread() == caller) {
                        onCaller.incrementAndGet();
                    }
                    done.countDown();
                });
            }
            assertThat(done.await(30, TimeUnit.SECONDS)).isTrue();
            assertThat(onPool.get()).isPositive();
            assertThat(onPool.get() + onCaller.get()).isEqualTo(burst);
        } finally {
            executor.shutdown();
        }
    }
}
