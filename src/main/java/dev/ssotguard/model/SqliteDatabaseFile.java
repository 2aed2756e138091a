package dev.ssotguard.model;

/** A tracked file whose content is a SQLite database (by its header, whatever its name). */
public record SqliteDatabaseFile(Location location) implements Fact {}
