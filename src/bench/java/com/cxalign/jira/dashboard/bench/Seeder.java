package com.cxalign.jira.dashboard.bench;

import com.cxalign.jira.dashboard.data.ReadModelSql;
import com.cxalign.jira.feedback.FeedbackChannel;
import com.cxalign.jira.feedback.LoopState;
import com.cxalign.jira.feedback.Sentiment;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Writes {@link BenchData} straight into the read model's tables (as Active Objects created them, with Jira's
 * prefix), with multi-row JDBC inserts in large transactions: the fast way to a realistic volume, not the way the
 * plugin writes (that is measured separately, see {@link RefreshEvents}).
 */
final class Seeder {

    private static final String[] SUMMARIES = {"Guided setup checklist for new self-serve accounts",
        "Customers cannot find the invoice download", "Call back within two hours for priority tickets",
        "Checkout fails on the second payment attempt", "Explain the new pricing tiers before renewal",
        "Search returns nothing for product codes", "Export to spreadsheet loses the time zone",
        "Mobile login loops back to the start page"};

    private final ReadModelSql sql;
    private final Connection connection;

    Seeder(ReadModelSql sql, Connection connection) {
        this.sql = sql;
        this.connection = connection;
    }

    void seed(BenchData data, BenchCatalog catalog) throws SQLException {
        Timestamp written = Timestamp.from(data.now);
        connection.setAutoCommit(false);
        try (Bulk rows = new Bulk("INITIATIVE_ROW", new String[] {"ISSUE_ID", "ISSUE_KEY", "SUMMARY", "PROJECT_ID",
            "STATUS_CATEGORY", "CREATED_AT", "UPDATED_AT", "RESOLVED_AT", "GOAL_ID", "METRIC_ID", "HAS_OUTCOME",
            "ALIGNED", "BASELINE", "TARGET", "ACTUAL", "EXPECTED_IMPACT", "WRITTEN_AT", "SEEN_IN_RUN"},
                new int[] {Types.BIGINT, Types.VARCHAR, Types.VARCHAR, Types.BIGINT, Types.VARCHAR, Types.TIMESTAMP,
                    Types.TIMESTAMP, Types.TIMESTAMP, Types.INTEGER, Types.INTEGER, Types.BOOLEAN, Types.BOOLEAN,
                    Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.TIMESTAMP, Types.INTEGER})) {
            for (int i = 0; i < data.initiatives; i++) {
                long id = BenchData.FIRST_INITIATIVE_ID + i;
                int goal = data.iGoal[i];
                Integer goalId = goal < 0 ? null : catalog.goalIds[goal];
                Integer metricId = data.iMetric[i] < 0 ? null : catalog.metricIds[goal][data.iMetric[i]];
                boolean done = data.iStatus[i] == 2;
                rows.add(id, BenchData.key(data.iProject[i], id), SUMMARIES[i % SUMMARIES.length],
                        data.projectId(data.iProject[i]), BenchData.STATUS[data.iStatus[i]],
                        new Timestamp(data.iCreated[i]), new Timestamp(data.iUpdated[i]),
                        done ? new Timestamp(data.iUpdated[i]) : null, goalId, metricId, data.iOutcome[i],
                        goalId != null && metricId != null && data.iOutcome[i], number(data.iBaseline[i]),
                        number(data.iTarget[i]), number(data.iActual[i]),
                        data.iImpact[i] < 0 ? null : data.iImpact[i] + "000", written, 0);
            }
        }
        try (Bulk rows = new Bulk("FEEDBACK_ROW", new String[] {"ISSUE_ID", "ISSUE_KEY", "SUMMARY", "PROJECT_ID",
            "STATUS_CATEGORY", "CREATED_AT", "UPDATED_AT", "RESOLVED_AT", "CHANNEL", "SENTIMENT", "ACTED_ON",
            "LOOP_STATE", "LOOP_CLOSED_ON", "DAYS_TO_CLOSE", "WRITTEN_AT", "SEEN_IN_RUN"},
                new int[] {Types.BIGINT, Types.VARCHAR, Types.VARCHAR, Types.BIGINT, Types.VARCHAR, Types.TIMESTAMP,
                    Types.TIMESTAMP, Types.TIMESTAMP, Types.VARCHAR, Types.VARCHAR, Types.BOOLEAN, Types.VARCHAR,
                    Types.TIMESTAMP, Types.INTEGER, Types.TIMESTAMP, Types.INTEGER})) {
            for (int f = 0; f < data.feedback; f++) {
                long id = BenchData.FIRST_FEEDBACK_ID + f;
                boolean closed = data.fLoop[f] == LoopState.CLOSED.ordinal();
                boolean done = data.fStatus[f] == 2;
                rows.add(id, BenchData.key(data.fProject[f], id), SUMMARIES[(f + 3) % SUMMARIES.length],
                        data.projectId(data.fProject[f]), BenchData.STATUS[data.fStatus[f]],
                        new Timestamp(data.fCreated[f]), new Timestamp(data.fUpdated[f]),
                        done ? new Timestamp(data.fUpdated[f]) : null,
                        data.fChannel[f] < 0 ? null : FeedbackChannel.values()[data.fChannel[f]].name(),
                        data.fSentiment[f] < 0 ? null : Sentiment.values()[data.fSentiment[f]].name(),
                        data.fActedOn[f], LoopState.values()[data.fLoop[f]].name(),
                        closed ? Timestamp.from(data.receivedDay(f).plusDays(data.fDays[f])
                                .atStartOfDay(ZoneOffset.UTC).toInstant()) : null,
                        closed ? Integer.valueOf(data.fDays[f]) : null, written, 0);
            }
        }
        try (Bulk rows = new Bulk("FEEDBACK_LINK", new String[] {"INITIATIVE_ID", "FEEDBACK_ID"},
                new int[] {Types.BIGINT, Types.BIGINT})) {
            for (int l = 0; l < data.links; l++) {
                rows.add(BenchData.FIRST_INITIATIVE_ID + data.linkInitiative[l],
                        BenchData.FIRST_FEEDBACK_ID + data.linkFeedback[l]);
            }
        }
        connection.setAutoCommit(true);
    }

