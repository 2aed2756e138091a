package dev.ssotguard.model;

/**
 * A stored routine in SQL written for MySQL/MariaDB.
 *
 * @param kind PROCEDURE, FUNCTION, TRIGGER or EVENT
 * @param name the routine's name as written (upper-cased), or "" when not seen
 * @param dialectEvidence what made the file MySQL (its path, DELIMITER, ENGINE=InnoDB, the MySQL
 *     container it is mounted into), or null while the file alone does not tell
 */
public record MysqlRoutine(
    String kind, String name, Location location, Environment environment, String dialectEvidence)
    implements Fact {
  public MysqlRoutine withEvidence(String evidence) {
    return new MysqlRoutine(kind, name, location, environment, evidence);
  }
}
