import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * The summaries of bench/run.sh, so that the bench needs nothing but a JDK, ripgrep and hyperfine. Run
 * with the ssot-guard jar on the class path (for Jackson): {@code java -cp target/ssot-guard.jar
 * bench/Summary.java COMMAND ...}
 *
 * <ul>
 *   <li>{@code medians FILE.json LABEL...}: the median of each hyperfine result, and the first over the
 *       second as a ratio;
 *   <li>{@code rss COMMAND...}: runs the command and prints its peak resident set (VmHWM, sampled from
 *       /proc every 5 ms until it exits);
 *   <li>{@code planted REPORT.json EXPECTED.txt}: planted findings against the reported ones;
 *   <li>{@code findings REPORT.json}: the reported findings, {@code RULE path:line} each.
 * </ul>
 */
public final class Summary {
  private static final ObjectMapper JSON = new ObjectMapper();

  public static void main(String[] args) throws Exception {
    switch (args.length == 0 ? "" : args[0]) {
      case "medians" -> medians(Path.of(args[1]), Arrays.copyOfRange(args, 2, args.length));
      case "rss" -> rss(Arrays.asList(args).subList(1, args.length));
      case "planted" -> planted(Path.of(args[1]), Path.of(args[2]));
      case "findings" -> System.out.println(String.join(" ", findings(Path.of(args[1]))));
      default -> {
        System.err.println("usage: Summary medians|rss|planted|findings ...");
        System.exit(2);
      }
    }
  }

  private static void medians(Path file, String[] labels) throws IOException {
    JsonNode results = JSON.readTree(file.toFile()).get("results");
    List<Double> medians = new ArrayList<>();
    StringBuilder line = new StringBuilder("median");
    for (int i = 0; i < results.size(); i++) {
      double m = results.get(i).get("median").asDouble();
      medians.add(m);
      String label = i < labels.length ? labels[i] : results.get(i).get("command").asText();
      line.append(i == 0 ? " " : ", ").append(label).append(String.format(Locale.ROOT, " %.3f s", m));
    }
    if (medians.size() > 1) {
      line.append(String.format(Locale.ROOT, "; ratio %.1fx", medians.get(0) / medians.get(1)));
    }
    System.out.println(line);
  }

  private static void rss(List<String> command) throws Exception {
    Process p =
        new ProcessBuilder(command)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .redirectError(ProcessBuilder.Redirect.INHERIT)
            .start();
    Path status = Path.of("/proc", String.valueOf(p.pid()), "status");
    long peakKb = 0;
    while (p.isAlive()) {
      try {
        for (String l : Files.readAllLines(status, StandardCharsets.UTF_8)) {
          if (l.startsWith("VmHWM:")) {
            peakKb = Math.max(peakKb, Long.parseLong(l.replaceAll("[^0-9]", "")));
          }
        }
      } catch (IOException | NumberFormatException e) {
        // The process ended between the check and the read.
      }
      Thread.sleep(5);
    }
    System.out.printf(Locale.ROOT, "peak RSS of one full scan: %.0f MB (exit %d)%n", peakKb / 1024.0, p.waitFor());
  }

  private static void planted(Path report, Path expected) throws IOException {
    Set<String> got = new TreeSet<>(findings(report));
    got.removeIf(f -> f.startsWith("SSOT000 "));
    Set<String> want = new TreeSet<>();
    for (String l : Files.readAllLines(expected, StandardCharsets.UTF_8)) {
      if (!l.isBlank()) {
        want.add(l.strip());
      }
    }
    Set<String> missing = new TreeSet<>(want);
    missing.removeAll(got);
    Set<String> unexpected = new TreeSet<>(got);
    unexpected.removeAll(want);
    System.out.printf(
        "planted %d, reported %d, missing %d, unexpected %d%n",
        want.size(), got.size(), missing.size(), unexpected.size());
    missing.forEach(m -> System.out.println("  missing: " + m));
    unexpected.forEach(u -> System.out.println("  unexpected: " + u));
  }

  private static List<String> findings(Path report) throws IOException {
    List<String> out = new ArrayList<>();
    for (JsonNode f : JSON.readTree(new File(report.toString())).get("findings")) {
      out.add(f.get("rule").asText() + " " + f.get("path").asText() + ":" + f.get("line").asInt());
    }
    return out;
  }
}
