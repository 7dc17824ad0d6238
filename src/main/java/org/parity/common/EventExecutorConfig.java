package org.parity.common;

import java.util.concurrent.Executor;
import java.util.concurrent.ThreadPoolExecutor;
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
 * thread runs the listener itself rather than dropping it.
 */
@Configuration
class EventExecutorConfig implements AsyncConfigurer {

    static final String THREAD_PREFIX = "parity-events-";

    @Bean(name = "taskExecutor")
    ThreadPoolTaskExecutor taskExecutor() {
        ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
        executor.setThreadNamePrefix(THREAD_PREFIX);
        executor.setCorePoolSize(2);
        executor.setMaxPoolSize(2);
        executor.setQueueCapacity(10_000);
        executor.setRejectedExecutionHandler(new ThreadPoolExecutor.CallerRunsPolicy());
        executor.setWaitForTasksToCompleteOnShutdown(true);
        executor.setAwaitTerminationSeconds(30);
        return executor;
    }

    @Override
    public Executor getAsyncExecutor() {
        return taskExecutor();
    }
}
