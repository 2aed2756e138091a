package dev.ssotguard.model;

/**
 * A {@code *.db} file mounted into a service whose image keeps another embedded engine's data in
 * such files (knowledge/datastores.yaml {@code db_file_engines}: File Browser's and Portainer's
 * BoltDB), so the mount is not a probable SQLite store.
 *
 * @param location the mount's line
 * @param engine the engine, as running text names it
 */
public record OtherEngineFile(Location location, String engine) implements Fact {}
