package dev.ssotguard.formats.dotenv;

/**
 * One {@code KEY=VALUE} line of a dotenv file.
 *
 * @param quote the quote character the value was written in, or 0 when unquoted
 * @param valueColumn 1-based column where the value starts
 */
public record DotenvEntry(
    String key, String value, char quote, int line, int column, int valueColumn) {
  /** Single-quoted values are literal: Compose does not interpolate them. */
  public boolean interpolates() {
    return quote != '\'';
  }
}
