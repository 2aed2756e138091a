package dev.ssotguard.model;

/**
 * A config file's setting that names a database host ({@code db_host} in odoo.conf), whether or not
 * a service in the repository mounts the file: deployed config that connects somewhere.
 *
 * @param setting the setting's name as written
 */
public record DatabaseHostSetting(
    Location location, Environment environment, String setting, String host) implements Fact {}
