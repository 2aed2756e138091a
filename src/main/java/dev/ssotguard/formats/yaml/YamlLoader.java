package dev.ssotguard.formats.yaml;

import dev.ssotguard.formats.ParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * Loads YAML (and JSON) into position-carrying {@link YNode} trees with SnakeYAML Engine. Hostile
 * input is bounded: nesting depth is counted on the event stream before any node is built (the
 * composer recurses), aliases are capped, and shared subtrees stay shared so an alias bomb does not
 * expand. Compose's {@code <<} merge keys are applied.
 */
public final class YamlLoader {
  public static final int MAX_DEPTH = 256;
  public static final int MAX_ALIASES = 50;
  private static final int MAX_EVENTS = 2_000_000;

  /**
   * The longest line read. SnakeYAML Engine slows down super-linearly on very long lines (a 2 MB
   * one-line scalar takes seconds); real configuration lines are far shorter.
   */
  public static final int MAX_LINE = 128 * 1024;

  private final LoadSettings settings;

  public YamlLoader(int maxCodePoints) {
    this.settings =
        LoadSettings.builder()
            .setMaxAliasesForCollections(MAX_ALIASES)
            .setAllowDuplicateKeys(false)
            .setAllowRecursiveKeys(false)
            .setCodePointLimit(maxCodePoints)
            .setUseMarks(true)
            .build();
  }

  /** All documents of a YAML stream. */
  public List<YNode> load(String text) throws ParseException {
    Shape shape = Shape.of(text);
    if (shape.longestLine() > MAX_LINE) {
      throw new ParseException(
          "line of "
              + shape.longestLine()
              + " characters (over "
              + (MAX_LINE / 1024)
              + " KiB); YAML with lines this long is not read",
          shape.longestLineNumber(),
          1);
    }
    if (shape.depthBound() > MAX_DEPTH) {
      checkShape(text);
    }
    List<YNode> documents = new ArrayList<>();
    try {
      IdentityHashMap<Node, YNode> converted = new IdentityHashMap<>();
      for (Node node : new Compose(settings).composeAllFromString(text)) {
        documents.add(convert(node, converted, new IdentityHashMap<>()));
      }
    } catch (MarkedYamlEngineException e) {
      throw atMark(e);
    } catch (YamlEngineException e) {
      throw new ParseException(firstLine(e.getMessage()), 1, 1);
    } catch (StackOverflowError e) {
      throw new ParseException("nesting too deep to read", 1, 1);
    } catch (RuntimeException e) {
      // SnakeYAML Engine lets some malformed input escape as other exceptions (a bad \x escape
      // is a NumberFormatException): the file is still just unreadable YAML.
      throw new ParseException(
          "YAML could not be read (" + e.getClass().getSimpleName() + ")", 1, 1);
    }
    return documents;
  }

