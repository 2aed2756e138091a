package dev.ssotguard.extract;

import dev.ssotguard.model.Location;

/**
 * The database host an INI config file sets in {@code [options] db_host} (Odoo's format). Whether a
 * tool reads the file is decided later, from the mounts of the service and tools.yaml.
 */
public record ConfigDbHost(String dbHost, Location location) implements SourceFact {}
