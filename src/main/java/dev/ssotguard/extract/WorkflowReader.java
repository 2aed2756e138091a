package dev.ssotguard.extract;

import dev.ssotguard.formats.yaml.YMap;
import dev.ssotguard.formats.yaml.YNode;
import dev.ssotguard.formats.yaml.YScalar;
import dev.ssotguard.formats.yaml.YSeq;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a GitHub Actions workflow's jobs, runners and secret-only database settings. */
final class WorkflowReader {
  private static final Pattern HOSTED = Pattern.compile("(?i)(ubuntu|windows|macos)-[a-z0-9.\\-]+");
  private static final Pattern SECRET_ONLY =
      Pattern.compile("^\\$\\{\\{\\s*(secrets\\.[A-Za-z0-9_]+|vars\\.[A-Za-z0-9_]+)\\s*}}$");
  private static final Pattern DB_KEY =
      Pattern.compile(
          "(?i).*(DATABASE_URL|DB_URL|POSTGRES_URL|PG_URL|DSN|CONNECTION_STRING|SUPABASE_DB).*");

  private WorkflowReader() {}

  static boolean isWorkflow(String path) {
    String p = path.toLowerCase(Locale.ROOT);
    return p.startsWith(".github/workflows/") && (p.endsWith(".yml") || p.endsWith(".yaml"));
  }

  static WorkflowInfo read(YMap root, int lastLine, FactsBuilder out) {
    List<SecretSetting> secrets = new ArrayList<>();
    env(root.get("env"), secrets, out);
    YMap.Entry jobsEntry = root.entry("jobs");
    List<WorkflowInfo.Job> jobs = new ArrayList<>();
    if (jobsEntry == null || jobsEntry.value() == null || jobsEntry.value().asMap() == null) {
      secrets.forEach(out::add);
      return new WorkflowInfo(Integer.MAX_VALUE, jobs);
    }
    List<YMap.Entry> entries = jobsEntry.value().asMap().entries();
    for (int i = 0; i < entries.size(); i++) {
      YMap.Entry job = entries.get(i);
      int first = job.key().line();
      int last = i + 1 < entries.size() ? entries.get(i + 1).key().line() - 1 : lastLine;
      YMap body = job.value() == null ? null : job.value().asMap();
      String runner = "unknown";
      dev.ssotguard.model.Location runsOnAt = out.at(first, job.key().column());
      if (body != null) {
        YMap.Entry runsOn = body.entry("runs-on");
        if (runsOn != null) {
          runner = runner(runsOn.value());
          runsOnAt = out.at(runsOn.key().line(), runsOn.key().column());
        }
        env(body.get("env"), secrets, out);
        YNode steps = body.get("steps");
        if (steps != null && steps.asSeq() != null) {
          for (YNode step : steps.asSeq().items()) {
            if (step.asMap() != null) {
              env(step.asMap().get("env"), secrets, out);
            }
          }
        }
      }
      jobs.add(new WorkflowInfo.Job(job.name(), first, last, runner, runsOnAt));
    }
    secrets.forEach(out::add);
    return new WorkflowInfo(jobsEntry.key().line(), jobs);
  }

  private static String runner(YNode value) {
    List<String> labels = new ArrayList<>();
    if (value instanceof YScalar s && s.value() != null) {
      labels.add(s.value());
    } else if (value instanceof YSeq seq) {
      for (YNode n : seq.items()) {
        if (n.text() != null) {
          labels.add(n.text());
        }
      }
    } else {
      return "unknown";
    }
    if (labels.stream().anyMatch(l -> l.contains("${{"))) {
      return "unknown";
    }
    if (labels.stream().anyMatch(l -> l.equalsIgnoreCase("self-hosted"))) {
      return "github-self-hosted";
    }
    return labels.size() == 1 && HOSTED.matcher(labels.get(0)).matches()
        ? "github-hosted"
        : "unknown";
  }

  private static void env(YNode node, List<SecretSetting> secrets, FactsBuilder out) {
    if (!(node instanceof YMap map)) {
      return;
    }
    for (YMap.Entry e : map.entries()) {
      String value = e.value() == null ? null : e.value().text();
      if (value == null || !DB_KEY.matcher(e.name()).matches()) {
        continue;
      }
      Matcher m = SECRET_ONLY.matcher(value.trim());
      if (m.matches()) {
        secrets.add(
            new SecretSetting(
                e.name(),
                "${{ " + m.group(1) + " }}",
                out.at(e.value().line(), e.value().column())));
      }
    }
  }
}
