package dev.ssotguard.formats.yaml;

/**
 * A scalar; {@code value} is null for YAML null.
 *
 * @param quoted whether the scalar was written in quotes (then it is a string, not a null or
 *     number)
 */
public record YScalar(String value, boolean quoted, int line, int column) implements YNode {}
