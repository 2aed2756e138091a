package dev.ssotguard.formats;

/** A file could not be parsed; carries the 1-based position of the problem when known. */
public final class ParseException extends Exception {
  private static final long serialVersionUID = 1L;

  private final int line;
  private final int column;

  public ParseException(String message, int line, int column) {
    super(message);
    this.line = Math.max(1, line);
    this.column = Math.max(1, column);
  }

  public int line() {
    return line;
  }

  public int column() {
    return column;
  }
}
