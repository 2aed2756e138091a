package dev.ssotguard.cli;

/** {@code matrix --format}: the Markdown document (with its Mermaid diagram) or Graphviz DOT. */
enum MatrixFormat {
  MARKDOWN,
  DOT;

  static final class Converter extends Choice<MatrixFormat> {
    Converter() {
      super(MatrixFormat.class);
    }
  }
}