  /**
   * What one cheap pass over the text tells: the longest line, and a bound on the nesting depth so
   * that only files that could be too deep pay for the event pass of {@link #checkShape}. Block
   * collections nest at non-decreasing columns, sharing one at most in pairs (a mapping and its
   * indentless sequence), so block depth is at most twice the open indentation levels plus the
   * compact collections a line opens ({@code - - x}, {@code ? - x}); flow depth is the running
   * count of open brackets (never below zero). Brackets inside quotes can only raise the bound,
   * except closing ones, which is why a bound that is still too low ends in the composer's
   * StackOverflowError, turned into the same parse error by {@link #load}.
   */
  record Shape(int longestLine, int longestLineNumber, long depthBound) {
    static Shape of(String text) {
      int longest = 0;
      int longestAt = 1;
      int lineNumber = 1;
      int lineStart = 0;
      int[] indents = new int[64];
      int open = 0;
      int maxOpen = 0;
      long flow = 0;
      long maxFlow = 0;
      int n = text.length();
      int i = 0;
      while (i <= n) {
        int end = text.indexOf('\n', i);
        if (end < 0) {
          end = n;
        }
        if (end - lineStart > longest) {
          longest = end - lineStart;
          longestAt = lineNumber;
        }
        int indent = lineStart;
        while (indent < end && text.charAt(indent) == ' ') {
          indent++;
        }
        if (indent < end && text.charAt(indent) != '#' && text.charAt(indent) != '\r') {
          int column = indent - lineStart;
          while (open > 0 && indents[open - 1] > column) {
            open--;
          }
          if (open == 0 || indents[open - 1] < column) {
            if (open == indents.length) {
              indents = Arrays.copyOf(indents, open * 2);
            }
            indents[open++] = column;
          }
          // A compact collection ("- - x", "? - x") opens at the column after its indicator and
          // stays open on the following lines, like one opened by indentation.
          int k = indent;
          while (k + 1 < end
              && (text.charAt(k) == '-' || text.charAt(k) == '?' || text.charAt(k) == ':')
              && text.charAt(k + 1) == ' ') {
            k += 2;
            while (k < end && text.charAt(k) == ' ') {
              k++;
            }
            if (open == indents.length) {
              indents = Arrays.copyOf(indents, open * 2);
            }
            indents[open++] = k - lineStart;
          }
          maxOpen = Math.max(maxOpen, open);
        }
        for (int c = lineStart; c < end; c++) {
          char ch = text.charAt(c);
          if (ch == '[' || ch == '{') {
            maxFlow = Math.max(maxFlow, ++flow);
          } else if ((ch == ']' || ch == '}') && flow > 0) {
            flow--;
          }
        }
        lineNumber++;
        lineStart = end + 1;
        i = end + 1;
      }
      return new Shape(longest, longestAt, 2L * (maxOpen + 1) + maxFlow);
    }
  }

  static long depthBound(String text) {
    return Shape.of(text).depthBound();
  }

  private void checkShape(String text) throws ParseException {
    int depth = 0;
    int events = 0;
    try {
      for (Event event : new Parse(settings).parseString(text)) {
        switch (event.getEventId()) {
          case MappingStart, SequenceStart -> {
            depth++;
            if (depth > MAX_DEPTH) {
              Mark m = event.getStartMark().orElse(null);
              throw new ParseException(
                  "nesting deeper than " + MAX_DEPTH + " levels; not read",
                  m == null ? 1 : m.getLine() + 1,
                  m == null ? 1 : m.getColumn() + 1);
            }
          }
          case MappingEnd, SequenceEnd -> depth--;
          default -> {}
        }
        if (++events > MAX_EVENTS) {
          throw new ParseException("more than " + MAX_EVENTS + " YAML events; not read", 1, 1);
        }
      }
    } catch (MarkedYamlEngineException e) {
      throw atMark(e);
    } catch (YamlEngineException e) {
      throw new ParseException(firstLine(e.getMessage()), 1, 1);
    } catch (RuntimeException e) {
      throw new ParseException(
          "YAML could not be read (" + e.getClass().getSimpleName() + ")", 1, 1);
    }
  }

