package dev.ssotguard.extract;

import dev.ssotguard.formats.yaml.YMap;
import java.util.Set;

/**
 * Platform app specs (DigitalOcean App Platform, Render): the runtime they deploy to, and the
 * database settings App Platform fills from secrets.
 */
final class AppSpecExtractor extends DocumentExtractor {
  @Override
  public boolean readsByPath(String path) {
    return AppSpecs.runtimeByPath(path) != null;
  }

  @Override
  public DocumentTriggers documentTriggers() {
    return new DocumentTriggers(AppSpecs.componentKeys(), Set.of(), Set.of());
  }

  @Override
  void read(YMap root, FactsBuilder out) {
    String runtime = AppSpecs.runtimeOf(out.file.path(), root);
    if (runtime != null) {
      out.add(new AppSpecRuntime(runtime));
      if (runtime.equals("do-app-platform")) {
        AppSpecs.secretSettings(root, out);
      }
    }
  }
}
