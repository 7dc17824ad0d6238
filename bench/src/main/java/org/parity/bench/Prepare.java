package org.parity.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Puts open tasks of several kinds in front of the people of every generated organisation before
 * the load starts (setup, not measured):
 * <ul>
 * <li>each lead submits about one in ten of their progress updates (AMBER, 40%), so their sponsor has
 * REVIEW decisions;</li>
 * <li>each lead answers about one in four off-track milestones with a recovery plan, so the sponsor
 * has RECOVERY_REVIEW decisions too;</li>
 * <li>each EDI team issues one report (a frozen copy of the WRES report) and starts this year's WRES
 * reporting cycle (a LOAD_FIGURES task).</li>
 * </ul>
 * The generated seeds already give the leads PROGRESS_UPDATE, OFF_TRACK_RESPONSE and, for actions past
 * their due date, EXTENSION_REQUEST tasks.
 *
 * <pre>java -cp ... org.parity.bench.Prepare --base-url http://localhost:PORT --organisations N [--threads 4] [--password P]</pre>
 */
public final class Prepare {

    static String password = "parity-demo";
    static final String UPDATE = "{\"rag\":\"AMBER\",\"percentComplete\":40,\"narrative\":\"bench\","
            + "\"evidenceUrl\":null,\"proposeCompletion\":false}";
    static final String RECOVERY = "{\"comment\":\"bench: recovery plan\"}";

    private final ObjectMapper json = new ObjectMapper();
    private final String base;
    private final Map<String, AtomicInteger> done = new ConcurrentHashMap<>();
    private final Map<String, java.util.concurrent.atomic.AtomicLong> millis = new ConcurrentHashMap<>();

    Prepare(String base) {
        this.base = base;
    }

    public static void main(String[] args) throws Exception {
        String base = null;
        int organisations = 0;
        int threads = 4;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--base-url" -> base = args[++i];
                case "--organisations" -> organisations = Integer.parseInt(args[++i]);
                case "--threads" -> threads = Integer.parseInt(args[++i]);
                case "--password" -> password = args[++i];
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        if (base == null || organisations < 1) {
            throw new IllegalArgumentException("usage: --base-url URL --organisations N [--threads T]");
        }
        new Prepare(base).run(organisations, threads);
    }

    void run(int organisations, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> work = new ArrayList<>();
        for (int i = 1; i <= organisations; i++) {
            String org = GenerateSeeds.code(i, organisations);
            work.add(pool.submit(() -> {
                lead(org);
                edi(org);
                return null;
            }));
        }
        try {
            for (Future<?> f : work) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        Map<String, String> summary = new TreeMap<>();
        done.forEach((k, v) -> summary.put(k, v.get() + " (" + millis.get(k).get() / Math.max(1, v.get()) + " ms each)"));
        System.out.println("  done: " + summary);
        // what the people of the first organisation now have open
        String first = GenerateSeeds.code(1, organisations);
        for (String who : List.of("lead@", "sponsor@", "edi@")) {
            WebSession s = WebSession.signIn(base, who + first, password);
            System.out.println("  open tasks of " + who + first + ": " + kinds(tasks(s)));
        }
    }

    private void lead(String org) throws Exception {
        long t0 = System.nanoTime();
        WebSession lead = WebSession.signIn(base, "lead@" + org, password);
        count("sign-ins", t0);
        JsonNode tasks = tasks(lead);
        int updates = 0;
        int recoveries = 0;
        int u = 0;
        int r = 0;
        for (JsonNode t : tasks) {
            String kind = t.path("kind").asText();
            if ("PROGRESS_UPDATE".equals(kind) && u++ % 10 == 0) {
                updates += complete(lead, t, UPDATE, "PROGRESS_UPDATE submitted") ? 1 : 0;
            } else if ("OFF_TRACK_RESPONSE".equals(kind) && r++ % 4 == 0) {
                recoveries += complete(lead, t, RECOVERY, "OFF_TRACK_RESPONSE answered") ? 1 : 0;
            }
        }
        if (updates == 0) {
            throw new IllegalStateException("lead@" + org + " has no progress updates to submit");
        }
    }

    private void edi(String org) {
        long s0 = System.nanoTime();
        WebSession edi = WebSession.signIn(base, "edi@" + org, password);
        count("sign-ins", s0);
        long t0 = System.nanoTime();
        WebSession.Response issued = edi.postJson("/api/organisations/" + org + "/reports", "{\"standard\":\"WRES\"}");
        check(issued, 201, "issue a report for " + org);
        count("reports issued", t0);
        long t1 = System.nanoTime();
        WebSession.Response cycle = edi.postJson("/api/organisations/" + org + "/reporting-cycles",
                "{\"standard\":\"WRES\",\"year\":" + java.time.Year.now().getValue() + "}");
        if (cycle.status() == 201) {
            count("reporting cycles started", t1);
        } else if (cycle.status() != 409) {   // 409: already running (a kept data directory)
            check(cycle, 201, "start the reporting cycle of " + org);
        }
    }

    /**
     * Completes a task; false when the process closed it meanwhile (409: a timer of a freshly loaded
     * action, e.g. its due date passing, ran between the task list and this call).
     */
    private boolean complete(WebSession s, JsonNode task, String form, String what) {
        long t0 = System.nanoTime();
        WebSession.Response r = s.postJson("/api/tasks/" + task.path("id").asText(), form);
        if (r.status() == 409) {
            count(what + ": closed by the process meanwhile", t0);
            return false;
        }
        check(r, 200, what + " (task " + task.path("id").asText() + ")");
        count(what, t0);
        return true;
    }

    private JsonNode tasks(WebSession s) throws Exception {
        WebSession.Response r = s.get("/api/me/tasks");
        check(r, 200, "GET /api/me/tasks");
        return json.readTree(r.body());
    }

    private static Map<String, Integer> kinds(JsonNode tasks) {
        Map<String, Integer> kinds = new TreeMap<>();
        tasks.forEach(t -> kinds.merge(t.path("kind").asText(), 1, Integer::sum));
        return kinds;
    }

    private void count(String what, long startedNanos) {
        done.computeIfAbsent(what, k -> new AtomicInteger()).incrementAndGet();
        millis.computeIfAbsent(what, k -> new java.util.concurrent.atomic.AtomicLong())
                .addAndGet((System.nanoTime() - startedNanos) / 1_000_000);
    }

    private static void check(WebSession.Response r, int expected, String what) {
        if (r.status() != expected) {
            String body = r.body() == null ? "" : r.body();
            throw new IllegalStateException(String.format(Locale.ROOT, "%s: expected %d, got %d %s", what, expected,
                    r.status(), body.substring(0, Math.min(300, body.length()))));
        }
    }
}
