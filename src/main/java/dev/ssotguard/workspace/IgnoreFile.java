package dev.ssotguard.workspace;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The patterns of one {@code .gitignore} (or {@code info/exclude}), read as git's dir.c reads them
 * and matched with {@link Wildmatch}: comments, negation, trailing-space trimming, {@code /} for
 * folders only, basename patterns (no slash) at any depth, others anchored at the file's folder.
 */
public final class IgnoreFile {
  /** The most patterns kept from one file; git has no such limit, but a hostile file must not. */
  static final int MAX_PATTERNS = 10_000;

  private record Pattern(Wildmatch match, boolean negated, boolean folderOnly, boolean basename) {}

  private final List<Pattern> patterns;

  private IgnoreFile(List<Pattern> patterns) {
    this.patterns = List.copyOf(patterns);
  }

  /** Parses a file's bytes; patterns git could not match are dropped, as git matches nothing. */
  public static IgnoreFile parse(byte[] content) {
    String text = new String(content, StandardCharsets.UTF_8);
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    List<Pattern> patterns = new ArrayList<>();
    int start = 0;
    while (start < text.length() && patterns.size() < MAX_PATTERNS) {
      int end = text.indexOf('\n', start);
      if (end < 0) {
        end = text.length();
      }
      String line =
          text.substring(start, end > start && text.charAt(end - 1) == '\r' ? end - 1 : end);
      start = end + 1;
      Pattern p = pattern(line);
      if (p != null) {
        patterns.add(p);
      }
    }
    return new IgnoreFile(patterns);
  }

  /**
   * The verdict of the last matching pattern, or null when none matches.
   *
   * @param path relative to the folder of this file, with {@code /} separators
   */
  public Boolean ignored(String path, boolean directory) {
    String basename = path.substring(path.lastIndexOf('/') + 1);
    byte[] whole = null;
    byte[] base = null;
    for (int i = patterns.size() - 1; i >= 0; i--) {
      Pattern p = patterns.get(i);
      if (p.folderOnly() && !directory) {
        continue;
      }
      boolean match;
      if (p.basename()) {
        base = base == null ? basename.getBytes(StandardCharsets.UTF_8) : base;
        match = p.match().matches(base);
      } else {
        whole = whole == null ? path.getBytes(StandardCharsets.UTF_8) : whole;
        match = p.match().matches(whole);
      }
      if (match) {
        return !p.negated();
      }
    }
    return null;
  }

  private static Pattern pattern(String line) {
    if (line.isEmpty() || line.charAt(0) == '#') {
      return null;
    }
    String p = trimTrailingSpaces(line);
    boolean negated = p.startsWith("!");
    if (negated) {
      p = p.substring(1);
    }
    boolean folderOnly = p.endsWith("/");
    if (folderOnly) {
      p = p.substring(0, p.length() - 1);
    }
    boolean basename = p.indexOf('/') < 0;
    if (p.startsWith("/")) {
      p = p.substring(1);
    }
    try {
      return new Pattern(Wildmatch.compile(p), negated, folderOnly, basename);
    } catch (Wildmatch.BadPattern e) {
      return null;
    }
  }

  /** Trailing spaces go unless escaped with a backslash (git's trim_trailing_spaces). */
  private static String trimTrailingSpaces(String s) {
    int lastSpace = -1;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == ' ') {
        if (lastSpace < 0) {
          lastSpace = i;
        }
      } else if (c == '\\') {
        i++;
        if (i >= s.length()) {
          return s;
        }
        lastSpace = -1;
      } else {
        lastSpace = -1;
      }
    }
    return lastSpace < 0 ? s : s.substring(0, lastSpace);
  }
}
