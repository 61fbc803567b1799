package com.marginportal.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.MariaDBContainer;

/**
 * One real MariaDB server per test JVM, resolved in this order: an explicit server from TEST_DB_URL
 * (+ TEST_DB_USER, TEST_DB_PASSWORD); a Testcontainers MariaDB when Docker is available; the local
 * server at 127.0.0.1:3306 (root, empty password). Every schema a run uses is created fresh (utf8mb4)
 * and dropped at JVM exit. When no server is reachable the tests fail with a message saying what to
 * start: they are never skipped.
 */
public final class TestDatabase {

    private static final String LOCAL_SERVER = "jdbc:mariadb://127.0.0.1:3306/";
    private static final String RUN = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMddHHmmss"))
            + "_" + ProcessHandle.current().pid();
    private static TestDatabase server;
    private static Schema applicationSchema;

    private final String serverUrl;
    private final String user;
    private final String password;
    private final AtomicInteger schemas = new AtomicInteger();

    /** A schema on the test server: its JDBC URL and credentials. */
    public record Schema(String url, String username, String password) {

        /** Points a Spring test context's data source at this schema. */
        public void register(DynamicPropertyRegistry registry) {
            registry.add("spring.datasource.url", this::url);
            registry.add("spring.datasource.username", this::username);
            registry.add("spring.datasource.password", this::password);
            registry.add("spring.datasource.driver-class-name", () -> "org.mariadb.jdbc.Driver");
        }
    }

    private TestDatabase(String serverUrl, String user, String password) {
        this.serverUrl = serverUrl.endsWith("/") ? serverUrl : serverUrl + "/";
        this.user = user;
        this.password = password;
    }

    /** The schema the Spring application context of all *IT classes runs on. */
    public static synchronized Schema applicationSchema() {
        if (applicationSchema == null) {
            applicationSchema = server().newSchema();
        }
        return applicationSchema;
    }

    /** A further empty schema, for tests that need a database of their own (no Spring context). */
    public static Schema scratchSchema() {
        return server().newSchema();
    }

    private static synchronized TestDatabase server() {
        if (server == null) {
            server = resolve();
        }
        return server;
    }

    private static TestDatabase resolve() {
        String explicit = System.getenv("TEST_DB_URL");
        if (explicit != null && !explicit.isBlank()) {
            log("the server from TEST_DB_URL " + explicit);
            return new TestDatabase(explicit, env("TEST_DB_USER", "root"), env("TEST_DB_PASSWORD", ""));
        }
        if (dockerAvailable()) {
            MariaDBContainer<?> container = new MariaDBContainer<>("mariadb:10.11");
            container.start();
            log("Testcontainers MariaDB " + container.getHost() + ":" + container.getFirstMappedPort());
            // the image gives root the same password as the default user
            return new TestDatabase("jdbc:mariadb://" + container.getHost() + ":" + container.getFirstMappedPort() + "/",
                    "root", container.getPassword());
        }
        log("the local MariaDB server " + LOCAL_SERVER + " (Docker is not available)");
        return new TestDatabase(LOCAL_SERVER, "root", "");
    }

    private Schema newSchema() {
        String schema = "mp_test_" + RUN + "_" + schemas.incrementAndGet();
        try (Connection c = DriverManager.getConnection(serverUrl, user, password); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + schema + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        } catch (SQLException e) {
            throw new IllegalStateException("""
                    Database tests need a real MariaDB and none is reachable at %s (%s).
                    Start one of: Docker (Testcontainers then starts MariaDB itself); the local server, e.g.
                      start-stop-daemon --start --oknodo --background --exec /usr/sbin/mariadbd
                    with root and an empty password on 127.0.0.1:3306; or point TEST_DB_URL, TEST_DB_USER and
                    TEST_DB_PASSWORD at a server where that user may create databases."""
                    .formatted(serverUrl, e.getMessage()), e);
        }
        if (!Boolean.getBoolean("test.db.keep")) { // -Dtest.db.keep=true leaves schemas for a look afterwards
            Runtime.getRuntime().addShutdownHook(new Thread(() -> drop(schema)));
        }
        log("fresh schema " + schema);
        return new Schema(serverUrl + schema + "?nullDatabaseMeansCurrent=true", user, password);
    }

    private void drop(String schema) {
        try (Connection c = DriverManager.getConnection(serverUrl, user, password); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + schema);
        } catch (SQLException e) {
            System.err.println("[test-db] could not drop " + schema + ": " + e.getMessage());
        }
    }

    private static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null ? fallback : value;
    }

    private static void log(String message) {
        System.out.println("[test-db] Database tests run on " + message);
    }
}
