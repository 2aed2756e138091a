package dev.ssotguard.resolve;

import dev.ssotguard.model.Location;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Compose variable interpolation, exactly as Compose does it: {@code $$}, {@code $VAR}, {@code
 * ${VAR}}, {@code ${VAR:-default}}, {@code ${VAR-default}}, {@code ${VAR:?error}}, {@code
 * ${VAR?error}}, {@code ${VAR:+alt}}, {@code ${VAR+alt}}, nested. A variable the project does not
 * define is kept as {@code ${VAR}} and the result marked incomplete: it may come from the shell.
 */
public final class Interpolator {
  private static final int MAX_DEPTH = 16;

  /** A variable's value and where it is defined. */
  public record Binding(String value, Location location, boolean lowConfidence) {}

  /** The interpolated text and the bindings it used. */
  public record Result(String value, boolean complete, List<Binding> used) {
    public Result {
      used = List.copyOf(used);
    }
  }

  private final Function<String, Binding> lookup;

  public Interpolator(Function<String, Binding> lookup) {
    this.lookup = lookup;
  }

  public Result interpolate(String raw) {
    List<Binding> used = new ArrayList<>();
    boolean[] complete = {true};
    String value = expand(raw, used, complete, 0);
    return new Result(value, complete[0], used);
  }

  private String expand(String s, List<Binding> used, boolean[] complete, int depth) {
    if (depth > MAX_DEPTH || s.indexOf('$') < 0) {
      return s;
    }
    StringBuilder out = new StringBuilder(s.length());
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (c != '$' || i + 1 >= s.length()) {
        out.append(c);
        i++;
        continue;
      }
      char next = s.charAt(i + 1);
      if (next == '$') {
        out.append('$');
        i += 2;
      } else if (next == '{') {
        int close = closingBrace(s, i + 2);
        if (close < 0) {
          out.append(s, i, s.length());
          complete[0] = false;
          break;
        }
        out.append(braced(s.substring(i + 2, close), used, complete, depth));
        i = close + 1;
      } else if (Character.isLetter(next) || next == '_') {
        int end = i + 1;
        while (end < s.length()
            && (Character.isLetterOrDigit(s.charAt(end)) || s.charAt(end) == '_')) {
          end++;
        }
        String name = s.substring(i + 1, end);
        Binding b = lookup.apply(name);
        if (b == null) {
          out.append("${").append(name).append('}');
          complete[0] = false;
        } else {
          used.add(b);
          out.append(b.value());
        }
        i = end;
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }

  private String braced(String body, List<Binding> used, boolean[] complete, int depth) {
    int end = 0;
    while (end < body.length()
        && (Character.isLetterOrDigit(body.charAt(end)) || body.charAt(end) == '_')) {
      end++;
    }
    String name = body.substring(0, end);
    String rest = body.substring(end);
    Binding b = name.isEmpty() ? null : lookup.apply(name);
    boolean set = b != null;
    boolean nonEmpty = set && !b.value().isEmpty();
    if (rest.startsWith(":-") || rest.startsWith("-")) {
      boolean useValue = rest.startsWith(":-") ? nonEmpty : set;
      if (useValue) {
        used.add(b);
        return b.value();
      }
      return expand(rest.substring(rest.startsWith(":-") ? 2 : 1), used, complete, depth + 1);
    }
    if (rest.startsWith(":+") || rest.startsWith("+")) {
      boolean useAlt = rest.startsWith(":+") ? nonEmpty : set;
      if (set) {
        used.add(b);
      }
      return useAlt
          ? expand(rest.substring(rest.startsWith(":+") ? 2 : 1), used, complete, depth + 1)
          : "";
    }
    boolean required = rest.startsWith(":?") || rest.startsWith("?");
    if ((required || rest.isEmpty()) && (rest.startsWith(":?") ? nonEmpty : set)) {
      used.add(b);
      return b.value();
    }
    complete[0] = false;
    return "${" + name + "}";
  }

  private static int closingBrace(String s, int from) {
    int depth = 1;
    for (int i = from; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '{') {
        depth++;
      } else if (c == '}' && --depth == 0) {
        return i;
      }
    }
    return -1;
  }
}
