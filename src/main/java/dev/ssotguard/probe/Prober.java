package dev.ssotguard.probe;

import dev.ssotguard.connection.ConnectionString;
import dev.ssotguard.connection.Engine;
import dev.ssotguard.policy.DomainPolicy;
import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.regex.Pattern;

/** DNS, then TCP per address, then a read-only database session over the first open address. */
public final class Prober {
  private static final Pattern IP_LITERAL = Pattern.compile("[0-9.]+|\\[?[0-9a-fA-F:]+\\]?");
  private static final int ADDRESSES_PER_FAMILY = 2;

  private final DnsCheck dns;
  private final TcpCheck tcp;
  private final Duration timeout;

  private final Passwords passwords;

  public Prober(DnsCheck dns, Duration timeout, Passwords passwords) {
    this.dns = dns;
    this.passwords = passwords;
    this.tcp = new TcpCheck(timeout);
    this.timeout = timeout;
  }

  /**
   * One target to probe.
   *
   * @param password the one written in the target URL, or null to look it up in {@link Passwords}
   * @param ipv4OnlyClients the repository's clients of this target that have no IPv6
   * @param domains the policy's §1 table (built in, or the scanned repository's)
   */
  public TargetReport probe(
      ConnectionString target,
      String password,
      List<String> ipv4OnlyClients,
      DomainPolicy domains) {
    String host = target.host();
    Engine engine = target.engine();
    int port = target.port() > 0 ? target.port() : engine == Engine.POSTGRESQL ? 5432 : 3306;
    List<DnsAnswer> answers = new ArrayList<>();
    List<String> addresses = new ArrayList<>();
    if (IP_LITERAL.matcher(host).matches()) {
      addresses.add(host.replace("[", "").replace("]", ""));
    } else if (host.equalsIgnoreCase("localhost")) {
      addresses.addAll(localhost());
    } else {
      answers.addAll(dns.resolve(host));
      for (DnsAnswer a : answers) {
        addresses.addAll(a.addresses().stream().limit(ADDRESSES_PER_FAMILY).toList());
      }
    }
    List<TcpCheck.Result> reached = new ArrayList<>();
    for (String address : addresses) {
      reached.add(tcp.connect(address, port));
    }
    BiFunction<DatabaseReport, String, TargetReport> report =
        (db, error) ->
            new TargetReport(
                target.redacted(),
                name(engine),
                host,
                port,
                answers,
                reached,
                db,
                error,
                ipv4OnlyClients,
                LiveRules.judge(host, answers, db, ipv4OnlyClients, domains));
    Optional<TcpCheck.Result> open =
        reached.stream().filter(r -> r.outcome().equals("open")).findFirst();
    if (open.isEmpty()) {
      return report.apply(
          null, "no address accepted a TCP connection; the database session was not tried");
    }
    String database =
        target.database() == null || target.database().isEmpty()
            ? (engine == Engine.POSTGRESQL ? "postgres" : "")
            : target.database();
    String user =
        target.user() == null || target.user().isEmpty()
            ? (engine == Engine.POSTGRESQL ? "postgres" : "root")
            : target.user();
    String secret = password;
    if (secret == null) {
      try {
        secret = passwords.forLogin(engine, host, port, database, user).orElse(null);
      } catch (IOException e) {
        return report.apply(null, "the password could not be read: " + e.getMessage());
      }
    }
    DatabaseLogin login =
        new DatabaseLogin(open.get().address(), port, database, user, secret, timeout);
    try {
      login.check();
      return report.apply(
          engine == Engine.POSTGRESQL
              ? new PostgresProbe().probe(login)
              : new MysqlProbe().probe(login),
          null);
    } catch (ProbeException e) {
      Optional<String> withheld =
          secret == null ? passwords.withheldFrom(engine, host) : Optional.empty();
      return report.apply(
          null,
          e.getMessage()
              + withheld
                  .map(
                      source ->
                          "; the password from "
                              + source
                              + " was not sent: this host comes from the repository, not from"
                              + " the operator (name it with --password-host, or bind it in"
                              + " ~/.pgpass)")
                  .orElse(""));
    }
  }

  private static List<String> localhost() {
    try {
      List<String> out = new ArrayList<>();
      for (InetAddress a : InetAddress.getAllByName("localhost")) {
        out.add(a.getHostAddress());
      }
      return out;
    } catch (UnknownHostException e) {
      return List.of("127.0.0.1");
    }
  }

  private static String name(Engine engine) {
    return engine.name().toLowerCase(Locale.ROOT);
  }
}
