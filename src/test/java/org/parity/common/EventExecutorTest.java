package org.parity.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.parity.ParityTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.scheduling.annotation.AsyncConfigurer;

/**
 * After-commit event listeners run on Parity's own pool, never on the process engine's job executor
 * (whose queue of 3 refused them under load), and a burst far larger than the queue loses nothing.
 */
@ParityTest
class EventExecutorTest {

    @Autowired AsyncConfigurer async;

    @Test
    void aBurstOfListenersIsRunWholeOnParitysOwnThreads() throws Exception {
        Executor executor = async.getAsyncExecutor();
        int burst = 12_000;   // more than the queue holds: the overflow runs on the caller's thread
        CountDownLatch done = new CountDownLatch(burst);
        AtomicInteger onPool = new AtomicInteger();
        for (int i = 0; i < burst; i++) {
            executor.execute(() -> {
                if (Thread.currentThread().getName().startsWith(EventExecutorConfig.THREAD_PREFIX)) {
                    onPool.incrementAndGet();
                }
                done.countDown();
            });
        }
        assertThat(done.await(30, TimeUnit.SECONDS)).isTrue();
        assertThat(onPool.get()).isGreaterThan(0);
    }
}
