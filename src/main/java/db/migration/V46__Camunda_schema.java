package db.migration;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.EncodedResource;
import org.springframework.jdbc.datasource.init.ScriptUtils;

/**
 * The process engine's own tables, created by Flyway rather than by the engine at start-up. Several
 * nodes starting together on an empty database each used to run the engine's schema creation, and all
 * but one died on "relation act_ge_property already exists"; Flyway runs each migration once (on
 * PostgreSQL under its own lock), and the engine starts afterwards with {@code schema-update} off.
 * The scripts are the ones shipped in the engine's jar for the database in use, in the order the engine
 * itself runs them. A database whose engine tables already exist (created by the engine's schema-update
 * before this migration) is left as it is. Upgrades to a later engine version are the engine's upgrade
 * scripts, added as later migrations.
 */
public class V46__Camunda_schema extends BaseJavaMigration {

    /** The parts in the engine's own creation order: engine, history, identity, then CMMN and DMN. */
    static final List<String> PARTS = List.of(
            "engine", "history", "identity", "case.engine", "case.history", "decision.engine", "decision.history");

    static final String SCRIPTS = "org/camunda/bpm/engine/db/create/";

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        if (engineTablesExist(connection)) {
            return;
        }
        String database = database(connection.getMetaData().getDatabaseProductName());
        for (String part : PARTS) {
            ClassPathResource script = new ClassPathResource(
                    SCRIPTS + "activiti." + database + ".create." + part + ".sql",
                    V46__Camunda_schema.class.getClassLoader());
            if (!script.exists()) {
                throw new IllegalStateException("The process engine's jar has no " + script.getPath());
            }
            ScriptUtils.executeSqlScript(connection, new EncodedResource(script, StandardCharsets.UTF_8));
        }
    }

    /** Whether the engine's property table is in the current schema (PostgreSQL folds names to lower case). */
    static boolean engineTablesExist(Connection connection) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        for (String name : List.of("ACT_GE_PROPERTY", "act_ge_property")) {
            try (ResultSet tables = meta.getTables(connection.getCatalog(), connection.getSchema(), name, null)) {
                if (tables.next()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The engine's name for the database: the scripts exist for H2 and PostgreSQL, the two Parity runs on. */
    static String database(String productName) {
        String name = productName.toLowerCase(Locale.ROOT);
        if (name.contains("h2")) {
            return "h2";
        }
        if (name.contains("postgres")) {
            return "postgres";
        }
        throw new IllegalStateException("Parity runs on H2 or PostgreSQL, not on " + productName);
    }
}
