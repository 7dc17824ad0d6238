package org.parity.report;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.parity.common.BadInputException;
import org.parity.common.NotFoundException;
import org.parity.common.RowError;
import org.parity.indicator.HighImpactActions;
import org.parity.indicator.Indicator;
import org.parity.indicator.IndicatorCatalogue;
import org.parity.indicator.MeasurementQueries;
import org.parity.indicator.Period;
import org.parity.organisation.IcsSystem;
import org.parity.organisation.OrgUnit;
import org.parity.organisation.OrgUnits;
import org.parity.organisation.Organisation;
import org.parity.organisation.OrganisationAccess;
import org.parity.organisation.Organisations;
import org.parity.organisation.UnitKind;
import org.parity.people.Caller;
import org.parity.plan.PlanSnapshots;
import org.parity.plan.PlanSnapshots.PlanSnapshot;
import org.parity.progress.ProgressHistory;
import org.parity.report.BoardReport.IndicatorRow;
import org.parity.report.BoardReport.Trend;
import org.parity.report.SystemReport.Cell;
import org.parity.report.SystemReport.OrganisationActions;
import org.parity.report.SystemReport.SystemRow;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds board reports. Who may see what: anyone who reads the organisation may read its issued
 * reports; the live report is for its EDI team, leads, sponsors, ICS readers and admins (a board
 * reader sees issued reports only: 403); another organisation's report is 404.
 */
@Service
@Transactional(readOnly = true)
public class ReportService {

    private final OrganisationAccess access;
    private final IndicatorCatalogue catalogue;
    private final MeasurementQueries measurements;
    private final PlanSnapshots plans;
    private final ProgressHistory progress;
    private final Organisations directory;
    private final Clock clock;
    private final HighImpactActions highImpactActions;
    private final OrgUnits units;

    ReportService(
            OrganisationAccess access,
            IndicatorCatalogue catalogue,
            MeasurementQueries measurements,
            PlanSnapshots plans,
            ProgressHistory progress,
            Organisations directory,
            Clock clock,
            HighImpactActions highImpactActions,
            OrgUnits units) {
        this.units = units;
        this.access = access;
        this.catalogue = catalogue;
        this.measurements = measurements;
        this.plans = plans;
        this.progress = progress;
        this.directory = directory;
        this.clock = clock;
        this.highImpactActions = highImpactActions;
    }

    /** The live report as of today (or the query's date). */
    public BoardReport live(Caller caller, ReportQuery query) {
        Organisation organisation = access.readable(caller, query.organisation());
        if (!access.readsLive(caller)) {
            throw new AccessDeniedException("board readers see issued reports only");
        }
        return build(organisation, query);
    }

    /** The board summary of the live report: who may read the live report may read its summary. */
    public BoardSummary summary(Caller caller, ReportQuery query) {
        return BoardSummary.of(live(caller, query));
    }

    BoardReport build(Organisation organisation, ReportQuery query) {
        ReportQuery q = query.asOf() == null ? query.asOf(LocalDate.now(clock)) : query;
        if (q.period() != null) {
            try {
                Period.parse(q.period());
            } catch (IllegalArgumentException e) {
                throw new BadInputException(e.getMessage(), List.of(new RowError(0, "period", e.getMessage())));
            }
        }
        List<Indicator> indicators = catalogue.visible(q.standard(), Set.of(organisation.code()));
        PlanSnapshot snapshot = plans.of(organisation.code());
        if (q.planId() != null && snapshot.plans().stream().noneMatch(p -> p.id().equals(q.planId()))) {
            throw new NotFoundException("plan " + q.planId());
        }
        OrgUnit unit = units.filter(organisation.code(), q.unit()).orElse(null);
        List<Long> actionIds = snapshot.actions().stream()
                .filter(a -> unit == null || unit.id().equals(a.unitId()))
                .map(a -> a.id())
                .toList();
        ReportBuilder builder;
        if (unit == null) {
            builder = new ReportBuilder(q, clock.getZone(), measurements.of(organisation.code(), null, null));
        } else {
            // the unit's own figures where it has any; otherwise the organisation's, and the scope says so
            List<org.parity.indicator.Measurement> own = measurements.ofUnit(organisation.code(), unit.id());
            builder = own.isEmpty()
                    ? new ReportBuilder(
                            q, clock.getZone(), measurements.of(organisation.code(), null, null), unit, false)
                    : new ReportBuilder(q, clock.getZone(), own, unit, true);
        }
        return builder.build(
                organisation.name(),
                indicators,
                snapshot,
                progress.approvedFor(actionIds),
                progress.lastSubmitted(actionIds),
                highImpactActions.all());
    }

    /** One indicator's trend for an organisation (every period, each group and benchmark), or empty if it has none. */
    public java.util.Optional<Trend> trend(Caller caller, String organisationCode, String indicatorCode) {
        Organisation organisation = access.readable(caller, organisationCode);
        var indicator = catalogue.get(indicatorCode, access.visibleCodes(caller));
        ReportBuilder builder = new ReportBuilder(
                new ReportQuery(organisation.code(), null, null, null, null),
                clock.getZone(),
                measurements.of(organisation.code(), indicatorCode, null));
        return java.util.Optional.ofNullable(builder.trend(indicator));
    }

