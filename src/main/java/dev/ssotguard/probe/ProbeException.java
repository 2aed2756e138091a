package dev.ssotguard.probe;

/** A probe step that failed; the message names the step and never holds a credential. */
public final class ProbeException extends Exception {
  private static final long serialVersionUID = 1L;

  public ProbeException(String message) {
    super(message);
  }
}
