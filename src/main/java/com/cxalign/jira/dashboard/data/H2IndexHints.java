package com.cxalign.jira.dashboard.data;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * H2's {@code USE INDEX} hint naming a table's index on given columns, for {@link ReadModelSql#tableAlongIndex}.
 * Active Objects names indexes itself (with a hash), so the name is found in the JDBC metadata, once per table and
 * columns, and kept: a schema fact, the same on every node. Empty on any other database, or when no index has
 * exactly those columns in that order.
 */
public final class H2IndexHints {

    /** How the hint is found: with a connection the {@link ReadModelSql} implementation opens and gives back. */
    @FunctionalInterface
    public interface Connections {
        Optional<String> withConnection(Lookup lookup);
    }

    /** The lookup on an open connection. */
    @FunctionalInterface
    public interface Lookup {
        Optional<String> on(Connection connection) throws SQLException;
    }

    private final Map<List<String>, Optional<String>> hints = new ConcurrentHashMap<>();

    /**
     * The hint for the index on these columns of the physical table ({@code AO_07319A_FEEDBACK_ROW}, in whichever
     * schema: the plugin's tables are in one), e.g. {@code  USE INDEX ("IDX_...")}.
     */
    public Optional<String> hint(String physicalTable, List<String> columns, Connections connections) {
        List<String> key = new ArrayList<>();
        key.add(physicalTable);
        key.addAll(columns);
        return hints.computeIfAbsent(key, ignored -> {
            try {
                return connections.withConnection(connection -> lookUp(connection, physicalTable, columns));
            } catch (RuntimeException e) {
                // without the hint H2 takes its usual plan: slower pages, the same rows
                return Optional.empty();
            }
        });
    }

    static Optional<String> lookUp(Connection connection, String table, List<String> columns)
            throws SQLException {
        DatabaseMetaData metaData = connection.getMetaData();
        if (!"H2".equals(metaData.getDatabaseProductName())) {
            return Optional.empty();
        }
        Map<String, TreeMap<Integer, String>> indexes = new TreeMap<>();
        Set<String> unique = new HashSet<>();
        try (ResultSet rows = metaData.getIndexInfo(null, null, table, false, true)) {
            while (rows.next()) {
                String index = rows.getString("INDEX_NAME");
                String column = rows.getString("COLUMN_NAME");
                if (index != null && column != null) {
                    indexes.computeIfAbsent(index, name -> new TreeMap<>()).put((int) rows.getShort("ORDINAL_POSITION"),
                            column);
                    if (!rows.getBoolean("NON_UNIQUE")) {
                        unique.add(index);
                    }
                }
            }
        }
        // a unique index first: along a one-column non-unique index H2 2.2 reads the whole range and sorts it
        return indexes.entrySet().stream().filter(index -> List.copyOf(index.getValue().values()).equals(columns))
                .map(Map.Entry::getKey).min(Comparator.comparing((String index) -> !unique.contains(index)))
                .map(index -> " USE INDEX (\"" + index.replace("\"", "\"\"") + "\")");
    }
}
