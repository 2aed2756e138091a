package dev.ssotguard.server;

import java.time.Duration;

/**
 * How much one process takes in: the largest upload, and how long an upload waits for one of the
 * pool-bounded slots before it is told to retry.
 */
public record UploadLimits(long maxBytes, Duration slotWait) {
  public static final Duration DEFAULT_SLOT_WAIT = Duration.ofSeconds(60);
}
