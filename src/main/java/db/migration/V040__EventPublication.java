package db.migration;

import java.sql.Statement;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Spring Modulith's Event Publication Registry (docs/architecture.md, "Events"): one row per event and transactional
 * listener, written in the publisher's transaction, deleted once the listener's work committed (completion mode
 * DELETE), so the table holds only what is still outstanding. Spring Modulith's own layout (its JDBC repository
 * names the columns), with two changes: the event is LONGTEXT / a long VARCHAR, as an import's {@code DataImported}
 * lists every client it changed, and MariaDB gets an index for completing by listener and event (prefixes: a key
 * cannot cover a LONGTEXT). Upper-case table name: Spring Modulith's SQL says EVENT_PUBLICATION, and MariaDB on Linux
 * tells table names by case. Java because the two databases differ in the id type (H2 UUID, MariaDB text, as Spring
 * Modulith binds it) and in index syntax.
 */
public class V040__EventPublication extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        boolean h2 = context.getConnection().getMetaData().getDatabaseProductName().startsWith("H2");
        try (Statement statement = context.getConnection().createStatement()) {
            if (h2) {
                statement.execute("""
                        CREATE TABLE EVENT_PUBLICATION (
                          id               UUID NOT NULL PRIMARY KEY,
                          listener_id      VARCHAR(512) NOT NULL,
                          event_type       VARCHAR(512) NOT NULL,
                          serialized_event CHARACTER VARYING(1000000000) NOT NULL,
                          publication_date TIMESTAMP(9) WITH TIME ZONE NOT NULL,
                          completion_date  TIMESTAMP(9) WITH TIME ZONE)""");
                statement.execute("""
                        CREATE INDEX event_publication_by_listener_and_event
                            ON EVENT_PUBLICATION (listener_id, serialized_event)""");
            } else {
                statement.execute("""
                        CREATE TABLE EVENT_PUBLICATION (
                          id               VARCHAR(36) NOT NULL PRIMARY KEY,
                          listener_id      VARCHAR(512) NOT NULL,
                          event_type       VARCHAR(512) NOT NULL,
                          serialized_event LONGTEXT NOT NULL,
                          publication_date TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
                          completion_date  TIMESTAMP(6) NULL DEFAULT NULL,
                          INDEX event_publication_by_listener_and_event (listener_id(100), serialized_event(150))
                        )""");
            }
            statement.execute("""
                    CREATE INDEX event_publication_by_completion_and_date
                        ON EVENT_PUBLICATION (completion_date, publication_date)""");
        }
    }
}
