package com.cxalign.jira.testing.ao;

import com.atlassian.activeobjects.spi.DatabaseType;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * The databases Jira supports that can run inside a test: H2 (Jira's embedded database), HSQLDB, and a real
 * PostgreSQL 16 server started from Maven Central's binaries. Each test gets a new, empty database.
 * Chosen with the system property {@code cx.db} (h2, hsqldb or postgres; default h2).
 */
public enum TestDatabase {

    H2(DatabaseType.H2) {
        @Override
        JdbcTarget newDatabase(String name) {
            String url = "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1";
            return new JdbcTarget(url, "sa", "", "PUBLIC", () -> execute(url, "sa", "", "SHUTDOWN"));
        }
    },

    HSQLDB(DatabaseType.HSQL) {
        @Override
        JdbcTarget newDatabase(String name) {
            // MVCC, like the other databases: in HSQLDB's default two-phase-locking mode, concurrent read-then-write
            // transactions deadlock and wait forever instead of one of them failing.
            String url = "jdbc:hsqldb:mem:" + name + ";hsqldb.tx=mvcc";
            return new JdbcTarget(url, "SA", "", "PUBLIC", () -> execute(url, "SA", "", "SHUTDOWN"));
        }
    },

    POSTGRES(DatabaseType.POSTGRESQL) {
        @Override
        JdbcTarget newDatabase(String name) {
            EmbeddedPostgres server = SharedPostgres.server();
            String adminUrl = server.getJdbcUrl("postgres", "postgres");
            execute(adminUrl, "postgres", "postgres", "CREATE DATABASE " + name);
            String url = server.getJdbcUrl("postgres", name);
            return new JdbcTarget(url, "postgres", "postgres", "public",
                    () -> execute(adminUrl, "postgres", "postgres", "DROP DATABASE " + name + " WITH (FORCE)"));
        }
    };

    public static final String PROPERTY = "cx.db";

    private static final AtomicInteger COUNTER = new AtomicInteger();

    private final DatabaseType activeObjectsType;

    TestDatabase(DatabaseType activeObjectsType) {
        this.activeObjectsType = activeObjectsType;
    }

    /** What Jira's Active Objects reports for this database. */
    public DatabaseType activeObjectsType() {
        return activeObjectsType;
    }

    /** The database named by {@code -Dcx.db}; an unknown name fails rather than silently testing something else. */
    public static TestDatabase fromSystemProperty() {
        String name = System.getProperty(PROPERTY, "h2").trim().toUpperCase(Locale.ROOT);
        try {
            return valueOf(name);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("-D" + PROPERTY + "=" + name.toLowerCase(Locale.ROOT)
                    + " is not a test database; use one of " + Arrays.stream(values())
                    .map(d -> d.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", ")), e);
        }
    }

    /** Creates a new, empty database with a unique name. */
    public JdbcTarget newDatabase() {
        return newDatabase("cx_test_" + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet());
    }

    abstract JdbcTarget newDatabase(String name);

    static void execute(String url, String user, String password, String sql) {
        try (Connection connection = DriverManager.getConnection(url, user, password);
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not run '" + sql + "' on " + url, e);
        }
    }

    /** One PostgreSQL server per test JVM, started on first use and stopped when the JVM exits. */
    private static final class SharedPostgres {

        private static EmbeddedPostgres server;

        static synchronized EmbeddedPostgres server() {
            if (server == null) {
                try {
                    server = EmbeddedPostgres.builder().start();
                } catch (IOException e) {
                    throw new UncheckedIOException("Could not start the embedded PostgreSQL server", e);
                }
                EmbeddedPostgres started = server;
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        started.close();
                    } catch (IOException ignored) {
                        // the JVM is exiting; the server's temporary folder is removed with it
                    }
                }));
            }
            return server;
        }
    }
}
