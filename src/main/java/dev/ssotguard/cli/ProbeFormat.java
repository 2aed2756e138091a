package dev.ssotguard.cli;

/** The formats of {@code probe} reports (the CI formats are the scan's). */
enum ProbeFormat {
  TEXT,
  JSON,
  SARIF;

  static final class Converter extends Choice<ProbeFormat> {
    Converter() {
      super(ProbeFormat.class);
    }
  }
}
