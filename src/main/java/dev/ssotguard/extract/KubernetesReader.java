package dev.ssotguard.extract;

import dev.ssotguard.formats.yaml.YMap;
import dev.ssotguard.formats.yaml.YNode;
import dev.ssotguard.formats.yaml.YSeq;
import dev.ssotguard.model.EnvValue;
import dev.ssotguard.model.Location;
import dev.ssotguard.model.Service;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads the containers of Kubernetes workloads as services. Values set with {@code valueFrom},
 * {@code envFrom} or {@code $(VAR)} references, and every volume (ConfigMaps, Secrets, claims),
 * come from outside the manifest: they stay unknown, so nothing is guessed about them.
 */
final class KubernetesReader {
  private static final Set<String> WORKLOADS =
      Set.of("Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "Job", "CronJob", "Pod");

  private KubernetesReader() {}

  /** The kinds read as workloads, lower case (for the pre-filter). */
  static Set<String> workloadKinds() {
    Set<String> lower = new HashSet<>();
    WORKLOADS.forEach(k -> lower.add(k.toLowerCase(Locale.ROOT)));
    return lower;
  }

  static boolean isWorkload(YMap root) {
    String kind = root.text("kind");
    return kind != null && root.text("apiVersion") != null && WORKLOADS.contains(kind);
  }

  static List<Service> read(YMap root, FactsBuilder out) {
    YMap podSpec = podSpec(root);
    List<Service> services = new ArrayList<>();
    YSeq containers =
        podSpec == null || podSpec.get("containers") == null
            ? null
            : podSpec.get("containers").asSeq();
    if (containers == null) {
      return services;
    }
    YMap metadata = root.map("metadata");
    String workload =
        metadata == null || metadata.text("name") == null
            ? root.text("kind")
            : metadata.text("name");
    for (YNode node : containers.items()) {
      YMap c = node.asMap();
      if (c == null || c.text("image") == null) {
        continue;
      }
      services.add(container(workload, c, out));
    }
    return services;
  }

  private static YMap podSpec(YMap root) {
    YMap spec = root.map("spec");
    if (spec == null) {
      return null;
    }
    return switch (root.text("kind")) {
      case "Pod" -> spec;
      case "CronJob" -> path(spec, "jobTemplate", "spec", "template", "spec");
      default -> path(spec, "template", "spec");
    };
  }

  private static YMap path(YMap from, String... keys) {
    YMap m = from;
    for (String k : keys) {
      m = m == null ? null : m.map(k);
    }
    return m;
  }

  private static Service container(String workload, YMap c, FactsBuilder out) {
    Map<String, EnvValue> env = new LinkedHashMap<>();
    boolean complete = c.get("envFrom") == null;
    YNode envNode = c.get("env");
    if (envNode != null && envNode.asSeq() != null) {
      for (YNode item : envNode.asSeq().items()) {
        YMap e = item.asMap();
        if (e == null || e.text("name") == null) {
          continue;
        }
        YNode value = e.get("value");
        Location at = out.at(item.line(), item.column());
        if (value != null && value.text() != null) {
          at = out.at(value.line(), value.column());
          boolean known = !value.text().contains("$(");
          env.put(
              e.text("name"),
              new EnvValue(e.text("name"), value.text(), known, at, List.of(), false));
        } else {
          env.put(e.text("name"), new EnvValue(e.text("name"), null, false, at, List.of(), false));
        }
      }
    }
    List<Service.Mount> mounts = new ArrayList<>();
    YNode mountNode = c.get("volumeMounts");
    if (mountNode != null && mountNode.asSeq() != null) {
      for (YNode item : mountNode.asSeq().items()) {
        YMap m = item.asMap();
        if (m != null && m.text("mountPath") != null) {
          mounts.add(
              new Service.Mount(null, m.text("mountPath"), out.at(item.line(), item.column())));
        }
      }
    }
    String name = workload + "/" + (c.text("name") == null ? "container" : c.text("name"));
    return new Service(
        name,
        out.at(c.line(), c.column()),
        out.environment(),
        c.text("image"),
        env,
        complete,
        mounts,
        null,
        null,
        "kubernetes",
        c.get("command") != null || c.get("args") != null,
        CommandAssignments.of(c.get("command"), c.get("args")));
  }
}
