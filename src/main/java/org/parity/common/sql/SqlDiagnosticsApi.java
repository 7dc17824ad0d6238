package org.parity.common.sql;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.parity.common.apidocs.ApiTags;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Admins (the /api/admin/** rule): SQL statements per route since the last reset, for the benchmark. */
@RestController
@Tag(name = ApiTags.ADMIN)
@ConditionalOnProperty(name = "parity.diagnostics.sql-count", havingValue = "true")
class SqlDiagnosticsApi {

    private final RouteStatementFilter filter;

    SqlDiagnosticsApi(RouteStatementFilter filter) {
        this.filter = filter;
    }

    @Operation(
            summary = "SQL statements per route since the last reset",
            description = "Only when parity.diagnostics.sql-count is on (tests and the benchmark). Platform admins"
                    + " only.")
    @GetMapping("/api/admin/diagnostics/sql")
    List<RouteStatementFilter.RouteCost> costs() {
        return filter.costs();
    }

    @Operation(summary = "Start counting SQL statements again")
    @ApiResponse(responseCode = "204", description = "The counts are reset")
    @DeleteMapping("/api/admin/diagnostics/sql")
    ResponseEntity<Void> reset() {
        filter.reset();
        return ResponseEntity.noContent().build();
    }
}
