package dev.ssotguard.policy;

/** A policy file that cannot be used; the message names the file, line, problem and fix. */
public final class PolicyException extends Exception {
  private static final long serialVersionUID = 1L;

  public PolicyException(String message) {
    super(message);
  }
}
