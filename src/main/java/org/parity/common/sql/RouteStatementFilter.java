package org.parity.common.sql;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Outermost filter: counts the statements of each request (security, controller, view rendering) and
 * adds them up per route, keyed by method and the controller's path pattern ("GET /actions/{id}").
 * Read and reset by admins at /api/admin/diagnostics/sql.
 */
class RouteStatementFilter extends OncePerRequestFilter implements Ordered {

    private final Map<String, Route> routes = new ConcurrentHashMap<>();

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long before = SqlStatements.current();
        try {
            chain.doFilter(request, response);
        } finally {
            Object pattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
            if (pattern != null && !String.valueOf(pattern).startsWith("/api/admin/diagnostics")) {
                routes.computeIfAbsent(request.getMethod() + " " + pattern, Route::new)
                        .add(SqlStatements.current() - before, response.getStatus());
            }
        }
    }

    List<RouteCost> costs() {
        return routes.values().stream()
                .map(Route::cost)
                .sorted(Comparator.comparing(RouteCost::route))
                .toList();
    }

    void reset() {
        routes.clear();
    }

    /** What the requests of one route cost: how many, their statements in all, and the most one took. */
    record RouteCost(String route, long requests, long statements, long maxStatements, long errors) {}

    private static final class Route {
        final String name;
        final LongAdder requests = new LongAdder();
        final LongAdder statements = new LongAdder();
        final LongAdder errors = new LongAdder();
        volatile long max;

        Route(String name) {
            this.name = name;
        }

        void add(long count, int status) {
            requests.increment();
            statements.add(count);
            if (status >= 500) {
                errors.increment();
            }
            if (count > max) {
                synchronized (this) {
                    max = Math.max(max, count);
                }
            }
        }

        RouteCost cost() {
            return new RouteCost(name, requests.sum(), statements.sum(), max, errors.sum());
        }
    }
}
