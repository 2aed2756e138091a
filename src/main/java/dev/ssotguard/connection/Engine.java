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
  ELASTICSEARCH("Elasticsearch/OpenSearch"),
  KAFKA("Kafka"),
  RABBITMQ("RabbitMQ"),
  NATS("NATS"),
  OBJECT_STORAGE("object storage"),
  CASSANDRA("Cassandra"),
  COUCHDB("CouchDB"),
  INFLUXDB("InfluxDB"),
  NEO4J("Neo4j"),
  MEMCACHED("Memcached"),
  ARANGODB("ArangoDB"),
  RETHINKDB("RethinkDB"),
  SURREALDB("SurrealDB"),
  OTHER("another engine");

  private final String displayName;

  Engine(String displayName) {
    this.displayName = displayName;
  }

  public String displayName() {
    return displayName;
  }

  public boolean isMysqlFamily() {
    return this == MYSQL || this == MARIADB;
  }
}
