package org.parity.common.sql;

import java.util.concurrent.Callable;

/**
 * Counts the SQL statements the current thread sends to the database (every statement through the
 * application's DataSource: JPA, JDBC and the process engine alike). Used to prove that a page costs
 * a bounded number of statements whatever the size of the data, in tests and in the benchmark.
 */
public final class SqlStatements {

    private static final ThreadLocal<long[]> COUNT = ThreadLocal.withInitial(() -> new long[1]);

    private SqlStatements() {}

    static void increment() {
        COUNT.get()[0]++;
    }

    /** Statements this thread has sent so far (a running total; subtract two readings). */
    public static long current() {
        return COUNT.get()[0];
    }

    /** Runs the work and answers how many statements it sent on this thread. */
    public static long during(Callable<?> work) throws Exception {
        long before = current();
        work.call();
        return current() - before;
    }
}
