package dev.ssotguard.cli;

/** {@code --color}: colour in text output. */
enum ColorMode {
  AUTO,
  ALWAYS,
  NEVER;

  static final class Converter extends Choice<ColorMode> {
    Converter() {
      super(ColorMode.class);
    }
  }
}
