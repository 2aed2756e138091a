package dev.ssotguard.formats.python;

import dev.ssotguard.formats.python.PyTokenizer.Kind;
import dev.ssotguard.formats.python.PyTokenizer.LogicalLine;
import dev.ssotguard.formats.python.PyTokenizer.Token;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads the assignments of a Python settings file ({@code superset_config.py}, Django settings)
 * without running it: string literals and their implicit concatenation, f-strings with placeholders
 * kept symbolic, {@code %} and {@code .format}, {@code os.environ.get/getenv/[...]} with defaults,
 * {@code or} fallbacks, and small helper functions that wrap an environment lookup.
 */
public final class PythonAssignments {
  private final Set<String> envHelpers = new HashSet<>();

  private PythonAssignments() {}

  public static PyModule parse(String source) {
    return new PythonAssignments().read(new PyTokenizer(source).lines());
  }

  private PyModule read(List<LogicalLine> lines) {
    List<PyModule.Assignment> assignments = new ArrayList<>();
    List<PyModule.StarImport> stars = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      LogicalLine ll = lines.get(i);
      List<Token> t = ll.tokens();
      if (t.get(0).isName("def")
          && t.size() > 3
          && t.get(1).kind() == Kind.NAME
          && t.get(2).is("(")) {
        String param = t.get(3).kind() == Kind.NAME ? t.get(3).text() : null;
        if (param != null && bodyReadsEnvironment(lines, i, ll.indent(), param)) {
          envHelpers.add(t.get(1).text());
        }
        continue;
      }
      if (t.get(0).isName("from")
          && t.size() >= 4
          && t.get(t.size() - 1).is("*")
          && t.get(t.size() - 2).isName("import")) {
        StringBuilder module = new StringBuilder();
        for (int k = 1; k < t.size() - 2; k++) {
          module.append(t.get(k).text());
        }
        stars.add(new PyModule.StarImport(module.toString(), t.get(0).line()));
        continue;
      }
      int eq = assignmentOperator(t);
      if (eq > 0) {
        Token name = t.get(0);
        PyExpr value = new PyExpressionParser(t, eq + 1, envHelpers).expression();
        assignments.add(
            new PyModule.Assignment(
                name.text(),
                value,
                name.line(),
                name.column(),
                t.get(t.size() - 1).line(),
                ll.indent() == 0));
      }
    }
    return new PyModule(assignments, stars);
  }

  /** Index of '=' in {@code NAME = ...} or {@code NAME: type = ...}, else -1. */
  private static int assignmentOperator(List<Token> t) {
    if (t.size() < 3 || t.get(0).kind() != Kind.NAME) {
      return -1;
    }
    if (t.get(1).is("=")) {
      return 1;
    }
    if (t.get(1).is(":")) {
      for (int k = 2; k < t.size(); k++) {
        if (t.get(k).is("=")) {
          return k;
        }
      }
    }
    return -1;
  }

  private static boolean bodyReadsEnvironment(
      List<LogicalLine> lines, int def, int indent, String param) {
    for (int j = def + 1; j < lines.size() && lines.get(j).indent() > indent; j++) {
      List<Token> t = lines.get(j).tokens();
      for (int k = 0; k + 2 < t.size(); k++) {
        boolean environ = t.get(k).isName("environ") || t.get(k).isName("getenv");
        if (environ) {
          for (int m = k + 1; m < Math.min(t.size(), k + 5); m++) {
            if (t.get(m).isName(param)) {
              return true;
            }
          }
        }
      }
    }
    return false;
  }
}
