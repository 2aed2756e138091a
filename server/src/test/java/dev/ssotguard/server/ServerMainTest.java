package dev.ssotguard.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
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
  @Timeout(120) // a server that did start would wait for a signal: fail instead of hanging
  void badSettingsExitTwoWithTheFix() throws Exception {
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
    Run unreachable =
        run(
            Map.of("SSOT_DATABASE_PASSWORD", "hunter2-canary"),
            "server",
            "token",
            "list",
            "--database-url",
            "postgresql://ssot:hunter2-canary@127.0.0.1:1/ssot?sslmode=disable");
    assertThat(unreachable.code()).isEqualTo(2);
    assertThat(unreachable.err())
        .contains("cannot use the database at jdbc:postgresql://127.0.0.1:1/ssot (")
        .contains("Fix: check --database-url")
        .doesNotContain("hunter2");
    Path file = temp.resolve("a-file");
    java.nio.file.Files.writeString(file, "not a folder");
    Run dataDir = run(Map.of(), "server", "token", "list", "--data-dir", file.toString());
    assertThat(dataDir.code()).isEqualTo(2);
    assertThat(dataDir.err()).contains("cannot start the embedded PostgreSQL in " + file);
    try (java.net.ServerSocket taken =
        new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      DatabaseTarget db = TestDatabase.fresh();
      Run busy =
          run(
              Map.of(),
              "server",
              "--port",
              String.valueOf(taken.getLocalPort()),
              "--database-url",
              db.jdbcUrl().replace("jdbc:postgresql://", "postgresql://postgres@"));
      assertThat(busy.code()).isEqualTo(2);
      assertThat(busy.err()).contains("cannot listen on 127.0.0.1:" + taken.getLocalPort());
    }
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
