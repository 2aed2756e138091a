package dev.ssotguard.extract;

import dev.ssotguard.formats.ParseException;
import java.util.Set;

/**
 * Reads one source kind (compose files, Terraform, dotenv, ...) into facts. Every extractor is one
 * entry of {@link ExtractorRegistry}, which derives from these declarations which files are worth
 * decoding and which PR mode reads as context; adding a format is one extractor, one registry line
 * and fixtures.
 */
interface Extractor {
  /** The kinds of file it reads. */
  Set<FileKind> kinds();

  /**
   * Of those, the kinds PR mode reads even when unchanged, because other files' verdicts depend on
   * what this extractor finds in them (a compose file names the services a changed file connects
   * from).
   */
  default Set<FileKind> contextKinds() {
    return Set.of();
  }

  /**
   * The pre-filter: whether a file is worth decoding and reading for this extractor, from its name
   * and the {@link Needles} its bytes hold. The file is decoded when any of its extractors says
   * yes; each extractor runs only when it said yes.
   */
  default boolean wants(String fileName, int needles) {
    return true;
  }

  /**
   * For YAML and JSON files, which are parsed only when one of their extractors wants the file by
   * its path or finds a trigger in the text: the keys and values this extractor reads a document
   * for.
   */
  default DocumentTriggers documentTriggers() {
    return DocumentTriggers.NONE;
  }

  /**
   * Whether it reads a YAML or JSON file by its name or place whatever the file holds (compose
   * files, workflows, app specs): such a file is always parsed, and a parse failure is a note.
   */
  default boolean readsByPath(String path) {
    return false;
  }

  /** Whether its pre-filter needs the key-word needles (a costlier byte scan). */
  default boolean needsKeyNeedles() {
    return false;
  }

  /**
   * Whether it still runs when an earlier extractor of the file failed to parse it (the generic
   * text scanner does: a half-parsed file may still hold a connection string).
   */
  default boolean runsAfterFailure() {
    return false;
  }

  void extract(Source source, FactsBuilder out) throws ParseException;
}
