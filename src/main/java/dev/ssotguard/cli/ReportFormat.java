package dev.ssotguard.cli;

/** The formats of {@code scan} and {@code probe} reports. */
enum ReportFormat {
  TEXT,
  JSON,
  SARIF;

  static final class Converter extends Choice<ReportFormat> {
    Converter() {
      super(ReportFormat.class);
    }
  }
}
