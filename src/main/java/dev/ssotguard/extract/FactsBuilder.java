package dev.ssotguard.extract;

import dev.ssotguard.model.Diagnostic;
import dev.ssotguard.model.Environment;
import dev.ssotguard.model.Fact;
import dev.ssotguard.model.Facts;
import dev.ssotguard.model.Location;
import dev.ssotguard.workspace.SourceFile;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Collects the facts of one file while its extractors run; confined to one thread. */
final class FactsBuilder {
  final SourceFile file;
  final FileKind kind;

  /** What goes into the model as it is: uses, credentials, TLS settings, workloads, notes, ... */
  private final Facts.Builder facts = Facts.builder();

  /** What the resolvers read: the compose file it is, its dotenv entries, ... */
  private final List<SourceFact> sourceFacts = new ArrayList<>();

  boolean sqlite;
  int needles;

  FactsBuilder(SourceFile file, FileKind kind) {
    this.file = file;
    this.kind = kind;
  }

  Location at(int line, int column) {
    return new Location(file.path(), line, column);
  }

  Environment environment() {
    return file.environment();
  }

  void note(int line, int column, String message) {
    add(Diagnostic.badInput(at(line, column), message));
  }

  /** Adds a fact of the model. */
  void add(Fact fact) {
    facts.add(fact);
  }

  void addAll(Collection<? extends Fact> all) {
    facts.addAll(all);
  }

  /**
   * Adds what the resolvers read (a compose file, a workflow, a secret setting, ...); null: none.
   */
  void add(SourceFact fact) {
    if (fact != null) { // a reader that found nothing returns null
      sourceFacts.add(fact);
    }
  }

  /** Whether a fact of the type was found in the file so far. */
  boolean holds(Class<? extends Fact> type) {
    return facts.has(type);
  }

  FileFacts build() {
    return new FileFacts(file, kind, sqlite, facts.build(), sourceFacts);
  }
}
