package org.parity.seed;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.parity.organisation.IcsSystem;
import org.parity.organisation.Organisation;
import org.parity.organisation.Organisations;
import org.parity.people.DemoUsers;
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
 * under way. A second start finds the seed run recorded and loads nothing.
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
            SeedReadiness readiness) {
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

    @Override
    public void run(ApplicationArguments args) {
        readiness.began();
        if (properties.enabled()) {
            loadIfEmpty();
        }
        readiness.finished();
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
        long start = System.nanoTime();
        SeedSummary summary = transaction.execute(status -> loadAll(location));
        long loaded = System.nanoTime();
        processes.startUnderWay(summary.actionIds());
        long started = System.nanoTime();
        milestones.evaluateAll(); // after the processes exist: an off-track milestone is correlated into one
        log.info(
                "Seed timing: files stored in {} ms, processes started in {} ms, milestones evaluated in {} ms",
                (loaded - start) / 1_000_000,
                (started - loaded) / 1_000_000,
                (System.nanoTime() - started) / 1_000_000);
        return summary;
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
        int users = properties.demoUsers()
                ? demoUsers.create(
                        orgs.stream().map(Organisation::code).sorted().toList(),
                        organisations.systems().stream()
                                .map(IcsSystem::code)
                                .sorted()
                                .toList())
                : 0;
        runs.save(new SeedRun(all.size(), SeedFiles.digest(all)));
        return new SeedSummary(
                orgs.size(), groups, indicators, figures, planFiles.size(), List.copyOf(actionIds.values()), users);
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
            int organisations, int groups, int indicators, int figures, int plans, List<Long> actionIds, int users) {
        static final SeedSummary SKIPPED = new SeedSummary(0, 0, 0, 0, 0, List.of(), 0);
    }
}
