package dev.ssotguard.connection;

/** Datastore engines ssot-guard tells apart. */
public enum Engine {
  POSTGRESQL("PostgreSQL"),
  MYSQL("MySQL"),
  MARIADB("MariaDB"),
  SQLITE("SQLite"),
  H2("H2"),
  REDIS("Redis"),
  MONGODB("MongoDB"),
  MSSQL("SQL Server"),
  ORACLE("Oracle"),
  CLICKHOUSE("ClickHouse"),
  OTHER("another engine");

  private final String displayName;

  Engine(String displayName) {
    this.displayName = displayName;
  }

  public String displayName() {
    return displayName;
  }
}
