package dev.ssotguard.formats.pgpass;

import java.util.ArrayList;
import java.util.List;

/** One {@code .pgpass} line: {@code host:port:database:user:password}, with {@code \:} escapes. */
public final class PgpassLine {
  private PgpassLine() {}

  /** The fields; the fifth keeps every remaining character, colons included. */
  public static List<String> split(String line) {
    List<String> fields = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '\\' && i + 1 < line.length()) {
        current.append(line.charAt(++i));
      } else if (c == ':' && fields.size() < 4) {
        fields.add(current.toString());
        current.setLength(0);
      } else {
        current.append(c);
      }
    }
    fields.add(current.toString());
    return fields;
  }

  /** libpq's matching: each of the first four fields is the value or {@code *}. */
  public static boolean matches(
      List<String> fields, String host, int port, String db, String user) {
    return fields.size() == 5
        && field(fields.get(0), host)
        && field(fields.get(1), Integer.toString(port))
        && field(fields.get(2), db)
        && field(fields.get(3), user);
  }

  private static boolean field(String pattern, String value) {
    return pattern.equals("*") || pattern.equals(value);
  }
}
