package dev.ssotguard.workspace;

/**
 * An {@code --exclude} pattern, read like one {@code .gitignore} line at the scan root: without a
 * slash it matches a file or folder name at any depth ({@code *.snap}, {@code generated}); with one
 * it matches from the root ({@code docs/legacy}, {@code **}{@code /fixtures}); a trailing slash
 * limits it to folders. Everything below an excluded folder is left out.
 */
public record ExcludePattern(String text, Wildmatch match, boolean folderOnly, boolean basename) {
  /**
   * Reads one {@code --exclude} glob like a {@code .gitignore} line at the scan root.
   *
   * @throws Wildmatch.BadPattern when the pattern cannot match anything (an unclosed {@code [})
   */
  public static ExcludePattern parse(String text) throws Wildmatch.BadPattern {
    String p = text;
    boolean folderOnly = p.endsWith("/") && p.length() > 1;
    if (folderOnly) {
      p = p.substring(0, p.length() - 1);
    }
    boolean basename = p.indexOf('/') < 0;
    if (p.startsWith("/")) {
      p = p.substring(1);
    }
    if (p.isEmpty()) {
      throw new Wildmatch.BadPattern("is empty");
    }
    return new ExcludePattern(text, Wildmatch.compile(p), folderOnly, basename);
  }

  /** Whether a path (relative to the scan root, {@code /} separators) is left out. */
  public boolean matches(String path, boolean directory) {
    if (folderOnly && !directory) {
      return false;
    }
    return match.matches(basename ? path.substring(path.lastIndexOf('/') + 1) : path);
  }
}
