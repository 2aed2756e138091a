package dev.ssotguard.extract;

import dev.ssotguard.connection.Engine;
import dev.ssotguard.formats.yaml.YMap;
import dev.ssotguard.formats.yaml.YNode;
import dev.ssotguard.model.DeployedDatastore;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

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

  private static final Pattern DB_KEY =
      Pattern.compile(
          "(?i).*(DATABASE_URL|DB_URL|POSTGRES_URL|PG_URL|DSN|CONNECTION_STRING|SUPABASE_DB).*");

  private AppSpecs() {}

  /**
   * App Platform {@code envs} entries whose value is not visible: {@code EV[...]} (encrypted), a
   * bindable {@code ${db.DATABASE_URL}}, or {@code type: SECRET} without a value.
   */
  static void secretSettings(YMap root, FactsBuilder out) {
    YMap spec = root.map("spec") != null ? root.map("spec") : root;
    YNode databases = spec.get("databases");
    if (databases != null && databases.asSeq() != null) {
      for (YNode item : databases.asSeq().items()) {
        YMap db = item.asMap();
        YNode engine = db == null ? null : db.get("engine");
        Engine e = engine == null ? null : CredentialFiles.managedEngine(engine.text());
        if (e != null) {
          String name =
              db.text("cluster_name") != null
                  ? db.text("cluster_name")
                  : String.valueOf(db.text("name"));
          out.add(
              new DeployedDatastore(
                  e,
                  name,
                  out.at(engine.line(), engine.column()),
                  out.environment(),
                  "App Platform database"));
        }
      }
    }
    List<YNode> envLists = new ArrayList<>();
    if (spec.get("envs") != null) {
      envLists.add(spec.get("envs"));
    }
    for (String list : COMPONENT_LISTS) {
      YNode node = spec.get(list);
      if (node != null && node.asSeq() != null) {
        for (YNode item : node.asSeq().items()) {
          if (item.asMap() != null && item.asMap().get("envs") != null) {
            envLists.add(item.asMap().get("envs"));
          }
        }
      }
    }
    for (YNode envs : envLists) {
      if (envs.asSeq() == null) {
        continue;
      }
      for (YNode e : envs.asSeq().items()) {
        YMap env = e.asMap();
        if (env == null || env.text("key") == null || !DB_KEY.matcher(env.text("key")).matches()) {
          continue;
        }
        String value = env.text("value");
        boolean hidden =
            value == null
                ? "SECRET".equals(env.text("type"))
                : value.startsWith("EV[") || value.startsWith("${");
        if (hidden) {
          String reference =
              value == null
                  ? "secret " + env.text("key")
                  : value.startsWith("EV[") ? "EV[…] (encrypted)" : value;
          out.add(new SecretSetting(env.text("key"), reference, out.at(e.line(), e.column())));
        }
      }
    }
  }

  /** The keys that mark a list item as an app component (for the JSON pre-filter). */
  static Set<String> componentKeys() {
    return Set.copyOf(COMPONENT_KEYS);
  }

  /**
   * The runtime an app spec deploys to by its path alone (Render's file, App Platform's folder).
   */
  static String runtimeByPath(String path) {
    String p = path.toLowerCase(Locale.ROOT);
    String name = p.substring(p.lastIndexOf('/') + 1);
    if (name.equals("render.yaml") || name.equals("render.yml")) {
      return "render";
    }
    return p.startsWith(".do/") || p.contains("/.do/") ? "do-app-platform" : null;
  }

  /** The runtime id a spec deploys to, or null when the document is no app spec. */
  static String runtimeOf(String path, YMap root) {
    String byPath = runtimeByPath(path);
    if (byPath != null) {
      return byPath;
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