    /** Indicators side by side for the organisations of one system, and their actions by status. */
    public SystemReport system(Caller caller, String systemCode, String standard, String period) {
        return system(caller, systemCode, standard, period, null);
    }

    /**
     * As {@link #system(Caller, String, String, String)}; with a unit kind, the units of that kind side by
     * side (each with its own figures and its actions) when at least two organisations have such units.
     */
    public SystemReport system(Caller caller, String systemCode, String standard, String period, String unitKind) {
        boolean allowed = access.readsSystem(caller, systemCode);
        IcsSystem system = directory
                .system(systemCode)
                .filter(s -> allowed)
                .orElseThrow(() -> new NotFoundException("system " + systemCode));
        UnitKind kind = null;
        if (unitKind != null && !unitKind.isBlank()) {
            kind = UnitKind.parse(unitKind);
            if (kind == null) {
                String detail = "unknown unit kind '" + unitKind.strip() + "' (expected one of "
                        + java.util.Arrays.toString(UnitKind.values()) + ")";
                throw new BadInputException(detail, List.of(new RowError(0, "unitKind", detail)));
            }
        }
        List<Organisation> organisations = access.visibleTo(caller).stream()
                .filter(o -> systemCode.equals(o.systemCode()))
                .toList();
        List<OrgUnit> unitsOfKind = List.of();
        List<String> withKind = null;
        if (kind != null) {
            String k = kind.name();
            unitsOfKind = units
                    .ofAll(organisations.stream().map(Organisation::code).toList())
                    .stream()
                    .filter(u -> k.equals(u.kind()))
                    .toList();
            withKind = unitsOfKind.stream()
                    .map(OrgUnit::organisationCode)
                    .distinct()
                    .toList();
        }
        boolean byUnit = withKind != null && withKind.size() >= 2;
        // one column per organisation, or per unit of the kind: its key, its report query, its heading
        record Column(Organisation organisation, OrgUnit unit, String key, String name) {}
        List<Column> columns = new ArrayList<>();
        if (byUnit) {
            Map<String, Organisation> byCode = new LinkedHashMap<>();
            organisations.forEach(o -> byCode.put(o.code(), o));
            for (OrgUnit u : unitsOfKind) {
                Organisation o = byCode.get(u.organisationCode());
                String shortName = o.shortName() == null || o.shortName().isBlank() ? o.code() : o.shortName();
                columns.add(new Column(o, u, o.code() + "/" + u.code(), shortName + ": " + u.name()));
            }
        } else {
            organisations.forEach(o -> columns.add(new Column(o, null, o.code(), o.name())));
        }
        Map<String, SystemRow> rows = new LinkedHashMap<>();
        List<OrganisationActions> actions = new ArrayList<>();
        java.util.Set<String> periods = new java.util.LinkedHashSet<>();
        for (Column column : columns) {
            Organisation o = column.organisation();
            BoardReport report = build(
                    o,
                    new ReportQuery(
                            o.code(),
                            standard,
                            null,
                            period,
                            null,
                            column.unit() == null ? null : column.unit().code()));
            boolean ownFigures =
                    column.unit() == null || Boolean.TRUE.equals(report.scope().unitFigures());
            for (IndicatorRow r : report.indicators()) {
                if (!ownFigures || r.breakdown() != null || r.period() == null) {
                    continue; // a unit without figures of its own shows none (not its organisation's)
                }
                String key = r.code() + "|" + (r.group() == null ? "" : r.group());
                SystemRow row = rows.computeIfAbsent(
                        key,
                        k -> new SystemRow(
                                r.code(), r.title(), r.standard(), r.unit(), r.group(), new LinkedHashMap<>()));
                row.cells()
                        .put(column.key(), new Cell(r.period(), r.value(), r.previous(), r.status(), r.suppressed()));
            }
            actions.add(new OrganisationActions(
                    o.code(),
                    column.name(),
                    report.counts(),
                    column.unit() == null ? null : column.unit().code()));
            if (ownFigures) {
                periods.addAll(report.scope().periods());
            }
        }
        // national indicators first (they compare across organisations), in the order boards know them
        List<SystemRow> sorted = rows.values().stream()
                .sorted(java.util.Comparator.comparingInt((SystemRow r) -> IndicatorOrder.standardOrder(r.standard()))
                        .thenComparing(SystemRow::standard)
                        .thenComparing(r -> !r.code().startsWith(r.standard()))
                        .thenComparing(SystemRow::code, IndicatorOrder::natural))
                .toList();
        return new SystemReport(
                system.code(),
                system.name(),
                standard == null ? null : standard.toUpperCase(),
                period,
                LocalDate.now(clock),
                columns.stream().map(Column::key).toList(),
                sorted,
                actions,
                periods.stream()
                        .sorted(java.util.Comparator.comparing(FigureSeries::asAt)
                                .reversed()
                                .thenComparing(java.util.Comparator.naturalOrder()))
                        .toList(),
                kind == null ? null : kind.name(),
                byUnit,
                withKind);
    }
}
