package org.parity.common.sql;

import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Admins (the /api/admin/** rule): SQL statements per route since the last reset, for the benchmark. */
@RestController
@ConditionalOnProperty(name = "parity.diagnostics.sql-count", havingValue = "true")
class SqlDiagnosticsApi {

    private final RouteStatementFilter filter;

    SqlDiagnosticsApi(RouteStatementFilter filter) {
        this.filter = filter;
    }

    @GetMapping("/api/admin/diagnostics/sql")
    List<RouteStatementFilter.RouteCost> costs() {
        return filter.costs();
    }

    @DeleteMapping("/api/admin/diagnostics/sql")
    ResponseEntity<Void> reset() {
        filter.reset();
        return ResponseEntity.noContent().build();
    }
}
