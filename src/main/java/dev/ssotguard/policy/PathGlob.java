package dev.ssotguard.policy;

import dev.ssotguard.workspace.Wildmatch;
import java.util.ArrayList;
import java.util.List;

/**
 * A policy glob, matched against a whole path from the scan root with git's wildmatch ({@code *}
 * within a folder, {@code **} across folders, {@code ?}, {@code [..]}) in time bounded by pattern
 * times path length. {@code {a,b}} alternatives are expanded first, to at most {@link
 * #MAX_ALTERNATIVES} patterns.
 */
final class PathGlob {
  static final int MAX_ALTERNATIVES = 64;

  private final List<Wildmatch> alternatives;

  private PathGlob(List<Wildmatch> alternatives) {
    this.alternatives = List.copyOf(alternatives);
  }

  static PathGlob compile(String glob) throws Wildmatch.BadPattern {
    List<Wildmatch> compiled = new ArrayList<>();
    for (String alternative : expand(glob)) {
      compiled.add(Wildmatch.compile(alternative));
    }
    return new PathGlob(compiled);
  }

  boolean matches(String path) {
    for (Wildmatch w : alternatives) {
      if (w.matches(path)) {
        return true;
      }
    }
    return false;
  }

  /** Expands the first top-level {@code {..,..}} group, then the rest, within the limit. */
  static List<String> expand(String glob) throws Wildmatch.BadPattern {
    List<String> done = new ArrayList<>();
    List<String> todo = new ArrayList<>(List.of(glob));
    while (!todo.isEmpty()) {
      String g = todo.remove(todo.size() - 1);
      int open = unescaped(g, '{', 0);
      if (open < 0) {
        done.add(g);
      } else {
        int close = -1;
        int depth = 0;
        List<Integer> commas = new ArrayList<>();
        for (int i = open; i < g.length() && close < 0; i++) {
          char c = g.charAt(i);
          if (c == '\\') {
            i++;
          } else if (c == '{') {
            depth++;
          } else if (c == '}' && --depth == 0) {
            close = i;
          } else if (c == ',' && depth == 1) {
            commas.add(i);
          }
        }
        if (close < 0) {
          throw new Wildmatch.BadPattern("has an unclosed '{'");
        }
        int from = open + 1;
        commas.add(close);
        for (int comma : commas) {
          todo.add(g.substring(0, open) + g.substring(from, comma) + g.substring(close + 1));
          from = comma + 1;
        }
      }
      if (done.size() + todo.size() > MAX_ALTERNATIVES) {
        throw new Wildmatch.BadPattern("expands to more than " + MAX_ALTERNATIVES + " patterns");
      }
    }
    return done;
  }

  private static int unescaped(String s, char wanted, int from) {
    for (int i = from; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == wanted) {
        return i;
      }
    }
    return -1;
  }
}
