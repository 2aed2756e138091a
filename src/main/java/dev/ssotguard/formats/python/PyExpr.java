package dev.ssotguard.formats.python;

import java.util.List;

/** A Python expression kept symbolic: never evaluated by Python, only read. */
public sealed interface PyExpr {
  /** A string (or number) literal. */
  record Str(String value) implements PyExpr {}

  /** {@code None}. */
  record None() implements PyExpr {}

  /** {@code os.environ.get(var, fallback)} and its spellings; {@code fallback} null means None. */
  record Env(String variable, PyExpr fallback) implements PyExpr {}

  /** A module-level name. */
  record Name(String name) implements PyExpr {}

  /** String concatenation, f-string parts, {@code %} and {@code .format} substitutions. */
  record Concat(List<PyExpr> parts) implements PyExpr {
    public Concat {
      parts = List.copyOf(parts);
    }
  }

  /** {@code left or right}. */
  record Or(PyExpr left, PyExpr right) implements PyExpr {}

  /** A tuple, only meaningful as the right side of {@code %}. */
  record Tuple(List<PyExpr> items) implements PyExpr {
    public Tuple {
      items = List.copyOf(items);
    }
  }

  /** Anything else; kept as the source text for messages. */
  record Unknown(String text) implements PyExpr {}
}
