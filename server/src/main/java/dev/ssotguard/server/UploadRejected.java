package dev.ssotguard.server;

/** An upload the server refuses: the HTTP status and a message naming the problem and the fix. */
public final class UploadRejected extends Exception {
  private static final long serialVersionUID = 1L;
  private final int status;

  public UploadRejected(int status, String message) {
    super(message);
    this.status = status;
  }

  public int status() {
    return status;
  }
}
