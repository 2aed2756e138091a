package dev.ssotguard.formats.python;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The assignments and star imports of a Python file, in source order. Names are indexed once, so
 * evaluating a value that refers to many names costs one lookup each, whatever the file's size.
 */
public final class PyModule {
  /**
   * {@code NAME = value}.
   *
   * @param endLine the last line of the statement (values often span lines)
   * @param topLevel false when the statement is indented (inside an if, try, class or function)
   */
  public record Assignment(
      String name, PyExpr value, int line, int column, int endLine, boolean topLevel) {}

  /** {@code from module import *}. */
  public record StarImport(String module, int line) {}

  /** The last top-level and the last indented assignment of one name. */
  private record Last(Assignment top, Assignment nested) {}

  private final List<Assignment> assignments;
  private final List<StarImport> starImports;
  private final Map<String, Last> byName = new HashMap<>();

  public PyModule(List<Assignment> assignments, List<StarImport> starImports) {
    this.assignments = List.copyOf(assignments);
    this.starImports = List.copyOf(starImports);
    for (Assignment a : this.assignments) {
      Last last = byName.getOrDefault(a.name(), new Last(null, null));
      byName.put(a.name(), a.topLevel() ? new Last(a, last.nested()) : new Last(last.top(), a));
    }
  }

  public List<Assignment> assignments() {
    return assignments;
  }

  public List<StarImport> starImports() {
    return starImports;
  }

  /** The assignment that decides a name: the last top-level one, else the last indented one. */
  public Assignment lastAssignment(String name) {
    Last last = byName.get(name);
    if (last == null) {
      return null;
    }
    return last.top() != null ? last.top() : last.nested();
  }

  /**
   * The last indented assignment of a name, a fallback branch such as {@code if not X: X = ...}.
   */
  public Assignment lastNestedAssignment(String name) {
    Last last = byName.get(name);
    return last == null ? null : last.nested();
  }
}
