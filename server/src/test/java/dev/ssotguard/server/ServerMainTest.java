package dev.ssotguard.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The server's command line: bad values exit 2 naming the fix; tokens are managed from it. */
class ServerMainTest {
  @TempDir Path temp;

  record Run(int code, String out, String err) {}

  private static Run run(Map<String, String> env, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = ServerMain.run(args, env, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void badSettingsExitTwoWithTheFix() {
    Run sqlite = run(Map.of("SSOT_DATABASE_URL", "sqlite:///tmp/ssot.db"), "server");
    assertThat(sqlite.code()).isEqualTo(2);
    assertThat(sqlite.err()).contains("PostgreSQL only");
    Run seed = run(Map.of("SSOT_SERVER_TOKEN", "short"), "server", "--port", "0");
    assertThat(seed.code()).isEqualTo(2);
    assertThat(seed.err()).contains("SSOT_SERVER_TOKEN must be 24 to 512");
    Run port = run(Map.of(), "server", "--port", "70000");
    assertThat(port.code()).isEqualTo(2);
    Run unknown = run(Map.of(), "server", "--prot", "1");
    assertThat(unknown.code()).isEqualTo(2);
    Run scope = run(Map.of(), "server", "token", "create", "--scope", "a b");
    assertThat(scope.code()).isEqualTo(2);
    assertThat(scope.err()).contains("--scope must be OWNER, OWNER/NAME or *");
  }

  @Test
  void tokensAreCreatedListedAndRevokedOnTheServersDatabase() {
    DatabaseTarget db = TestDatabase.fresh();
    String url = db.jdbcUrl().replace("jdbc:postgresql://", "postgresql://postgres@");
    Run created =
        run(
            Map.of(),
            "server",
            "token",
            "create",
            "--scope",
            "acme",
            "--label",
            "ci",
            "--database-url",
            url);
    assertThat(created.code()).as(created.err()).isZero();
    String token = created.out().strip();
    assertThat(token).matches("ssot_[A-Za-z0-9_-]{43}");
    Run listed = run(Map.of("SSOT_DATABASE_URL", url), "server", "token", "list");
    assertThat(listed.out()).contains("acme\tci").doesNotContain(token);
    assertThat(run(Map.of("SSOT_DATABASE_URL", url), "server", "token", "revoke", "1").code())
        .isZero();
    Run again = run(Map.of("SSOT_DATABASE_URL", url), "server", "token", "revoke", "1");
    assertThat(again.code()).isEqualTo(2);
    assertThat(again.err()).contains("no active token with id 1");
  }
}
