package dev.ssotguard.scan;

/**
 * A scan that cannot start or go on because of what it was asked (a missing folder, a bad policy,
 * glob, baseline or revision): the message is the line to show the operator, naming the problem and
 * the fix.
 */
public final class ScanException extends Exception {
  private static final long serialVersionUID = 1L;

  public ScanException(String message) {
    super(message);
  }
}
