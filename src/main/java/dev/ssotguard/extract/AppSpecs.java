package dev.ssotguard.extract;

import dev.ssotguard.formats.yaml.YMap;
import dev.ssotguard.formats.yaml.YNode;
import java.util.List;
import java.util.Locale;

/** Recognises deployment specs whose environment values run on a platform: App Platform, Render. */
final class AppSpecs {
  private static final List<String> COMPONENT_LISTS =
      List.of("services", "workers", "jobs", "static_sites", "functions");
  private static final List<String> COMPONENT_KEYS =
      List.of(
          "envs",
          "run_command",
          "instance_size_slug",
          "github",
          "gitlab",
          "git",
          "image",
          "source_dir");

  private AppSpecs() {}

  /** The runtime id a spec deploys to, or null when the document is no app spec. */
  static String runtimeOf(String path, YMap root) {
    String p = path.toLowerCase(Locale.ROOT);
    String name = p.substring(p.lastIndexOf('/') + 1);
    if (name.equals("render.yaml") || name.equals("render.yml")) {
      return "render";
    }
    if (p.startsWith(".do/") || p.contains("/.do/")) {
      return "do-app-platform";
    }
    YMap spec = root.map("spec") != null ? root.map("spec") : root;
    for (String list : COMPONENT_LISTS) {
      YNode node = spec.get(list);
      if (node == null || node.asSeq() == null) {
        continue;
      }
      for (YNode item : node.asSeq().items()) {
        YMap component = item.asMap();
        if (component != null && COMPONENT_KEYS.stream().anyMatch(k -> component.get(k) != null)) {
          return "do-app-platform";
        }
      }
    }
    return null;
  }
}
