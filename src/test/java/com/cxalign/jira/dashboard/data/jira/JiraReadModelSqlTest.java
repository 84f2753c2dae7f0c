package com.cxalign.jira.dashboard.data.jira;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.jira.database.ConnectionFunction;
import com.atlassian.jira.database.DatabaseAccessor;
import com.atlassian.jira.database.DatabaseConnection;
import com.atlassian.jira.database.DatabaseVendor;
import com.cxalign.jira.platform.PluginKey;
import com.cxalign.jira.testing.ao.JiraTablePrefix;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import org.junit.Before;
import org.junit.Test;
import org.mockito.InOrder;

/** The read model's SQL on Jira's database, against Mockito mocks of Jira's {@link DatabaseAccessor} and JDBC. */
public class JiraReadModelSqlTest {

    private final DatabaseAccessor database = mock(DatabaseAccessor.class);
    private final DatabaseConnection databaseConnection = mock(DatabaseConnection.class);
    private final Connection connection = mock(Connection.class);
    private final PreparedStatement statement = mock(PreparedStatement.class);
    private final ResultSet rows = mock(ResultSet.class);
    private final JiraReadModelSql sql = new JiraReadModelSql(database);

    @Before
    @SuppressWarnings("unchecked")
    public void jira() throws SQLException {
        when(database.getSchemaName()).thenReturn(Optional.empty());
        when(database.getDatabaseVendor()).thenReturn(DatabaseVendor.POSTGRES);
        when(database.executeQuery(any())).thenAnswer(
                call -> ((ConnectionFunction<Object>) call.getArgument(0)).run(databaseConnection));
        when(databaseConnection.getJdbcConnection()).thenReturn(connection);
        when(connection.prepareStatement(any())).thenReturn(statement);
        when(statement.executeQuery()).thenReturn(rows);
    }

    @Test
    public void tablesCarryThePluginsActiveObjectsPrefixQuotedForTheDatabase() {
        assertEquals(new JiraTablePrefix(PluginKey.KEY).value(), JiraReadModelSql.TABLE_PREFIX);
        assertEquals("\"AO_07319A_INITIATIVE_ROW\"", sql.table("INITIATIVE_ROW"));
        assertEquals("\"GOAL_ID\"", sql.column("GOAL_ID"));

        when(database.getDatabaseVendor()).thenReturn(DatabaseVendor.MY_SQL);
        assertEquals("`AO_07319A_FEEDBACK_ROW`", sql.table("FEEDBACK_ROW"));
        assertEquals("`CHANNEL`", sql.column("CHANNEL"));
    }

    @Test
    public void jirasSchemaQualifiesTheTables() {
        when(database.getSchemaName()).thenReturn(Optional.of("jiraschema"));
        assertEquals("jiraschema.\"AO_07319A_INITIATIVE_ROW\"", sql.table("INITIATIVE_ROW"));

        when(database.getDatabaseVendor()).thenReturn(DatabaseVendor.SQL_SERVER);
        when(database.getSchemaName()).thenReturn(Optional.of("jira-db"));
        assertEquals("\"jira-db\".\"AO_07319A_INITIATIVE_ROW\"", sql.table("INITIATIVE_ROW"));
    }

    @Test
    public void aNameThatIsNotAnActiveObjectsNameIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> sql.column("GOAL_ID\"; DROP TABLE x; --"));
    }

    @Test
    public void aQueryRunsOnJirasPooledConnectionWithItsParametersAndClosesOnlyWhatItOpened() throws SQLException {
        when(rows.next()).thenReturn(true, false);
        when(rows.getInt(1)).thenReturn(42);

        Integer result = sql.query("SELECT COUNT(*) FROM t WHERE a = ? AND b = ?", List.of(10100L, "CLOSED"),
                resultSet -> resultSet.next() ? resultSet.getInt(1) : null);

        assertEquals(Integer.valueOf(42), result);
        verify(connection).prepareStatement("SELECT COUNT(*) FROM t WHERE a = ? AND b = ?");
        verify(statement).setObject(1, 10100L);
        verify(statement).setObject(2, "CLOSED");
        verify(rows).close();
        verify(statement).close();
        verify(connection, org.mockito.Mockito.never()).close();
    }

    @Test
    public void pagesUseTheStandardClauseOrMySqlsLimit() throws SQLException {
        sql.queryPage("SELECT x FROM t WHERE a = ? ORDER BY x", List.of("A"), 20, 10, ResultSet::next);
        verify(connection).prepareStatement(
                "SELECT x FROM t WHERE a = ? ORDER BY x OFFSET ? ROWS FETCH NEXT ? ROWS ONLY");
        InOrder standard = inOrder(statement);
        standard.verify(statement).setObject(1, "A");
        standard.verify(statement).setObject(2, 20);
        standard.verify(statement).setObject(3, 10);

        when(database.getDatabaseVendor()).thenReturn(DatabaseVendor.MY_SQL);
        sql.queryPage("SELECT y FROM t ORDER BY y", List.of(), 20, 10, ResultSet::next);
        verify(connection).prepareStatement("SELECT y FROM t ORDER BY y LIMIT ? OFFSET ?");
        verify(statement).setObject(1, 10);
        verify(statement, org.mockito.Mockito.times(2)).setObject(2, 20);
    }

    @Test
    public void aFailingQueryFailsWithTheDatabasesMessage() throws SQLException {
        when(statement.executeQuery()).thenThrow(new SQLException("relation does not exist"));

        IllegalStateException failure = assertThrows(IllegalStateException.class,
                () -> sql.query("SELECT 1", List.of(), ResultSet::next));

        assertEquals("The CX Align dashboard query failed: relation does not exist", failure.getMessage());
        verify(statement).close();
    }
}
