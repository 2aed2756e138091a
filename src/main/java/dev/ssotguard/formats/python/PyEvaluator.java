package dev.ssotguard.formats.python;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Works out what a Python setting would hold, given what is known of the process environment.
 * Nothing is executed: unknown parts stay symbolic as {@code ${NAME}} so a connection string can
 * still be classified by its known parts.
 */
public final class PyEvaluator {
  private static final int MAX_DEPTH = 32;

  /**
   * The longest value worked out; anything longer is unknown. Real settings are far shorter, and a
   * hostile file must not turn a few kilobytes of references into megabytes of text.
   */
  static final int MAX_TEXT = 8 * 1024;

  /** Evaluation steps for one value: bounds {@code x + x + ...} and fan-out through names. */
  static final int MAX_STEPS = 10_000;

  /** What is known of one environment variable. */
  public record Binding(Kind kind, String value) {
    /** Set to a value, known to be unset, or not known. */
    public enum Kind {
      SET,
      UNSET,
      UNKNOWN
    }

    public static Binding set(String value) {
      return new Binding(Kind.SET, value);
    }

    public static Binding unset() {
      return new Binding(Kind.UNSET, null);
    }

    public static Binding unknown() {
      return new Binding(Kind.UNKNOWN, null);
    }
  }

  /**
   * The evaluated value.
   *
   * @param text the value; unknown parts as {@code ${NAME}}
   * @param complete false when any part is unknown
   * @param isNone the value is Python's None (an unset variable without default)
   * @param variables environment variables the value was read from, in order
   * @param leadingVariable the variable whose value begins the text, or null when it is literal
   */
  public record Value(
      String text,
      boolean complete,
      boolean isNone,
      List<String> variables,
      String leadingVariable) {
    public Value {
      variables = List.copyOf(variables);
    }

    static Value literal(String text) {
      return new Value(text, true, false, List.of(), null);
    }

    static Value none() {
      return new Value("None", true, true, List.of(), null);
    }

    static Value unknown(String name) {
      return new Value("${" + name + "}", false, false, List.of(), null);
    }
  }

  private final PyModule module;
  private final Function<String, Binding> environment;
  private int steps;

  public PyEvaluator(PyModule module, Function<String, Binding> environment) {
    this.module = module;
    this.environment = environment;
  }

  /** The value of one expression, within {@link #MAX_STEPS} steps and {@link #MAX_TEXT} chars. */
  public Value evaluate(PyExpr expr) {
    steps = 0;
    return eval(expr, 0);
  }

  private Value eval(PyExpr expr, int depth) {
    if (depth > MAX_DEPTH || ++steps > MAX_STEPS) {
      return Value.unknown("…");
    }
    if (expr instanceof PyExpr.Str s) {
      return s.value().length() > MAX_TEXT ? Value.unknown("…") : Value.literal(s.value());
    }
    if (expr instanceof PyExpr.None) {
      return Value.none();
    }
    if (expr instanceof PyExpr.Env env) {
      Binding b = environment.apply(env.variable());
      return switch (b.kind()) {
        case SET ->
            b.value().length() > MAX_TEXT
                ? new Value(
                    "${" + env.variable() + "}", false, false, List.of(env.variable()), null)
                : new Value(b.value(), true, false, List.of(env.variable()), env.variable());
        case UNSET -> {
          Value fallback = env.fallback() == null ? Value.none() : eval(env.fallback(), depth + 1);
          List<String> vars = new ArrayList<>(List.of(env.variable()));
          vars.addAll(fallback.variables());
          yield new Value(
              fallback.text(),
              fallback.complete(),
              fallback.isNone(),
              vars,
              fallback.leadingVariable());
        }
        case UNKNOWN ->
            new Value(
                "${" + env.variable() + "}", false, false, List.of(env.variable()), env.variable());
      };
    }
    if (expr instanceof PyExpr.Name name) {
      PyModule.Assignment a = module.lastAssignment(name.name());
      return a == null ? Value.unknown(name.name()) : eval(a.value(), depth + 1);
    }
    if (expr instanceof PyExpr.Or or) {
      Value left = eval(or.left(), depth + 1);
      if (!left.complete()) {
        return new Value(left.text(), false, false, left.variables(), left.leadingVariable());
      }
      return left.isNone() || left.text().isEmpty() ? eval(or.right(), depth + 1) : left;
    }
    if (expr instanceof PyExpr.Concat concat) {
      StringBuilder text = new StringBuilder();
      boolean complete = true;
      List<String> vars = new ArrayList<>();
      String leading = null;
      boolean first = true;
      for (PyExpr part : concat.parts()) {
        Value v = eval(part, depth + 1);
        if (first) {
          leading = v.leadingVariable();
          first = v.text().isEmpty();
        }
        if (text.length() + v.text().length() > MAX_TEXT) {
          return new Value("${…}", false, false, vars, leading);
        }
        text.append(v.text());
        complete &= v.complete();
        vars.addAll(v.variables());
      }
      return new Value(text.toString(), complete, false, vars, leading);
    }
    if (expr instanceof PyExpr.Tuple) {
      return Value.unknown("tuple");
    }
    return Value.unknown("expr");
  }
}
