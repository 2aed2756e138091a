package dev.ssotguard.model;

import java.util.Locale;

/** The environment a file or setting belongs to; production is the strict default. */
public enum Environment {
  PRODUCTION,
  DEVELOPMENT,
  TEST;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
