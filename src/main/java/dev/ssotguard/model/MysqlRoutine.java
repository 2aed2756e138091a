package dev.ssotguard.model;

/**
 * A stored routine in SQL written for MySQL/MariaDB.
 *
 * @param kind PROCEDURE, FUNCTION, TRIGGER or EVENT
 * @param name the routine's name as written (upper-cased), or "" when not seen
 * @param dialectEvidence what made the file MySQL (its path, DELIMITER, ENGINE=InnoDB, ...)
 */
public record MysqlRoutine(
    String kind, String name, Location location, Environment environment, String dialectEvidence) {}