    private static String number(short value) {
        return value < 0 ? null : String.valueOf(value);
    }

    /** Multi-row INSERTs of a fixed number of rows, the last one shorter; commits every 50 statements. */
    private final class Bulk implements AutoCloseable {

        private final String table;
        private final String[] columns;
        private final int[] types;
        private final int rowsPerStatement;
        private final PreparedStatement full;
        private final List<Object[]> pending = new ArrayList<>();
        private int statements;

        Bulk(String table, String[] columns, int[] types) throws SQLException {
            this.table = table;
            this.columns = columns;
            this.types = types;
            this.rowsPerStatement = Math.min(500, 20_000 / columns.length);
            this.full = connection.prepareStatement(insert(rowsPerStatement));
        }

        void add(Object... row) throws SQLException {
            pending.add(row);
            if (pending.size() == rowsPerStatement) {
                run(full);
            }
        }

        @Override
        public void close() throws SQLException {
            if (!pending.isEmpty()) {
                try (PreparedStatement last = connection.prepareStatement(insert(pending.size()))) {
                    run(last);
                }
            }
            full.close();
            connection.commit();
        }

        private void run(PreparedStatement statement) throws SQLException {
            int parameter = 1;
            for (Object[] row : pending) {
                for (int c = 0; c < columns.length; c++) {
                    if (row[c] == null) {
                        statement.setNull(parameter++, types[c]);
                    } else {
                        statement.setObject(parameter++, row[c]);
                    }
                }
            }
            statement.executeUpdate();
            pending.clear();
            if (++statements % 50 == 0) {
                connection.commit();
            }
        }

        private String insert(int rows) {
            List<String> names = new ArrayList<>();
            for (String column : columns) {
                names.add(sql.column(column));
            }
            String values = "(" + String.join(", ", Collections.nCopies(columns.length, "?")) + ")";
            return "INSERT INTO " + sql.table(table) + " (" + String.join(", ", names) + ") VALUES "
                    + String.join(", ", Collections.nCopies(rows, values));
        }
    }
}
