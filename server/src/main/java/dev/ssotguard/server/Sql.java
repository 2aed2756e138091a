package dev.ssotguard.server;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/** Read-only queries: parameters bound, rows mapped, a statement time limit on every one. */
final class Sql {
  /** Pages read at most this many rows of one kind; the page says when more matched. */
  static final int PAGE_ROWS = 500;

  private static final int TIMEOUT_SECONDS = 10;

  /** Maps the current row. */
  @FunctionalInterface
  interface Row<T> {
    T map(ResultSet r) throws SQLException;
  }

  private final DataSource source;

  Sql(DataSource source) {
    this.source = source;
  }

  <T> List<T> list(String sql, Row<T> row, Object... params) throws SQLException {
    try (Connection c = source.getConnection()) {
      c.setReadOnly(true);
      try (PreparedStatement s = c.prepareStatement(sql)) {
        s.setQueryTimeout(TIMEOUT_SECONDS);
        for (int i = 0; i < params.length; i++) {
          s.setObject(i + 1, params[i]);
        }
        List<T> out = new ArrayList<>();
        try (ResultSet r = s.executeQuery()) {
          while (r.next()) {
            out.add(row.map(r));
          }
        }
        return out;
      } finally {
        c.setReadOnly(false);
      }
    }
  }
}
