package dev.ssotguard.extract;

import dev.ssotguard.formats.ParseException;
import java.util.Set;

/** Terraform: password settings, managed clusters, firewalls, droplets and connection pools. */
final class TerraformExtractor implements Extractor {
  private final KeyValueSettings settings;

  TerraformExtractor(KeyValueSettings settings) {
    this.settings = settings;
  }

  @Override
  public Set<FileKind> kinds() {
    return Set.of(FileKind.TERRAFORM);
  }

  @Override
  public Set<FileKind> contextKinds() {
    return Set.of(FileKind.TERRAFORM);
  }

  @Override
  public void extract(Source source, FactsBuilder out) throws ParseException {
    CredentialFiles.terraform(source.text(), out, settings);
    out.add(CredentialFiles.infrastructure(source.text(), out));
  }
}
