package com.cxalign.jira.catalog;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.cxalign.jira.testing.ao.DatabaseTest;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.junit.Rule;
import org.junit.Test;
import org.junit.experimental.categories.Category;

/**
 * The catalogue's tables as the database really has them: names that every database Jira supports accepts, and an
 * index on every column the services filter or sort by.
 */
@Category(DatabaseTest.class)
public class CatalogSchemaTest {

    /** Columns used in WHERE or ORDER BY by the catalogue's queries, per table (without the AO_xxxxxx_ prefix). */
    private static final Map<String, Set<String>> QUERIED = Map.of(
            "GOAL", Set.of("NAME_KEY", "STATUS", "DISPLAY_ORDER"),
            "METRIC", Set.of("NAME", "STATUS"),
            "GOAL_METRIC", Set.of("GOAL_ID", "METRIC_ID"),
            "READING", Set.of("METRIC_ID", "MEASURED_AT"),
            "AUDIT_ENTRY", Set.of("OCCURRED_AT"),
            "GOAL_SCOPE", Set.of("GOAL_ID"),
            "CHAMPION", Set.of("USER_KEY", "STARTS_ON", "ENDS_ON"),
            "SETTING", Set.of("SETTING_KEY"));

    /** Words that are reserved on at least one database Jira supports. */
    private static final Set<String> RESERVED = Set.of("ACTION", "COMMENT", "DATE", "FROM", "GROUP", "KEY", "LEVEL",
            "NUMBER", "ORDER", "SIZE", "TO", "USER", "VALUE", "VALUES", "TIMESTAMP", "RANGE", "ROWS", "POSITION");

    @Rule
    public Catalog catalog = new Catalog();

    @Test
    public void everyQueriedColumnHasAnIndex() throws Exception {
        Map<String, Set<String>> missing = new TreeMap<>();
        try (Connection connection = catalog.ao().connection()) {
            for (Map.Entry<String, Set<String>> table : QUERIED.entrySet()) {
                Set<String> indexed = indexedColumns(connection.getMetaData(), tableName(connection, table.getKey()));
                Set<String> lacking = new TreeSet<>(table.getValue());
                lacking.removeAll(indexed);
                if (!lacking.isEmpty()) {
                    missing.put(table.getKey(), lacking);
                }
            }
        }
        assertEquals("Queried columns without an index", Map.of(), missing);
    }

    @Test
    public void tableAndColumnNamesFitEveryDatabaseAndAvoidReservedWords() throws Exception {
        Map<String, String> problems = new TreeMap<>();
        try (Connection connection = catalog.ao().connection();
             ResultSet columns = connection.getMetaData().getColumns(null, null, null, null)) {
            while (columns.next()) {
                String table = columns.getString("TABLE_NAME").toUpperCase(Locale.ROOT);
                String column = columns.getString("COLUMN_NAME").toUpperCase(Locale.ROOT);
                if (!table.startsWith(catalog.ao().tablePrefix())) {
                    continue;
                }
                if (table.length() > 30 || column.length() > 30) {
                    problems.put(table + "." + column, "longer than 30 characters");
                }
                if (RESERVED.contains(column) || RESERVED.contains(table.substring(catalog.ao().tablePrefix().length()))) {
                    problems.put(table + "." + column, "a reserved word");
                }
            }
        }
        assertEquals(Map.of(), problems);
    }

    private String tableName(Connection connection, String entityTable) throws Exception {
        String wanted = catalog.ao().tablePrefix() + entityTable;
        try (ResultSet tables = connection.getMetaData().getTables(null, null, null, new String[] {"TABLE"})) {
            while (tables.next()) {
                if (tables.getString("TABLE_NAME").equalsIgnoreCase(wanted)) {
                    return tables.getString("TABLE_NAME");
                }
            }
        }
        throw new AssertionError("table " + wanted + " does not exist");
    }

    private static Set<String> indexedColumns(DatabaseMetaData metaData, String table) throws Exception {
        Set<String> columns = new TreeSet<>();
        try (ResultSet index = metaData.getIndexInfo(null, null, table, false, false)) {
            while (index.next()) {
                String column = index.getString("COLUMN_NAME");
                // Only the leading column of an index serves lookups by that column alone.
                if (column != null && index.getShort("ORDINAL_POSITION") == 1) {
                    columns.add(column.toUpperCase(Locale.ROOT));
                }
            }
        }
        assertTrue(table + " has no index at all", !columns.isEmpty());
        return columns;
    }
}
