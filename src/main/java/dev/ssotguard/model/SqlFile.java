package dev.ssotguard.model;

/** A {@code *.sql} file of the scanned tree; {@code tracked} is true outside a git repository. */
public record SqlFile(String path, boolean tracked) implements Fact {
  public String name() {
    return path.substring(path.lastIndexOf('/') + 1);
  }

  public String directory() {
    int slash = path.lastIndexOf('/');
    return slash < 0 ? "" : path.substring(0, slash);
  }
}
