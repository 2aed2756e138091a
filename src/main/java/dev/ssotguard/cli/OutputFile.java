package dev.ssotguard.cli;

import dev.ssotguard.report.Display;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A file the operator asked output to go to: checked before the scan (a folder, or a parent that is
 * a file, is a usage error), written with missing parent folders created, and a failed write (a
 * full disk, {@code /dev/full}) reported as the operator's problem to fix, not an internal error.
 */
final class OutputFile {
  /** Writes the content. */
  interface Content {
    void writeTo(Writer out) throws IOException;
  }

  private OutputFile() {}

  /** Why output cannot go to {@code target}, or empty. */
  static Optional<String> problem(Path target) {
    if (Files.isDirectory(target)) {
      return Optional.of(
          "the output "
              + Display.text(target.toString())
              + " is a folder. Fix: name a file, e.g. "
              + Display.text(target.resolve("ssot.sarif").toString()));
    }
    for (Path p = target.toAbsolutePath().getParent(); p != null; p = p.getParent()) {
      if (Files.exists(p) && !Files.isDirectory(p)) {
        return Optional.of(
            "the output "
                + Display.text(target.toString())
                + " lies below "
                + Display.text(p.toString())
                + ", which is not a folder. Fix: choose another path");
      }
    }
    return Optional.empty();
  }

  /** Writes the file (creating missing folders); empty on success, else what went wrong. */
  static Optional<String> write(Path target, Content content) {
    try {
      Path parent = target.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      try (Writer w = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
        content.writeTo(w);
      }
      return Optional.empty();
    } catch (IOException e) {
      return Optional.of(
          "cannot write "
              + Display.text(target.toString())
              + " ("
              + Display.text(String.valueOf(e.getMessage()))
              + "). Fix: choose a writable file with free space");
    }
  }
}
