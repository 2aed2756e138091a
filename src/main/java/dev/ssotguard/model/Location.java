package dev.ssotguard.model;

import java.util.Comparator;

/** A 1-based position in a file of the scanned tree; {@code path} is relative to the scan root. */
public record Location(String path, int line, int column) implements Comparable<Location> {
  private static final Comparator<Location> ORDER =
      Comparator.comparing(Location::path)
          .thenComparingInt(Location::line)
          .thenComparingInt(Location::column);

  public Location {
    line = Math.max(1, line);
    column = Math.max(1, column);
  }

  public static Location fileStart(String path) {
    return new Location(path, 1, 1);
  }

  @Override
  public int compareTo(Location other) {
    return ORDER.compare(this, other);
  }

  @Override
  public String toString() {
    return path + ":" + line + ":" + column;
  }
}
