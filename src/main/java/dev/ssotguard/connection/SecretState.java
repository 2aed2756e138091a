package dev.ssotguard.connection;

/** What a password slot holds; the value itself is never kept. */
public enum SecretState {
  ABSENT,
  PLACEHOLDER,
  VARIABLE,
  LITERAL
}
