package org.parity.bench.plain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/**
 * The baseline: Camunda 7.24 with its REST API and one process ({@code benchAction}: one user task
 * assigned to {@code ${lead}}). On a first start it starts organisations x actions instances with
 * the variables {@code lead} (lead@ORG, ORG = b001, b002, ... as in Parity's generated seeds),
 * {@code actionId} and {@code title}.
 */
@SpringBootApplication
public class PlainCamundaApplication {

    private static final Logger log = LoggerFactory.getLogger(PlainCamundaApplication.class);

    public static void main(String[] args) {
        SpringApplication.run(PlainCamundaApplication.class, args);
    }

    @Bean
    ApplicationRunner startInstances(RuntimeService runtime, @Value("${bench.organisations}") int organisations,
                                     @Value("${bench.actions}") int actions, @Value("${bench.threads}") int threads) {
        return args -> {
            long existing = runtime.createProcessInstanceQuery().processDefinitionKey("benchAction").count();
            if (existing > 0) {
                log.info("{} instances already running: none started", existing);
                return;
            }
            long started = System.nanoTime();
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            List<Future<?>> work = new ArrayList<>();
            for (int o = 1; o <= organisations; o++) {
                String lead = "lead@" + code(o, organisations);
                int first = (o - 1) * actions;
                work.add(pool.submit(() -> {
                    for (int a = 1; a <= actions; a++) {
                        long actionId = first + a;
                        runtime.startProcessInstanceByKey("benchAction", String.valueOf(actionId),
                                Map.of("lead", lead, "actionId", actionId, "title", "Bench action " + actionId));
                    }
                }));
            }
            for (Future<?> f : work) {
                f.get();
            }
            pool.shutdown();
            log.info("Started {} instances for {} leads in {} s", organisations * actions, organisations,
                    String.format(Locale.ROOT, "%.1f", (System.nanoTime() - started) / 1e9));
        };
    }

    /** b001, b002, ...: the organisation codes of bench GenerateSeeds. */
    static String code(int i, int total) {
        int width = Math.max(3, String.valueOf(total).length());
        return "b" + String.format(Locale.ROOT, "%0" + width + "d", i);
    }
}
