package dev.ssotguard.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Reads FROM and COPY/ADD instructions of a Dockerfile; nothing is built or run. */
final class DockerfileReader {
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  private DockerfileReader() {}

  static DockerfileInfo read(String text) {
    List<String> bases = new ArrayList<>();
    List<DockerfileInfo.Copy> copies = new ArrayList<>();
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      int start = i;
      while (line.endsWith("\\") && i + 1 < lines.length) {
        line = line.substring(0, line.length() - 1) + " " + lines[++i].strip();
      }
      String upper = line.toUpperCase(Locale.ROOT);
      List<String> words = new ArrayList<>();
      for (String w : WHITESPACE.split(line, -1)) {
        if (!w.isEmpty() && !w.startsWith("--")) {
          words.add(w);
        }
      }
      if (upper.startsWith("FROM ") && words.size() >= 2) {
        bases.add(words.get(1));
      } else if ((upper.startsWith("COPY ") || upper.startsWith("ADD "))
          && words.size() >= 3
          && !line.contains("--from")) {
        List<String> sources = words.subList(1, words.size() - 1);
        copies.add(new DockerfileInfo.Copy(sources, words.get(words.size() - 1), start + 1));
      }
    }
    return new DockerfileInfo(bases, copies);
  }
}
