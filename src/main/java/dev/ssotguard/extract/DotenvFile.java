package dev.ssotguard.extract;

import dev.ssotguard.formats.dotenv.DotenvEntry;
import java.util.List;

/** A dotenv file's entries, in order. */
public record DotenvFile(List<DotenvEntry> entries) implements SourceFact {
  public DotenvFile {
    entries = List.copyOf(entries);
  }
}