  private static ParseException atMark(MarkedYamlEngineException e) {
    String problem = e.getProblem() == null ? firstLine(e.getMessage()) : e.getProblem();
    // An unclosed quote or bracket is noticed later (often at the end of the stream); the fix
    // belongs where it opened, which is the context mark.
    String context = e.getContext() == null ? "" : e.getContext();
    boolean unclosed =
        problem.contains("end of stream")
            || problem.contains("stream end")
            || context.contains("flow")
            || context.contains("quoted");
    Optional<Mark> mark =
        unclosed && e.getContextMark().isPresent()
            ? e.getContextMark()
            : e.getProblemMark().or(e::getContextMark);
    return new ParseException(
        "YAML: " + problem,
        mark.map(m -> m.getLine() + 1).orElse(1),
        mark.map(m -> m.getColumn() + 1).orElse(1));
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "YAML could not be read";
    }
    int nl = message.indexOf('\n');
    return nl < 0 ? message : message.substring(0, nl);
  }

  private YNode convert(
      Node node, IdentityHashMap<Node, YNode> done, IdentityHashMap<Node, Boolean> active)
      throws ParseException {
    YNode ready = done.get(node);
    if (ready != null) {
      return ready;
    }
    int line = node.getStartMark().map(m -> m.getLine() + 1).orElse(1);
    int column = node.getStartMark().map(m -> m.getColumn() + 1).orElse(1);
    if (active.put(node, Boolean.TRUE) != null) {
      throw new ParseException("YAML: recursive alias", line, column);
    }
    YNode result;
    if (node instanceof ScalarNode scalar) {
      result = scalar(scalar);
    } else if (node instanceof SequenceNode seq) {
      List<YNode> items = new ArrayList<>(seq.getValue().size());
      for (Node item : seq.getValue()) {
        items.add(convert(item, done, active));
      }
      result = new YSeq(items, line, column);
    } else {
      result = mapping((MappingNode) node, done, active, line, column);
    }
    active.remove(node);
    done.put(node, result);
    return result;
  }

  private YMap mapping(
      MappingNode node,
      IdentityHashMap<Node, YNode> done,
      IdentityHashMap<Node, Boolean> active,
      int line,
      int column)
      throws ParseException {
    Map<String, YMap.Entry> own = new LinkedHashMap<>();
    List<YMap> merged = new ArrayList<>();
    for (NodeTuple tuple : node.getValue()) {
      Node keyNode = tuple.getKeyNode();
      YNode value = convert(tuple.getValueNode(), done, active);
      YScalar key =
          keyNode instanceof ScalarNode k
              ? scalar(k)
              : new YScalar(
                  "", true, keyNode.getStartMark().map(m -> m.getLine() + 1).orElse(line), 1);
      if (isMergeKey(keyNode)) {
        if (value instanceof YMap m) {
          merged.add(m);
        } else if (value instanceof YSeq s) {
          for (YNode item : s.items()) {
            if (item instanceof YMap m) {
              merged.add(m);
            }
          }
        }
        continue;
      }
      String name = key.value() == null ? "" : key.value();
      if (own.put(name, new YMap.Entry(key, value)) != null) {
        throw new ParseException("YAML: duplicate key '" + name + "'", key.line(), key.column());
      }
    }
    List<YMap.Entry> entries = new ArrayList<>(own.values());
    for (YMap source : merged) {
      for (YMap.Entry e : source.entries()) {
        if (!own.containsKey(e.name())) {
          own.put(e.name(), e);
          entries.add(e);
        }
      }
    }
    return new YMap(entries, line, column);
  }

  private static boolean isMergeKey(Node keyNode) {
    return keyNode instanceof ScalarNode s
        && (Tag.MERGE.equals(s.getTag())
            || (s.getScalarStyle() == ScalarStyle.PLAIN && "<<".equals(s.getValue())));
  }

  private static YScalar scalar(ScalarNode s) {
    int line = s.getStartMark().map(m -> m.getLine() + 1).orElse(1);
    int column = s.getStartMark().map(m -> m.getColumn() + 1).orElse(1);
    boolean quoted = s.getScalarStyle() != ScalarStyle.PLAIN;
    String value = s.getValue();
    if (!quoted && Tag.NULL.equals(s.getTag())) {
      value = null;
    }
    if (!s.getTag().getValue().startsWith(Tag.PREFIX) && !Tag.ENV_TAG.equals(s.getTag())) {
      // An application tag (CloudFormation's !Ref, !Sub, !GetAtt, !ImportValue; any !tag) makes
      // the scalar a reference the application resolves: its text is not the value. (The engine
      // gives plain ${VAR} scalars its ENV tag; their text already reads as a variable.)
      value = null;
      quoted = false;
    }
    return new YScalar(value, quoted, line, column);
  }
}
