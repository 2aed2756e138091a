package dev.ssotguard.cli;

import dev.ssotguard.model.Severity;

/** {@code --fail-on}: the least severe finding that makes the scan exit 1, or never. */
enum FailOn {
  ERROR(Severity.ERROR),
  WARNING(Severity.WARNING),
  NOTE(Severity.NOTE),
  NEVER(null);

  private final Severity threshold;

  FailOn(Severity threshold) {
    this.threshold = threshold;
  }

  /** The threshold, or null for never. */
  Severity threshold() {
    return threshold;
  }

  static final class Converter extends Choice<FailOn> {
    Converter() {
      super(FailOn.class);
    }
  }
}
