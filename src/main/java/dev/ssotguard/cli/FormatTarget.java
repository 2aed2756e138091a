package dev.ssotguard.cli;

import java.nio.file.Path;
import picocli.CommandLine;

/**
 * One {@code --format FORMAT[=FILE]} of {@code scan}: the format, and the file it goes to (null:
 * standard output, or {@code --output}).
 */
record FormatTarget(ReportFormat format, Path file) {
  static final class Converter implements CommandLine.ITypeConverter<FormatTarget> {
    private final ReportFormat.Converter formats = new ReportFormat.Converter();

    @Override
    public FormatTarget convert(String value) {
      int eq = value.indexOf('=');
      ReportFormat format = formats.convert(eq < 0 ? value : value.substring(0, eq));
      if (eq >= 0 && eq == value.length() - 1) {
        throw new CommandLine.TypeConversionException(
            "FORMAT=FILE needs a file after '=', e.g. sarif=ssot.sarif");
      }
      return new FormatTarget(format, eq < 0 ? null : Path.of(value.substring(eq + 1)));
    }
  }
}
