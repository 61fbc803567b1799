package com.marginportal.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.ThreadLocalRandom;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.MariaDBContainer;

/**
 * One real MariaDB per test JVM, resolved in this order: an explicit server from TEST_DB_URL
 * (+ TEST_DB_USER, TEST_DB_PASSWORD); a Testcontainers MariaDB when Docker is available; the local
 * server at 127.0.0.1:3306 (root, empty password). Each run gets a fresh utf8mb4 schema, dropped at
 * JVM exit. When none is reachable the tests fail with a message saying what to start: never skipped.
 */
public final class TestDatabase {

    private static final String LOCAL_SERVER = "jdbc:mariadb://127.0.0.1:3306/";
    private static TestDatabase instance;

    private final String url;
    private final String username;
    private final String password;

    private TestDatabase(String url, String username, String password) {
        this.url = url;
        this.username = username;
        this.password = password;
    }

    public static synchronized TestDatabase get() {
        if (instance == null) {
            instance = resolve();
        }
        return instance;
    }

    public String url() {
        return url;
    }

    public String username() {
        return username;
    }

    public String password() {
        return password;
    }

    private static TestDatabase resolve() {
        String explicit = System.getenv("TEST_DB_URL");
        if (explicit != null && !explicit.isBlank()) {
            return freshSchemaOn(explicit, env("TEST_DB_USER", "root"), env("TEST_DB_PASSWORD", ""),
                    "the server from TEST_DB_URL");
        }
        if (dockerAvailable()) {
            MariaDBContainer<?> container = new MariaDBContainer<>("mariadb:10.11")
                    .withCommand("--character-set-server=utf8mb4", "--collation-server=utf8mb4_unicode_ci");
            container.start();
            log("Testcontainers MariaDB " + container.getJdbcUrl());
            return new TestDatabase(container.getJdbcUrl() + "?nullDatabaseMeansCurrent=true",
                    container.getUsername(), container.getPassword());
        }
        return freshSchemaOn(LOCAL_SERVER, "root", "", "the local MariaDB server (no Docker here)");
    }

    private static TestDatabase freshSchemaOn(String serverUrl, String user, String pass, String what) {
        String schema = "mp_test_" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMddHHmmss"))
                + "_" + ThreadLocalRandom.current().nextInt(1000, 10000);
        try (Connection c = DriverManager.getConnection(serverUrl, user, pass); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + schema + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        } catch (SQLException e) {
            throw new IllegalStateException("""
                    Database tests need a real MariaDB and none is reachable (%s at %s: %s).
                    Start one of: Docker (Testcontainers starts MariaDB itself); the local server, e.g.
                      start-stop-daemon --start --oknodo --background --exec /usr/sbin/mariadbd
                    (root with an empty password on 127.0.0.1:3306); or point TEST_DB_URL, TEST_DB_USER,
                    TEST_DB_PASSWORD at a server where the user may create databases."""
                    .formatted(what, serverUrl, e.getMessage()), e);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> drop(serverUrl, user, pass, schema)));
        log(what + ", fresh schema " + schema);
        String base = serverUrl.endsWith("/") ? serverUrl : serverUrl + "/";
        return new TestDatabase(base + schema + "?nullDatabaseMeansCurrent=true", user, pass);
    }

    private static void drop(String serverUrl, String user, String pass, String schema) {
        try (Connection c = DriverManager.getConnection(serverUrl, user, pass); Statement s = c.createStatement()) {
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
