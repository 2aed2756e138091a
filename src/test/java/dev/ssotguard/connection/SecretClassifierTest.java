package dev.ssotguard.connection;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ssotguard.knowledge.KnowledgeLoader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The placeholder and switch lists of knowledge/credentials.yaml (RULES.md, SSOT901). */
class SecretClassifierTest {
  private final SecretClassifier secrets = KnowledgeLoader.builtin().secrets();

  @ParameterizedTest
  @ValueSource(
      strings = {
        "changeThisPassword",
        "changeit",
        "REPLACE_WITH_SECRET",
        "replace-me",
        "***REDACTED***",
        "[PASSWORD]",
        "db_password",
        "password_here",
        "your-db-password",
        "__SET_ME__",
        "set-me",
        "enter_your_password",
        "XXXXXXXX",
        "<password>",
        "%s",
        "mysecret"
      })
  void placeholders(String value) {
    assertThat(secrets.classify(value)).isEqualTo(SecretState.PLACEHOLDER);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"s3cr3t-Pass", "Tr0ub4dor&3", "pass_2024", "Seattle2020", "hunter2", "root"})
  void literals(String value) {
    assertThat(secrets.classify(value)).isEqualTo(SecretState.LITERAL);
  }

  @ParameterizedTest
  @CsvSource({
    "MARIADB_RANDOM_ROOT_PASSWORD, yes",
    "MYSQL_ALLOW_EMPTY_PASSWORD, 1",
    "PGADMIN_CONFIG_MASTER_PASSWORD_REQUIRED, False",
    "password_required, true",
    "DB_PASSWORD, false",
    "password_min_length, 12",
    "MYSQL_RANDOM_ROOT_PASSWORD, '\"yes\"'"
  })
  void switchesAreNotSecrets(String key, String value) {
    assertThat(secrets.classify(key, value)).isEqualTo(SecretState.PLACEHOLDER);
  }

  @ParameterizedTest
  @CsvSource({"DB_PASSWORD, 1", "ADMIN_PASSWORD, 123456", "POSTGRES_PASSWORD, yes-really"})
  void passwordsThatLookLikeSwitchesUnderOrdinaryKeysAreLiterals(String key, String value) {
    assertThat(secrets.classify(key, value)).isEqualTo(SecretState.LITERAL);
  }
}
