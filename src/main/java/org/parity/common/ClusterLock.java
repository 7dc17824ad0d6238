package org.parity.common;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.stereotype.Component;

/**
 * Work that one node at a time may do when several share the database: loading the seed data,
 * resubmitting event publications, creating the engine's admin. Each piece of work is a row of
 * {@code parity_lock}; a node holds it by locking that row ({@code for update skip locked}, which H2 and
 * PostgreSQL both understand) in a transaction of its own connection, kept open until the work is done.
 * A node that dies loses its connection and with it the lock, so no lease has to expire. Trying never
 * waits: a row another node holds is skipped, and the caller decides whether to wait and try again.
 */
@Component
public class ClusterLock {

    /** Loading the seed data into an empty database and starting its processes. */
    public static final String SEED = "seed";

    /** Resubmitting incomplete event publications. */
    public static final String EVENT_RESUBMISSION = "event-resubmission";

    /** Creating the process engine's admin user and group. */
    public static final String ENGINE_ADMIN = "engine-admin";

    private static final Logger log = LoggerFactory.getLogger(ClusterLock.class);

    private final DataSource dataSource;

    ClusterLock(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Takes the named lock if no other node (or thread) holds it; empty when one does. Close what it
     * answers to let go. An unknown name is a programming error and throws.
     */
    public Optional<Held> tryAcquire(String name) {
        Connection connection = null;
        try {
            connection = dataSource.getConnection();
            connection.setAutoCommit(false);
            if (lockRow(connection, name)) {
                return Optional.of(new Held(name, connection));
            }
            boolean known = exists(connection, name);
            connection.rollback();
            connection.setAutoCommit(true);
            connection.close();
            if (!known) {
                throw new IllegalArgumentException("There is no lock named '" + name + "' in parity_lock");
            }
            return Optional.empty();
        } catch (SQLException e) {
            closeQuietly(connection);
            throw new DataAccessResourceFailureException("Could not try the lock '" + name + "'", e);
        }
    }

    private static boolean lockRow(Connection connection, String name) throws SQLException {
        try (PreparedStatement select =
                connection.prepareStatement("select name from parity_lock where name = ? for update skip locked")) {
            select.setString(1, name);
            try (ResultSet row = select.executeQuery()) {
                return row.next();
            }
        }
    }

    private static boolean exists(Connection connection, String name) throws SQLException {
        try (PreparedStatement select =
                connection.prepareStatement("select count(*) from parity_lock where name = ?")) {
            select.setString(1, name);
            try (ResultSet row = select.executeQuery()) {
                return row.next() && row.getInt(1) > 0;
            }
        }
    }

    private static void closeQuietly(Connection connection) {
        if (connection == null) {
            return;
        }
        try {
            connection.rollback();
            connection.setAutoCommit(true);
        } catch (SQLException e) {
            log.debug("Rolling back a lock's connection failed: {}", e.getMessage());
        }
        try {
            connection.close();
        } catch (SQLException e) {
            log.debug("Closing a lock's connection failed: {}", e.getMessage());
        }
    }

    /** A lock this node holds until it is closed. */
    public static final class Held implements AutoCloseable {

        private final String name;
        private final Connection connection;
        private boolean released;

        private Held(String name, Connection connection) {
            this.name = name;
            this.connection = connection;
        }

        public String name() {
            return name;
        }

        /** Lets go of the lock (ends the transaction that holds the row and returns the connection). */
        @Override
        public synchronized void close() {
            if (!released) {
                released = true;
                closeQuietly(connection);
            }
        }
    }
}
