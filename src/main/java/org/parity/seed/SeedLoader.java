package org.parity.seed;

import jakarta.persistence.EntityManager;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.parity.common.ClusterLock;
import org.parity.common.sql.SqlStatements;
import org.parity.organisation.IcsSystem;
import org.parity.organisation.Organisation;
import org.parity.organisation.Organisations;
import org.parity.people.DemoUsers;
import org.parity.plan.ActionDirectory;
import org.parity.plan.MilestoneEvaluator;
import org.parity.seed.internal.SeedRun;
import org.parity.seed.internal.SeedRunRepository;
import org.parity.workflow.ProcessGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads seed-data into an empty database on first start, all in one transaction: organisations,
 * groups, indicators, figures, plans, demo users. Then starts the process of every action that is
 * under way, evaluates the milestones and marks the seed run complete. A second start finds the seed run
 * complete and loads nothing.
 *
 * <p>Several nodes may start together on one empty database: exactly one loads, under the cluster lock
 * {@value ClusterLock#SEED}; the others wait (out of service, at most {@code parity.seed.max-wait}) until the
 * seed run is complete and then serve. A node that died after storing the data but before the processes
 * were all started leaves the run incomplete; the next node to take the lock starts the missing processes
 * (starting is idempotent), evaluates the milestones and completes the run.
 */
@Component
class SeedLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SeedLoader.class);

    private final SeedProperties properties;
    private final SeedRunRepository runs;
    private final Organisations organisations;
    private final OrganisationSeed organisationSeed;
    private final CatalogueSeed catalogueSeed;
    private final MeasurementSeed measurementSeed;
    private final PlanSeed planSeed;
    private final DemoUsers demoUsers;
    private final ProcessGateway processes;
    private final MilestoneEvaluator milestones;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final EntityManager entityManager;
    private final SeedReadiness readiness;
    private final ClusterLock locks;
    private final ActionDirectory actions;

    SeedLoader(
            SeedProperties properties,
            SeedRunRepository runs,
            Organisations organisations,
            OrganisationSeed organisationSeed,
            CatalogueSeed catalogueSeed,
            MeasurementSeed measurementSeed,
            PlanSeed planSeed,
            DemoUsers demoUsers,
            ProcessGateway processes,
            MilestoneEvaluator milestones,
            TransactionTemplate transaction,
            Clock clock,
            EntityManager entityManager,
            SeedReadiness readiness,
            ClusterLock locks,
            ActionDirectory actions) {
        this.locks = locks;
        this.actions = actions;
        this.entityManager = entityManager;
        this.readiness = readiness;
        this.properties = properties;
        this.runs = runs;
        this.organisations = organisations;
        this.organisationSeed = organisationSeed;
        this.catalogueSeed = catalogueSeed;
        this.measurementSeed = measurementSeed;
        this.planSeed = planSeed;
        this.demoUsers = demoUsers;
        this.processes = processes;
        this.milestones = milestones;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** How often a waiting node looks whether the node that loads has finished. */
    static final Duration POLL = Duration.ofMillis(500);

    @Override
    public void run(ApplicationArguments args) {
        readiness.began();
        if (properties.enabled()) {
            readiness.finished(seedOnce());
        } else {
            readiness.finished();
        }
    }

    /** What one node's start-up did about the seed data. */
    enum Outcome {
        /** This node loaded the seed data. */
        LOADED("loaded by this node"),
        /** This node finished a seed run another node had stored but not completed. */
        RESUMED("finished by this node after another stopped"),
        /** The seed run was complete before this node looked. */
        FOUND("loaded before"),
        /** Another node was loading; this one waited until it had finished. */
        WAITED("loaded by another node while this one waited");

        private final String description;

        Outcome(String description) {
            this.description = description;
        }

        /** In words, as the readiness component shows it. */
        String description() {
            return description;
        }
    }

    /**
     * Makes sure the seed data is loaded and complete (with its demo users when they are wanted), by this
     * node or another: takes the seed lock and does what is missing, or, while another node holds the lock,
     * waits for it (at most {@code parity.seed.max-wait}) and then looks again. Throws when the wait runs out.
     */
    Outcome seedOnce() {
        long deadline = System.nanoTime() + properties.maxWait().toNanos();
        boolean waited = false;
        while (true) {
            if (nothingMissing()) {
                return waited ? Outcome.WAITED : Outcome.FOUND;
            }
            Optional<ClusterLock.Held> lock = locks.tryAcquire(ClusterLock.SEED);
            if (lock.isPresent()) {
                try (ClusterLock.Held held = lock.get()) {
                    Outcome outcome = completeHoldingLock();
                    return waited && outcome == Outcome.FOUND ? Outcome.WAITED : outcome;
                }
            }
            if (!waited) {
                log.info("Another node is loading the seed data: waiting for it (at most {})", properties.maxWait());
                readiness.waiting();
                waited = true;
            }
            if (System.nanoTime() - deadline > 0) {
                throw new IllegalStateException("Waited " + properties.maxWait()
                        + " for another node to load the seed data, and it has not finished; see that node's log,"
                        + " or raise parity.seed.max-wait (PARITY_SEED_MAX_WAIT)");
            }
            pause();
        }
    }

    private boolean nothingMissing() {
        return runs.existsByCompletedAtIsNotNull() && (!properties.demoUsers() || demoUsers.present());
    }

    /** With the seed lock held: loads into an empty database, finishes an incomplete run, adds missing demo users. */
    private Outcome completeHoldingLock() {
        Optional<SeedRun> incomplete = runs.findFirstByCompletedAtIsNullOrderByIdAsc();
        if (incomplete.isPresent()) {
            resume(incomplete.get().getId());
            return Outcome.RESUMED;
        }
        if (!runs.existsByCompletedAtIsNotNull() && organisations.count() == 0) {
            loadIfEmpty();
            return Outcome.LOADED;
        }
        if (properties.demoUsers() && !demoUsers.present()) {
            int created = transaction.execute(status -> createDemoUsers());
            log.info("Seed data already present: {} demo users created", created);
        } else {
            log.info("Seed data already present: nothing loaded");
        }
        return Outcome.FOUND;
    }

    /** Starts the processes a node that died left unstarted, evaluates the milestones, completes the run. */
    private void resume(Long runId) {
        log.info("A seed run was stored but not completed (a node stopped while starting its processes): finishing it");
        processes.startUnderWay(actions.underWay());
        milestones.evaluateAll();
        complete(runId);
    }

    private void complete(Long runId) {
        transaction.executeWithoutResult(status -> runs.findById(runId).ifPresent(SeedRun::complete));
    }

    private static void pause() {
        try {
            Thread.sleep(POLL.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for another node to load the seed data", e);
        }
    }

    /** Loads everything when nothing was loaded before; returns what was loaded (empty if skipped). */
    SeedSummary loadIfEmpty() {
        if (runs.count() > 0 || organisations.count() > 0) {
            log.info("Seed data already present: nothing loaded");
            return SeedSummary.SKIPPED;
        }
        SeedSummary summary = loadFrom(properties.location());
        log.info(
                "Seed data loaded: {} organisations, {} indicators, {} figures, {} plans, {} actions, {} users",
                summary.organisations(),
                summary.indicators(),
                summary.figures(),
                summary.plans(),
                summary.actionIds().size(),
                summary.users());
        return summary;
    }

    /**
     * Loads the files at this location in one transaction, then starts the processes of the actions
     * under way. Any malformed file rolls everything back.
     */
    SeedSummary loadFrom(String location) {
        Phase files = Phase.begin();
        SeedSummary summary = transaction.execute(status -> loadAll(location));
        Phase processStarts = files.end();
        processes.startUnderWay(summary.actionIds());
        Phase evaluation = processStarts.end();
        milestones.evaluateAll(); // after the processes exist: an off-track milestone is correlated into one
        complete(summary.runId());
        evaluation.end();
        log.info(
                "Seed timing: files stored in {}, processes started in {}, milestones evaluated in {}"
                        + " (elapsed, CPU time of this thread, SQL statements)",
                files,
                processStarts,
                evaluation);
        return summary;
    }

    /**
     * One phase of a seed load as the log reports it: elapsed time, this thread's CPU time (which a busy
     * machine does not inflate) and the SQL statements it sent.
     */
    private static final class Phase {
        private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
        private final long startNanos = System.nanoTime();
        private final long startCpu = cpu();
        private final long startStatements = SqlStatements.current();
        private String result = "(running)";

        static Phase begin() {
            return new Phase();
        }

        /** Ends this phase and begins the next. */
        Phase end() {
            result = String.format(
                    "%d ms (%d ms CPU, %d statements)",
                    (System.nanoTime() - startNanos) / 1_000_000,
                    (cpu() - startCpu) / 1_000_000,
                    SqlStatements.current() - startStatements);
            return new Phase();
        }

        private static long cpu() {
            return THREADS.isCurrentThreadCpuTimeSupported() ? THREADS.getCurrentThreadCpuTime() : 0;
        }

        @Override
        public String toString() {
            return result;
        }
    }

    private SeedSummary loadAll(String location) {
        SeedFiles files = new SeedFiles(location);
        List<Resource> all = new ArrayList<>();
        Resource orgFile = files.one("organisations.yaml");
        all.add(orgFile);
        List<Organisation> orgs = organisationSeed.load(orgFile);
        Set<String> orgCodes =
                new HashSet<>(orgs.stream().map(Organisation::code).toList());

        int groups = 0;
        for (Resource r : files.find("groups*.csv")) {
            groups += catalogueSeed.loadGroups(r);
            all.add(r);
        }
        int indicators = 0;
        List<Resource> indicatorFiles = new ArrayList<>(files.find("indicators/*.yaml"));
        indicatorFiles.sort((a, b) -> Boolean.compare(!isNational(a), !isNational(b)));
        for (Resource r : indicatorFiles) {
            indicators += catalogueSeed.loadIndicators(r);
            all.add(r);
        }
        int figures = 0;
        for (Resource r : files.find("measurements/*.csv")) {
            figures += measurementSeed.load(r, orgCodes);
            all.add(r);
            settle();
        }
        LocalDate today = LocalDate.now(clock);
        Map<String, Long> actionIds = new LinkedHashMap<>();
        List<Resource> planFiles = files.find("plans/*.yaml");
        for (Resource r : planFiles) {
            planSeed.load(r, orgCodes, today).forEach((key, id) -> actionIds.put(SeedFiles.name(r) + "#" + key, id));
            all.add(r);
            settle();
        }
        int users = properties.demoUsers() ? createDemoUsers() : 0;
        SeedRun run = runs.save(new SeedRun(all.size(), SeedFiles.digest(all)));
        return new SeedSummary(
                orgs.size(),
                groups,
                indicators,
                figures,
                planFiles.size(),
                List.copyOf(actionIds.values()),
                users,
                run.getId());
    }

    private int createDemoUsers() {
        return demoUsers.create(
                organisations.all().stream().map(Organisation::code).sorted().toList(),
                organisations.systems().stream().map(IcsSystem::code).sorted().toList());
    }

    /**
     * Writes what one file stored and forgets it: the whole load is one transaction, and a unit of work
     * that kept every entity would be dirty-checked in full before each query (time growing with the
     * square of the data). Nothing loaded is held across files, so clearing is safe.
     */
    private void settle() {
        entityManager.flush();
        entityManager.clear();
    }

    private static boolean isNational(Resource r) {
        return "national.yaml".equals(r.getFilename());
    }

    /** What one load stored. */
    record SeedSummary(
            int organisations,
            int groups,
            int indicators,
            int figures,
            int plans,
            List<Long> actionIds,
            int users,
            Long runId) {
        static final SeedSummary SKIPPED = new SeedSummary(0, 0, 0, 0, 0, List.of(), 0, null);
    }
}
