package org.seacorpus.export;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** An independent reader for the exported files: DuckDB (in memory, through JDBC), one connection per JVM. */
final class DuckDb {
    private static Connection connection;

    private DuckDb() {
    }

    private static synchronized Connection connection() throws SQLException {
        if (connection == null) {
            connection = DriverManager.getConnection("jdbc:duckdb:");
        }
        return connection;
    }

    /** Rows of a query, each a map of column name to value as a string. */
    static List<Map<String, String>> query(String sql) {
        try (Statement s = connection().createStatement(); ResultSet r = s.executeQuery(sql)) {
            ResultSetMetaData meta = r.getMetaData();
            List<Map<String, String>> rows = new ArrayList<>();
            while (r.next()) {
                Map<String, String> row = new LinkedHashMap<>();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    row.put(meta.getColumnName(i), r.getString(i));
                }
                rows.add(row);
            }
            return rows;
        } catch (SQLException e) {
            throw new AssertionError("DuckDB failed on: " + sql + ": " + e.getMessage(), e);
        }
    }

    /** A path quoted for DuckDB SQL. */
    static String quote(Object path) {
        return "'" + path.toString().replace("'", "''") + "'";
    }
}
