package dev.ssotguard.formats.python;

import dev.ssotguard.formats.python.PyTokenizer.Kind;
import dev.ssotguard.formats.python.PyTokenizer.LogicalLine;
import dev.ssotguard.formats.python.PyTokenizer.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A recursive-descent reader of one Python expression over a logical line's tokens: literals and
 * their concatenation, f-strings, {@code %} and {@code .format}, environment lookups (including the
 * module's own helper functions), {@code or}. Anything else becomes {@link PyExpr.Unknown}.
 */
final class PyExpressionParser {
  private static final int MAX_EXPR_DEPTH = 64;

  private final List<Token> tokens;
  private final Set<String> envHelpers;
  private int at;
  private int depth;

  PyExpressionParser(List<Token> tokens, int at, Set<String> envHelpers) {
    this.tokens = tokens;
    this.at = at;
    this.envHelpers = envHelpers;
  }

  PyExpr expression() {
    if (++depth > MAX_EXPR_DEPTH) {
      at = tokens.size();
      return new PyExpr.Unknown("…");
    }
    PyExpr left = sum();
    while (peekName("or")) {
      at++;
      left = new PyExpr.Or(left, sum());
    }
    if (peekName("if")) {
      // A conditional expression: its value depends on run-time state.
      skipRest();
      left = new PyExpr.Unknown("conditional expression");
    }
    depth--;
    return left;
  }

  /**
   * {@code a + b + ...} and {@code a % b}; the terms are collected once (linear, not quadratic).
   */
  private PyExpr sum() {
    List<PyExpr> terms = new ArrayList<>();
    terms.add(postfix());
    while (at < tokens.size() && (peek("+") || peek("%"))) {
      boolean percent = peek("%");
      at++;
      PyExpr right = postfix();
      if (percent) {
        PyExpr left = simplify(terms);
        terms.clear();
        terms.add(percentFormat(left, right));
      } else {
        terms.add(right);
      }
    }
    return terms.size() == 1 ? terms.get(0) : simplify(terms);
  }

  private PyExpr postfix() {
    PyExpr value = primary();
    while (peek(".")
        && at + 1 < tokens.size()
        && tokens.get(at + 1).isName("format")
        && value instanceof PyExpr.Str template) {
      at += 2;
      List<PyExpr> args = peek("(") ? arguments() : List.of();
      value = braceFormat(template.value(), args);
    }
    return value;
  }

  private PyExpr primary() {
    if (at >= tokens.size()) {
      return new PyExpr.Unknown("");
    }
    Token t = tokens.get(at);
    if (t.kind() == Kind.STRING) {
      List<PyExpr> parts = new ArrayList<>();
      while (at < tokens.size() && tokens.get(at).kind() == Kind.STRING) {
        Token s = tokens.get(at++);
        parts.add(s.fstring() ? fstring(s.text()) : new PyExpr.Str(s.text()));
      }
      return parts.size() == 1 ? parts.get(0) : simplify(parts);
    }
    if (t.kind() == Kind.NUMBER) {
      at++;
      return new PyExpr.Str(t.text());
    }
    if (t.is("(")) {
      at++;
      PyExpr inner = expression();
      if (peek(",")) {
        List<PyExpr> items = new ArrayList<>(List.of(inner));
        while (peek(",")) {
          at++;
          if (peek(")")) {
            break;
          }
          items.add(expression());
        }
        inner = new PyExpr.Tuple(items);
      }
      expect(")");
      return inner;
    }
    if (t.kind() == Kind.NAME) {
      return named();
    }
    skipRest();
    return new PyExpr.Unknown(t.text());
  }

  private PyExpr named() {
    StringBuilder dotted = new StringBuilder(tokens.get(at++).text());
    while (peek(".") && at + 1 < tokens.size() && tokens.get(at + 1).kind() == Kind.NAME) {
      dotted.append('.').append(tokens.get(at + 1).text());
      at += 2;
    }
    String callee = dotted.toString();
    if (callee.equals("None")) {
      return new PyExpr.None();
    }
    if (callee.equals("True") || callee.equals("False")) {
      return new PyExpr.Str(callee);
    }
    if (peek("[") && (callee.equals("os.environ") || callee.equals("environ"))) {
      at++;
      PyExpr key = expression();
      expect("]");
      return key instanceof PyExpr.Str s
          ? new PyExpr.Env(s.value(), null)
          : new PyExpr.Unknown(callee + "[…]");
    }
    if (peek("(")) {
      List<PyExpr> args = arguments();
      String last = callee.substring(callee.lastIndexOf('.') + 1);
      boolean envCall =
          callee.equals("os.environ.get")
              || callee.equals("environ.get")
              || last.equals("getenv")
              || envHelpers.contains(callee);
      if (envCall && !args.isEmpty() && args.get(0) instanceof PyExpr.Str var) {
        return new PyExpr.Env(var.value(), args.size() > 1 ? args.get(1) : null);
      }
      if (callee.equals("str") && args.size() == 1) {
        return args.get(0);
      }
      return new PyExpr.Unknown(callee + "(…)");
    }
    if (peek("[")) {
      skipBracket();
      return new PyExpr.Unknown(callee + "[…]");
    }
    return callee.contains(".") ? new PyExpr.Unknown(callee) : new PyExpr.Name(callee);
  }

  /** Positional arguments; a keyword {@code default=} is taken as the second one. */
  private List<PyExpr> arguments() {
    expect("(");
    List<PyExpr> args = new ArrayList<>();
    PyExpr keywordDefault = null;
    while (at < tokens.size() && !peek(")")) {
      if (tokens.get(at).kind() == Kind.NAME
          && at + 1 < tokens.size()
          && tokens.get(at + 1).is("=")) {
        String keyword = tokens.get(at).text();
        at += 2;
        PyExpr value = expression();
        if (keyword.equals("default")) {
          keywordDefault = value;
        }
      } else {
        args.add(expression());
      }
      if (peek(",")) {
        at++;
      } else if (!peek(")")) {
        skipBracketContents();
        break;
      }
    }
    expect(")");
    if (keywordDefault != null) {
      while (args.size() < 1) {
        args.add(new PyExpr.Unknown(""));
      }
      if (args.size() == 1) {
        args.add(keywordDefault);
      }
    }
    return args;
  }

  private PyExpr fstring(String body) {
    List<PyExpr> parts = new ArrayList<>();
    StringBuilder literal = new StringBuilder();
    int i = 0;
    while (i < body.length()) {
      char c = body.charAt(i);
      if ((c == '{' || c == '}') && i + 1 < body.length() && body.charAt(i + 1) == c) {
        literal.append(c);
        i += 2;
        continue;
      }
      if (c == '{') {
        int close = matchingBrace(body, i);
        String inner = body.substring(i + 1, close);
        int cut = fieldEnd(inner);
        if (literal.length() > 0) {
          parts.add(new PyExpr.Str(literal.toString()));
          literal.setLength(0);
        }
        parts.add(subExpression(inner.substring(0, cut)));
        i = close + 1;
        continue;
      }
      literal.append(c);
      i++;
    }
    if (literal.length() > 0) {
      parts.add(new PyExpr.Str(literal.toString()));
    }
    return simplify(parts);
  }

  private PyExpr subExpression(String text) {
    List<LogicalLine> inner = new PyTokenizer(text.replace('\n', ' ')).lines();
    if (inner.isEmpty()) {
      return new PyExpr.Unknown(text);
    }
    return new PyExpressionParser(inner.get(0).tokens(), 0, envHelpers).expression();
  }

  private PyExpr percentFormat(PyExpr left, PyExpr right) {
    if (!(left instanceof PyExpr.Str template)) {
      return new PyExpr.Unknown("% format");
    }
    List<PyExpr> args = right instanceof PyExpr.Tuple tuple ? tuple.items() : List.of(right);
    List<PyExpr> parts = new ArrayList<>();
    String s = template.value();
    int argIndex = 0;
    StringBuilder literal = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '%' && i + 1 < s.length()) {
        char spec = s.charAt(i + 1);
        if (spec == '%') {
          literal.append('%');
          i++;
          continue;
        }
        if ("sdri".indexOf(spec) >= 0) {
          parts.add(new PyExpr.Str(literal.toString()));
          literal.setLength(0);
          parts.add(argIndex < args.size() ? args.get(argIndex++) : new PyExpr.Unknown("%" + spec));
          i++;
          continue;
        }
      }
      literal.append(c);
    }
    parts.add(new PyExpr.Str(literal.toString()));
    return simplify(parts);
  }

  private PyExpr braceFormat(String template, List<PyExpr> args) {
    List<PyExpr> parts = new ArrayList<>();
    StringBuilder literal = new StringBuilder();
    int next = 0;
    for (int i = 0; i < template.length(); i++) {
      char c = template.charAt(i);
      if ((c == '{' || c == '}') && i + 1 < template.length() && template.charAt(i + 1) == c) {
        literal.append(c);
        i++;
        continue;
      }
      if (c == '{') {
        int close = template.indexOf('}', i);
        if (close < 0) {
          break;
        }
        String field = template.substring(i + 1, close);
        parts.add(new PyExpr.Str(literal.toString()));
        literal.setLength(0);
        int index =
            field.isEmpty()
                ? next++
                : field.length() <= 4 && field.chars().allMatch(d -> d >= '0' && d <= '9')
                    ? Integer.parseInt(field)
                    : -1; // a field number past any argument list ("{111111111111}") is unknown
        parts.add(
            index >= 0 && index < args.size()
                ? args.get(index)
                : new PyExpr.Unknown("{" + field + "}"));
        i = close;
        continue;
      }
      literal.append(c);
    }
    parts.add(new PyExpr.Str(literal.toString()));
    return simplify(parts);
  }

  private boolean peek(String op) {
    return at < tokens.size() && tokens.get(at).is(op);
  }

  private boolean peekName(String name) {
    return at < tokens.size() && tokens.get(at).isName(name);
  }

  private void expect(String op) {
    if (peek(op)) {
      at++;
    }
  }

  private void skipRest() {
    at = tokens.size();
  }

  private void skipBracket() {
    int d = 0;
    while (at < tokens.size()) {
      Token t = tokens.get(at++);
      if (t.is("(") || t.is("[") || t.is("{")) {
        d++;
      } else if ((t.is(")") || t.is("]") || t.is("}")) && --d == 0) {
        return;
      }
    }
  }

  private void skipBracketContents() {
    int d = 0;
    while (at < tokens.size()) {
      Token t = tokens.get(at);
      if (t.is("(") || t.is("[") || t.is("{")) {
        d++;
      } else if (t.is(")") || t.is("]") || t.is("}")) {
        if (d == 0) {
          return;
        }
        d--;
      }
      at++;
    }
  }

  /** Flattens nested concatenations and joins adjacent literals; one literal stays a literal. */
  private static PyExpr simplify(List<PyExpr> parts) {
    List<PyExpr> out = new ArrayList<>();
    StringBuilder literal = new StringBuilder();
    for (PyExpr p : parts) {
      List<PyExpr> flat = p instanceof PyExpr.Concat c ? c.parts() : List.of(p);
      for (PyExpr q : flat) {
        if (q instanceof PyExpr.Str s) {
          literal.append(s.value());
        } else {
          if (literal.length() > 0) {
            out.add(new PyExpr.Str(literal.toString()));
            literal.setLength(0);
          }
          out.add(q);
        }
      }
    }
    if (literal.length() > 0 || out.isEmpty()) {
      out.add(new PyExpr.Str(literal.toString()));
    }
    return out.size() == 1 && out.get(0) instanceof PyExpr.Str
        ? out.get(0)
        : new PyExpr.Concat(out);
  }

  private static int matchingBrace(String s, int open) {
    int d = 0;
    for (int i = open; i < s.length(); i++) {
      if (s.charAt(i) == '{') {
        d++;
      } else if (s.charAt(i) == '}' && --d == 0) {
        return i;
      }
    }
    return s.length();
  }

  /** The end of an f-string field's expression, before any {@code !conversion} or {@code :spec}. */
  private static int fieldEnd(String inner) {
    int d = 0;
    for (int i = 0; i < inner.length(); i++) {
      char c = inner.charAt(i);
      if ("([{".indexOf(c) >= 0) {
        d++;
      } else if (")]}".indexOf(c) >= 0) {
        d--;
      } else if (d == 0
          && (c == ':' || (c == '!' && i + 1 < inner.length() && inner.charAt(i + 1) != '='))) {
        return i;
      }
    }
    return inner.length();
  }
}
