package dev.ssotguard.policy;

import dev.ssotguard.model.Location;
import java.time.LocalDate;

/**
 * A dated exception to one rule for some paths. It suppresses through its {@code expires} day
 * inclusive; after it, or when the date cannot be read, the finding comes back and says so.
 *
 * @param expires the last day it holds, or null when the written date could not be read
 */
public record Waiver(
    String rule,
    Policy.Paths paths,
    String reason,
    String owner,
    LocalDate expires,
    String expiresText,
    Location location) {
  public boolean activeOn(LocalDate today) {
    return expires != null && !today.isAfter(expires);
  }
}
