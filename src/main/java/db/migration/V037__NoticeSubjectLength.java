package db.migration;

import java.sql.Statement;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * A notice's subject names every line crossed with its figures: an English margin call crossing the maintenance and
 * the financing-ratio lines is ~350 characters. At 300 the INSERT failed and the case got neither notice nor task.
 * Java because MariaDB and the embedded H2 have no common syntax for widening a column.
 */
public class V037__NoticeSubjectLength extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        boolean h2 = context.getConnection().getMetaData().getDatabaseProductName().startsWith("H2");
        try (Statement statement = context.getConnection().createStatement()) {
            statement.execute(h2 ? "ALTER TABLE notification ALTER COLUMN subject SET DATA TYPE VARCHAR(1000)"
                    : "ALTER TABLE notification MODIFY subject VARCHAR(1000) NOT NULL");
        }
    }
}
