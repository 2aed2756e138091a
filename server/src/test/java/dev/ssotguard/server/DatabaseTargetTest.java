package dev.ssotguard.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DatabaseTargetTest {
  @Test
  void aLibpqUrlBecomesJdbcWithTheLoginApart() {
    DatabaseTarget t =
        DatabaseTarget.of(
            "postgresql://ssot.abcdefghijklmnopqrst:s%40cret@aws-0-eu-central-1.pooler.supabase.com:6543/postgres?prepareThreshold=0",
            Optional.empty());
    assertThat(t.jdbcUrl())
        .isEqualTo(
            "jdbc:postgresql://aws-0-eu-central-1.pooler.supabase.com:6543/postgres?prepareThreshold=0");
    assertThat(t.login().getProperty("user")).isEqualTo("ssot.abcdefghijklmnopqrst");
    assertThat(t.login().getProperty("password")).isEqualTo("s@cret");
    assertThat(t.describe()).doesNotContain("cret").doesNotContain("prepareThreshold");
    assertThat(t.toString()).doesNotContain("cret");
  }

  @Test
  void thePasswordVariableWinsAndJdbcUrlsPassThrough() {
    DatabaseTarget t =
        DatabaseTarget.of("jdbc:postgresql://db:5432/ssot?user=ssot", Optional.of("from-env"));
    assertThat(t.jdbcUrl()).isEqualTo("jdbc:postgresql://db:5432/ssot?user=ssot");
    assertThat(t.login().getProperty("password")).isEqualTo("from-env");
    assertThat(DatabaseTarget.of("jdbc:postgresql://u:pw@db:5432/x", Optional.empty()).describe())
        .isEqualTo("jdbc:postgresql://db:5432/x");
  }

  @Test
  void anythingButPostgresqlIsRefusedWithTheFix() {
    for (String url : new String[] {"sqlite:///data/ssot.db", "jdbc:h2:mem:x", "mysql://db/x"}) {
      assertThatThrownBy(() -> DatabaseTarget.of(url, Optional.empty()))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("PostgreSQL only");
    }
    assertThatThrownBy(() -> DatabaseTarget.of("postgresql://user@/db", Optional.empty()))
        .hasMessageContaining("names no host");
  }

  @Test
  void noUrlMeansEmbeddedUnderTheDataDirectory() {
    DatabaseTarget t = DatabaseTarget.embedded(Path.of("/srv/ssot"));
    assertThat(t.embedded()).isTrue();
    assertThat(t.describe()).isEqualTo("embedded PostgreSQL in /srv/ssot");
  }
}
