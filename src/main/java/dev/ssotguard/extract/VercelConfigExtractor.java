package dev.ssotguard.extract;

import dev.ssotguard.formats.yaml.YMap;
import dev.ssotguard.formats.yaml.YNode;
import java.util.ArrayList;
import java.util.List;

/**
 * vercel.json: the files its {@code builds} and {@code functions} name are the app's functions. A
 * config that names none (a framework app) leaves the whole folder to the runtime marker.
 */
final class VercelConfigExtractor extends DocumentExtractor {
  static final String FILE = "vercel.json";

  @Override
  public boolean readsByPath(String path) {
    return path.equals(FILE) || path.endsWith("/" + FILE);
  }

  @Override
  void read(YMap root, FactsBuilder out) {
    if (!readsByPath(out.file.path())) {
      return;
    }
    List<String> globs = new ArrayList<>();
    YNode builds = root.get("builds");
    if (builds != null && builds.asSeq() != null) {
      for (YNode b : builds.asSeq().items()) {
        if (b.asMap() != null && b.asMap().text("src") != null) {
          globs.add(b.asMap().text("src"));
        }
      }
    }
    YNode functions = root.get("functions");
    if (functions != null && functions.asMap() != null) {
      for (YMap.Entry e : functions.asMap().entries()) {
        globs.add(e.name());
      }
    }
    if (!globs.isEmpty()) {
      out.add(new FunctionPaths(globs));
    }
  }
}
