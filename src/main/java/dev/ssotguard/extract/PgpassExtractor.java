package dev.ssotguard.extract;

import dev.ssotguard.connection.SecretClassifier;
import java.util.Set;

/** {@code .pgpass} files: every line is a host with a password. */
final class PgpassExtractor implements Extractor {
  private final SecretClassifier secrets;

  PgpassExtractor(SecretClassifier secrets) {
    this.secrets = secrets;
  }

  @Override
  public Set<FileKind> kinds() {
    return Set.of(FileKind.PGPASS);
  }

  @Override
  public Set<FileKind> contextKinds() {
    return Set.of(FileKind.PGPASS);
  }

  @Override
  public void extract(Source source, FactsBuilder out) {
    CredentialFiles.pgpass(source.text(), out, secrets);
  }
}
