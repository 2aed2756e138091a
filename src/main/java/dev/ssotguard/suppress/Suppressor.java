package dev.ssotguard.suppress;

import dev.ssotguard.model.Finding;
import dev.ssotguard.model.Suppression;
import dev.ssotguard.policy.Waiver;
import dev.ssotguard.workspace.InsideRoot;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Applies suppressions after the rules: an inline {@code ssot:ignore SSOTnnn -- reason} on the
 * finding's line or the line above (any comment syntax), a policy waiver for the rule and path that
 * has not expired, or the finding's fingerprint in a baseline. Suppressed findings stay in the
 * report, marked; an expired waiver suppresses nothing and the finding says so.
 */
public final class Suppressor {
  private static final Pattern INLINE =
      Pattern.compile(
          "ssot:ignore\\s+((?:SSOT\\d{3}[\\s,]*)+)(?:--\\s*(.*?))?\\s*(?:-->|\\*/)?\\s*$");
  private static final long MAX_BYTES = 2L << 20;

  private final InsideRoot root;
  private final List<Waiver> waivers;
  private final Set<String> baseline;
  private final String baselineName;
  private final LocalDate today;
  private final Map<String, List<String>> lines = new HashMap<>();

  public Suppressor(
      Path root, List<Waiver> waivers, Set<String> baseline, String baselineName, LocalDate today) {
    this.root = new InsideRoot(root);
    this.waivers = List.copyOf(waivers);
    this.baseline = Set.copyOf(baseline);
    this.baselineName = baselineName;
    this.today = today;
  }

  public List<Finding> apply(List<Finding> findings) {
    List<Finding> out = new ArrayList<>(findings.size());
    for (Finding f : findings) {
      out.add(f.isDiagnostic() ? f : judge(f));
    }
    return out;
  }

  private Finding judge(Finding f) {
    String inline = inlineReason(f);
    if (inline != null) {
      return f.withSuppression(new Suppression("inline", inline));
    }
    for (Waiver w : waivers) {
      if (!w.rule().equals(f.ruleId()) || !w.paths().matches(f.location().path())) {
        continue;
      }
      if (w.activeOn(today)) {
        return f.withSuppression(
            new Suppression(
                "waiver", w.reason() + " (owner " + w.owner() + ", until " + w.expires() + ")"));
      }
      String why =
          w.expires() == null
              ? "its expiry date '" + w.expiresText() + "' cannot be read, so it counts as expired"
              : "it expired on " + w.expires();
      f =
          f.withMessage(
              f.message()
                  + " [a waiver by "
                  + w.owner()
                  + " ("
                  + w.reason()
                  + ") no longer applies: "
                  + why
                  + "]");
      break;
    }
    if (baseline.contains(f.fingerprint())) {
      return f.withSuppression(new Suppression("baseline", "known in " + baselineName));
    }
    return f;
  }

  private String inlineReason(Finding f) {
    List<String> text = lines(f.location().path());
    int line = f.location().line();
    for (int i = Math.max(1, line - 1); i <= Math.min(text.size(), line); i++) {
      Matcher m = INLINE.matcher(text.get(i - 1));
      if (m.find() && m.group(1).contains(f.ruleId())) {
        String reason = m.group(2);
        return reason == null || reason.isBlank() ? "(no reason given)" : reason.strip();
      }
    }
    return null;
  }

  private List<String> lines(String path) {
    return lines.computeIfAbsent(
        path,
        p -> {
          Optional<Path> inside = root.regularFile(p);
          try {
            if (inside.isEmpty() || Files.size(inside.get()) > MAX_BYTES) {
              return List.of();
            }
            Path file = inside.get();
            String content = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
            return content.indexOf('\0') >= 0 ? List.of() : List.of(content.split("\n", -1));
          } catch (IOException | RuntimeException e) {
            return List.of();
          }
        });
  }
}
