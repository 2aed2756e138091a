package dev.ssotguard.report;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * A plain-text table that fits a width: columns keep their natural width while the table fits;
 * otherwise the widest give way and their cells wrap onto more lines (a row stays one row). When
 * that would squeeze a column below {@value #LEGIBLE} characters, each row is written as a record
 * instead: its first cell, then the other columns as {@code HEADER value} lines.
 */
public final class TextTable {
  private static final String INDENT = "  ";
  private static final String GAP = "  ";
  private static final int NARROWEST = 10;
  private static final int LEGIBLE = 16;

  private TextTable() {}

  /** Writes the header and rows; cells are shown as given (escape repository text before). */
  public static void write(Writer out, List<String> header, List<List<String>> rows, int width)
      throws IOException {
    int[] w = new int[header.size()];
    for (int i = 0; i < w.length; i++) {
      w[i] = header.get(i).length();
      for (List<String> r : rows) {
        w[i] = Math.max(w[i], r.get(i).length());
      }
    }
    int[] natural = w.clone();
    int room = width - INDENT.length() - GAP.length() * (w.length - 1);
    while (sum(w) > room) {
      int widest = 0;
      for (int i = 1; i < w.length; i++) {
        if (w[i] > w[widest]) {
          widest = i;
        }
      }
      if (w[widest] <= NARROWEST) {
        break;
      }
      w[widest]--;
    }
    for (int i = 0; i < w.length; i++) {
      if (w[i] < Math.min(natural[i], LEGIBLE) || longestWord(rows, i) > w[i]) {
        records(out, header, rows, width);
        return;
      }
    }
    row(out, header, w);
    for (List<String> r : rows) {
      row(out, r, w);
    }
  }

  private static void records(Writer out, List<String> header, List<List<String>> rows, int width)
      throws IOException {
    int label = 0;
    for (String h : header.subList(1, header.size())) {
      label = Math.max(label, h.length());
    }
    String pad = INDENT + INDENT + " ".repeat(label + 1);
    for (List<String> r : rows) {
      for (String line : TextWrap.lines(r.get(0), INDENT.length(), INDENT + INDENT, width)) {
        out.write((line.startsWith(INDENT) ? line : INDENT + line) + "\n");
      }
      for (int i = 1; i < r.size(); i++) {
        String head = INDENT + INDENT + header.get(i).toLowerCase(java.util.Locale.ROOT);
        head = head + " ".repeat(pad.length() - head.length());
        for (String line : TextWrap.lines(r.get(i), head.length(), pad, width)) {
          out.write((line.startsWith(pad) ? line : head + line).stripTrailing() + "\n");
        }
      }
    }
  }

  private static void row(Writer out, List<String> cells, int[] w) throws IOException {
    List<List<String>> wrapped = new ArrayList<>();
    int height = 1;
    for (int i = 0; i < cells.size(); i++) {
      List<String> lines =
          cells.get(i).length() <= w[i]
              ? List.of(cells.get(i))
              : TextWrap.lines(cells.get(i), 0, "", w[i]);
      wrapped.add(lines);
      height = Math.max(height, lines.size());
    }
    for (int k = 0; k < height; k++) {
      StringBuilder line = new StringBuilder(INDENT);
      for (int i = 0; i < cells.size(); i++) {
        String part = k < wrapped.get(i).size() ? wrapped.get(i).get(k) : "";
        line.append(part);
        if (i + 1 < cells.size()) {
          line.append(" ".repeat(Math.max(0, w[i] - part.length()))).append(GAP);
        }
      }
      out.write(line.toString().stripTrailing() + "\n");
    }
  }

  /** Wrapping a column narrower than its longest word would cut words (paths, hosts) in two. */
  private static int longestWord(List<List<String>> rows, int column) {
    int longest = 0;
    for (List<String> r : rows) {
      for (String word : r.get(column).split(" ", -1)) {
        longest = Math.max(longest, word.length());
      }
    }
    return longest;
  }

  private static int sum(int[] w) {
    int s = 0;
    for (int x : w) {
      s += x;
    }
    return s;
  }
}
