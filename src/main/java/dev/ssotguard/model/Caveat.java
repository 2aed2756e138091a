package dev.ssotguard.model;

/** Why a verdict is less than certain; findings that carry one are warnings. */
public enum Caveat {
  /** The value comes from {@code .env.example} (or a sibling) because {@code .env} is absent. */
  EXAMPLE_ENV_FILE,
  /** The knowledge base could not confirm the tool's default store in its documentation. */
  UNCONFIRMED_DEFAULT
}
