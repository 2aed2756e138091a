package dev.ssotguard.extract;

import dev.ssotguard.model.Location;

/**
 * The database host an Odoo configuration file ({@code [options] db_host}) sets. The official
 * image's entrypoint prefers it to the {@code HOST} variable (DOMAIN.md §5).
 */
public record OdooConfig(String dbHost, Location location) {}
