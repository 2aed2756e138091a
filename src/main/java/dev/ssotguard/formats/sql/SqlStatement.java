package dev.ssotguard.formats.sql;

import java.util.List;

/**
 * One statement of a SQL file: its first words (as written, outside strings and comments) and the
 * 1-based line it starts on.
 */
public record SqlStatement(List<String> words, int line) {
  public SqlStatement {
    words = List.copyOf(words);
  }
}
