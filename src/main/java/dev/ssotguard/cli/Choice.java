package dev.ssotguard.cli;

import dev.ssotguard.report.Display;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine;

/**
 * Reads an option's value as one of an enum's constants, written in lower case on the command line;
 * every such option fails with the same wording: "use a, b or c, not 'x'".
 */
abstract class Choice<E extends Enum<E>> implements CommandLine.ITypeConverter<E> {
  private final Class<E> type;

  Choice(Class<E> type) {
    this.type = type;
  }

  @Override
  public E convert(String value) {
    for (E constant : type.getEnumConstants()) {
      if (word(constant).equals(value.toLowerCase(Locale.ROOT))) {
        return constant;
      }
    }
    throw new CommandLine.TypeConversionException(
        "use " + words(type) + ", not '" + Display.text(value) + "'");
  }

  /** How a constant is written on the command line. */
  static String word(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT);
  }

  /** "a, b or c". */
  static String words(Class<? extends Enum<?>> type) {
    List<String> all = Arrays.stream(type.getEnumConstants()).map(Choice::word).toList();
    return all.size() == 1
        ? all.get(0)
        : String.join(", ", all.subList(0, all.size() - 1)) + " or " + all.get(all.size() - 1);
  }
}
