package dev.ssotguard.extract;

import dev.ssotguard.formats.ParseException;
import dev.ssotguard.formats.yaml.YMap;
import dev.ssotguard.formats.yaml.YNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Compose files: services, images, environments, volumes, env files. A document read as compose is
 * claimed; the other YAML extractors pass it by.
 */
final class ComposeExtractor implements Extractor {
  private final KeyValueSettings settings;

  ComposeExtractor(KeyValueSettings settings) {
    this.settings = settings;
  }

  @Override
  public Set<FileKind> kinds() {
    return Set.of(FileKind.YAML);
  }

  @Override
  public Set<FileKind> contextKinds() {
    return Set.of(FileKind.YAML);
  }

  @Override
  public boolean readsByPath(String path) {
    return ComposeReader.namedLikeCompose(path.substring(path.lastIndexOf('/') + 1));
  }

  /** A compose file by its shape: a {@code services} map. */
  @Override
  public DocumentTriggers documentTriggers() {
    return new DocumentTriggers(Set.of("services"), Set.of(), Set.of());
  }

  @Override
  public void extract(Source source, FactsBuilder out) throws ParseException {
    boolean named = ComposeReader.namedLikeCompose(out.file.name());
    boolean composeRead = false; // one compose file per file: the first compose-shaped document
    for (YNode doc : source.documents()) {
      YMap root = doc == null ? null : doc.asMap();
      if (root == null) {
        if (named) {
          ComposeReader.checkTopLevel(doc, out);
        }
        continue;
      }
      if (named) {
        ComposeReader.checkServices(root, out);
      }
      if (!composeRead && ComposeReader.looksLikeCompose(out.file.name(), root)) {
        source.claim(doc);
        ComposeFile compose = ComposeReader.read(root, out);
        out.add(compose);
        composeRead = true;
        for (ComposeFile.Service s : compose.services()) {
          List<KeyValueSettings.Setting> scope = new ArrayList<>();
          for (ComposeFile.Variable v : s.environment()) {
            scope.add(new KeyValueSettings.Setting(v.name(), v.value(), v.location()));
          }
          settings.readEnvironment(scope, " of compose service '" + s.name() + "'", out);
        }
      }
    }
  }
}
