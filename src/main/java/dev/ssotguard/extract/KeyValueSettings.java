package dev.ssotguard.extract;

import dev.ssotguard.connection.ConnectionString;
import dev.ssotguard.connection.ConnectionStringParser;
import dev.ssotguard.connection.Engine;
import dev.ssotguard.connection.Hosts;
import dev.ssotguard.connection.SecretClassifier;
import dev.ssotguard.connection.SecretState;
import dev.ssotguard.knowledge.EngineSettings;
import dev.ssotguard.model.Credential;
import dev.ssotguard.model.DatastoreUse;
import dev.ssotguard.model.Location;
import dev.ssotguard.model.PasswordSite;
import dev.ssotguard.model.TlsSetting;
import java.util.List;
import java.util.Locale;

/**
 * Reads database settings out of key/value scopes (a dotenv file, a compose service's environment,
 * an INI section, a properties file, a YAML map): literal passwords (SSOT901) and TLS modes
 * (SSOT902), with the host named in the same scope.
 */
final class KeyValueSettings {
  private static final List<String> DB_TOKENS =
      List.of(
          "db",
          "database",
          "postgres",
          "pg",
          "mysql",
          "maria",
          "sql",
          "supabase",
          "datasource",
          "mongo");

  /** One setting of a scope. */
  record Setting(String key, String value, Location location) {}

  private final SecretClassifier secrets;
  private final EngineSettings engines;
  private final ConnectionStringParser parser;

  KeyValueSettings(SecretClassifier secrets, EngineSettings engines) {
    this.secrets = secrets;
    this.engines = engines;
    this.parser = new ConnectionStringParser(secrets);
  }

  /**
   * Reads environment variables (a compose service's {@code environment:}, a dotenv file): what
   * {@link #read} reads, and values that name an app's SQLite file ({@code SQLITE_PATH=...}, {@code
   * DATABASE_URL=file:./app.db}, a {@code .db} path as a probable one). Only environment variables:
   * in an ORM's own config the same keys are its extractor's.
   */
  void readEnvironment(List<Setting> scope, String scopeName, FactsBuilder out) {
    read(scope, false, scopeName, out);
    // One app choosing SQLite is one finding: its engine setting (DB_TYPE=sqlite), else the first
    // file it names.
    if (scope.stream().anyMatch(s -> engines.envChoosesSqlite(s.key(), s.value()))) {
      return;
    }
    for (Setting s : scope) {
      EngineSettings.SqliteFile file = engines.envSqliteFile(s.key(), s.value());
      if (file == EngineSettings.SqliteFile.NO) {
        continue;
      }
      String value = s.value().trim();
      ConnectionString url = value.startsWith("file:") ? parser.fileUrl(value) : null;
      out.add(
          new DatastoreUse(
              Engine.SQLITE,
              url,
              s.location(),
              out.environment(),
              (url != null ? "file URL in " + s.key() : s.key() + "=" + value) + scopeName,
              url != null && url.inMemory(),
              false,
              List.of(),
              file == EngineSettings.SqliteFile.PROBABLY));
      return;
    }
  }

  /**
   * @param databaseScope true when every key of the scope is about a database (odoo.conf [options],
   *     a database.yml section), so a bare {@code password} key counts
   */
  void read(List<Setting> scope, boolean databaseScope, String scopeName, FactsBuilder out) {
    String host = hostOf(scope, databaseScope);
    for (Setting s : scope) {
      String key = normalize(s.key());
      if (engines.envChoosesSqlite(s.key(), s.value())) {
        // An app outside the knowledge base choosing SQLite by its own setting
        // (SHOP_DB_TYPE=sqlite);
        // a tool's own setting is its rule's (the tool resolver claims that line).
        out.add(
            new DatastoreUse(
                Engine.SQLITE,
                null,
                s.location(),
                out.environment(),
                s.key() + "=" + s.value().trim() + scopeName,
                false,
                false,
                List.of()));
      }
      if (isPasswordKey(key, databaseScope)
          && secrets.classify(s.key(), s.value()) == SecretState.LITERAL) {
        out.add(
            new Credential(
                s.location(),
                out.environment(),
                new PasswordSite.InSetting(s.key(), scopeName),
                host,
                Hosts.isRemote(host),
                out.file.tracked(),
                "setting:" + scopeName + ":" + s.key(),
                Credential.sameValueOf(s.value())));
      }
      if ((key.equals("pgsslmode")
              || key.equals("db_sslmode")
              || key.endsWith("_sslmode")
              || key.equals("sslmode"))
          && s.value() != null
          && !s.value().isBlank()) {
        out.add(
            new TlsSetting(
                s.location(), out.environment(), s.value().trim(), host, s.key() + scopeName));
      }
    }
  }

  static boolean isPasswordKey(String key, boolean databaseScope) {
    boolean password =
        key.contains("password")
            || key.contains("passwd")
            || key.endsWith("_pwd")
            || key.endsWith("_pass")
            || key.equals("pwd");
    if (!password
        || key.endsWith("_file")
        || key.contains("hash")
        || key.contains("admin_password")
        || key.contains("keycloak_admin")
        || key.contains("secret_key")) {
      return false;
    }
    if (databaseScope) {
      return true;
    }
    for (String token : DB_TOKENS) {
      if (key.startsWith(token)
          || key.contains("_" + token)
          || key.contains(token + "_")
          || key.contains("." + token)) {
        return true;
      }
    }
    return key.equals("pgpassword");
  }

  private static String hostOf(List<Setting> scope, boolean databaseScope) {
    for (Setting s : scope) {
      String key = normalize(s.key());
      boolean hostKey =
          key.equals("pghost")
              || (key.equals("host") && databaseScope)
              || key.equals("db_host")
              || ((key.endsWith("host") || key.endsWith("hostname") || key.endsWith("_server"))
                  && (isPasswordKey(key.replace("host", "password"), databaseScope)
                      || key.startsWith("db")));
      if (hostKey && s.value() != null && !s.value().isBlank()) {
        return s.value().trim();
      }
    }
    return "";
  }

  static String normalize(String key) {
    return key.toLowerCase(Locale.ROOT).replace('-', '_');
  }
}
