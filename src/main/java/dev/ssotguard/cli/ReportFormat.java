package dev.ssotguard.cli;

/** The formats of {@code scan} reports. */
enum ReportFormat {
  TEXT,
  JSON,
  SARIF,
  GITHUB,
  MARKDOWN,
  JUNIT,
  GITLAB,
  HTML;

  static final class Converter extends Choice<ReportFormat> {
    Converter() {
      super(ReportFormat.class);
    }
  }
}
