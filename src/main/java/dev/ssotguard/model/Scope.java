package dev.ssotguard.model;

/** Which environments a rule judges. */
public enum Scope {
  ANY,
  PRODUCTION,
  TEST;

  public boolean includes(Environment environment) {
    return switch (this) {
      case ANY -> true;
      case PRODUCTION -> environment == Environment.PRODUCTION;
      case TEST -> environment == Environment.TEST;
    };
  }

  public String label() {
    return switch (this) {
      case ANY -> "any";
      case PRODUCTION -> "prod";
      case TEST -> "test";
    };
  }
}
