package org.parity.common;

import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.ThreadPoolExecutor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.task.ThreadPoolTaskExecutorBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.AsyncConfigurer;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * The threads that run the modules' after-commit event listeners (Spring Modulith's
 * {@code @ApplicationModuleListener} is {@code @Async}). Without this, {@code @Async} found the only
 * executor in the context, the process engine's job executor pool (queue of 3): under a figure
 * import at load, re-evaluating milestones was refused with TaskRejectedException and the off-track
 * message never reached the process. Here the queue is large and, when it is full, the committing
 * thread runs the listener itself rather than dropping it. Only where the job executor runs (with it
 * off, as in the tests, Spring Boot's own executor is the only one and {@code @Async} uses that).
 */
@Configuration
@ConditionalOnProperty(name = "camunda.bpm.job-execution.enabled", havingValue = "true", matchIfMissing = true)
class EventExecutorConfig implements AsyncConfigurer {

    static final String THREAD_PREFIX = "parity-events-";

    private final ThreadPoolTaskExecutorBuilder builder;

    EventExecutorConfig(ThreadPoolTaskExecutorBuilder builder) {
        this.builder = builder;
    }

    /** Built by Spring Boot's builder, so that task decorators (tracing, test event capture) still apply. */
    @Bean(name = {"taskExecutor", "applicationTaskExecutor"})
    ThreadPoolTaskExecutor taskExecutor() {
        ThreadPoolTaskExecutor executor = builder.threadNamePrefix(THREAD_PREFIX)
                .corePoolSize(2)
                .maxPoolSize(2)
                .queueCapacity(10_000)
                .awaitTermination(true)
                .awaitTerminationPeriod(Duration.ofSeconds(30))
                .build();
        executor.setRejectedExecutionHandler(new ThreadPoolExecutor.CallerRunsPolicy());
        return executor;
    }

    @Override
    public Executor getAsyncExecutor() {
        return taskExecutor();
    }
}
