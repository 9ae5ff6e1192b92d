package kr.corepolicy.service.dashboard;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** Rows written and read with plain JDBC by the in-container dashboard tests, behind the services' back. */
final class Rows {

    private Rows() {
    }

    /** Runs an INSERT (the generated key) or an UPDATE (0). */
    static long insert(Connection c, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            s.executeUpdate();
            try (ResultSet keys = s.getGeneratedKeys()) {
                return sql.startsWith("INSERT") && keys.next() ? keys.getLong(1) : 0;
            }
        }
    }

    /** The first column of the first row of a query, as a number. */
    static long single(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
