package db.migration;

import java.sql.ResultSet;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Measurement ids come from a sequence from now on, so that bulk imports insert in JDBC batches
 * (Hibernate cannot batch inserts into an identity column). The sequence starts above every id
 * already stored, plus one allocation (Hibernate's pooled optimiser hands out the hundred ids
 * below each value it draws), which plain SQL cannot say portably on H2 and PostgreSQL alike.
 */
public class V10__Measurement_id_sequence extends BaseJavaMigration {

    static final int ALLOCATION = 100;

    @Override
    public void migrate(Context context) throws Exception {
        long start;
        try (Statement st = context.getConnection().createStatement();
                ResultSet rs = st.executeQuery("select coalesce(max(id), 0) from measurement")) {
            rs.next();
            start = rs.getLong(1) + ALLOCATION + 1;
        }
        try (Statement st = context.getConnection().createStatement()) {
            st.execute("create sequence measurement_seq start with " + start + " increment by " + ALLOCATION);
        }
    }
}
