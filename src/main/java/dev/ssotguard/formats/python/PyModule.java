package dev.ssotguard.formats.python;

import java.util.List;

/** The assignments and star imports of a Python file, in source order. */
public record PyModule(List<Assignment> assignments, List<StarImport> starImports) {
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

  public PyModule {
    assignments = List.copyOf(assignments);
    starImports = List.copyOf(starImports);
  }

  /** The assignment that decides a name: the last top-level one, else the last indented one. */
  public Assignment lastAssignment(String name) {
    Assignment top = null;
    Assignment nested = null;
    for (Assignment a : assignments) {
      if (a.name().equals(name)) {
        if (a.topLevel()) {
          top = a;
        } else {
          nested = a;
        }
      }
    }
    return top != null ? top : nested;
  }

  /**
   * The last indented assignment of a name, a fallback branch such as {@code if not X: X = ...}.
   */
  public Assignment lastNestedAssignment(String name) {
    Assignment nested = null;
    for (Assignment a : assignments) {
      if (a.name().equals(name) && !a.topLevel()) {
        nested = a;
      }
    }
    return nested;
  }
}
