package dev.ssotguard.server;

import java.io.PrintWriter;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ssot server token create|list|revoke}: the tokens that upload and read. */
@Command(
    name = "token",
    mixinStandardHelpOptions = true,
    versionProvider = ServerVersion.class,
    description = "Create, list and revoke upload and read tokens.")
final class TokenCommand {
  private final Map<String, String> env;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  TokenCommand(Map<String, String> env) {
    this.env = env;
  }

  @Command(
      name = "create",
      description = "Create a token; it is printed once, then only its hash is kept.")
  int create(
      @CommandLine.Mixin DatabaseOptions database,
      @Option(
              names = "--scope",
              required = true,
              paramLabel = "SCOPE",
              description = "OWNER (an organisation), OWNER/NAME (one repository) or * (all).")
          String scope,
      @Option(names = "--label", paramLabel = "TEXT", description = "What the token is for.")
          String label)
      throws Exception {
    if (!Tokens.validScope(scope)) {
      throw new IllegalArgumentException("--scope must be OWNER, OWNER/NAME or *");
    }
    try (Database db = Database.open(database.target(env), 2)) {
      String token =
          new Tokens(db.source()).create(scope, label == null ? "" : Shown.clip(label, 200));
      out().println(token);
      return 0;
    }
  }

  @Command(name = "list", description = "List tokens: id, scope, label, created, revoked.")
  int list(@CommandLine.Mixin DatabaseOptions database) throws Exception {
    try (Database db = Database.open(database.target(env), 2)) {
      PrintWriter out = out();
      out.println("ID\tSCOPE\tLABEL\tCREATED\tREVOKED");
      for (Tokens.Listed t : new Tokens(db.source()).list()) {
        out.println(
            t.id()
                + "\t"
                + t.scope()
                + "\t"
                + Shown.clip(t.label(), 200)
                + "\t"
                + t.created()
                + "\t"
                + (t.revoked() == null ? "-" : t.revoked()));
      }
      return 0;
    }
  }

  @Command(name = "revoke", description = "Revoke a token by its id (from token list).")
  int revoke(
      @CommandLine.Mixin DatabaseOptions database,
      @Parameters(paramLabel = "ID", description = "The token's id.") long id)
      throws Exception {
    try (Database db = Database.open(database.target(env), 2)) {
      if (!new Tokens(db.source()).revoke(id)) {
        spec.commandLine().getErr().println("ssot: no active token with id " + id);
        return 2;
      }
      out().println("revoked token " + id);
      return 0;
    }
  }

  private PrintWriter out() {
    return spec.commandLine().getOut();
  }
}
