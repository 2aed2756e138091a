package dev.ssotguard.model;

import java.util.List;

/**
 * One variable of a container's environment after Compose resolved it.
 *
 * @param value the value, with any part that could not be resolved left as {@code ${NAME}}; null
 *     when the whole value comes from outside the repository (a shell pass-through)
 * @param complete whether every part of the value is known
 * @param location where the value is written (the compose line or the env_file line)
 * @param evidence the {@code .env} lines that supplied interpolated parts
 * @param lowConfidence a part came from {@code .env.example} because {@code .env} is absent
 * @param origin where the value's text is written: the {@code .env} line when the setting is a
 *     single {@code ${VAR}} reference, else {@code location}
 */
public record EnvValue(
    String name,
    String value,
    boolean complete,
    Location location,
    List<Evidence> evidence,
    boolean lowConfidence,
    Location origin) {
  public EnvValue {
    evidence = List.copyOf(evidence);
    origin = origin == null ? location : origin;
  }

  public EnvValue(
      String name,
      String value,
      boolean complete,
      Location location,
      List<Evidence> evidence,
      boolean lowConfidence) {
    this(name, value, complete, location, evidence, lowConfidence, location);
  }

  public boolean known() {
    return value != null && complete;
  }
}
