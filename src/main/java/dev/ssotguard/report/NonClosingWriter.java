package dev.ssotguard.report;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;

/** Jackson closes the writer it is given; the command owns standard output, so it must not. */
final class NonClosingWriter extends FilterWriter {
  NonClosingWriter(Writer out) {
    super(out);
  }

  @Override
  public void close() throws IOException {
    flush();
  }
}
