package dev.ssotguard.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.ssotguard.connection.ConnectionString;
import dev.ssotguard.connection.ConnectionStringParser;
import dev.ssotguard.connection.Engine;
import dev.ssotguard.knowledge.KnowledgeLoader;
import dev.ssotguard.model.Location;
import dev.ssotguard.model.Severity;
import dev.ssotguard.policy.DomainPolicy;
import dev.ssotguard.probe.DnsAnswer;
import dev.ssotguard.probe.DnsCheck;
import dev.ssotguard.probe.LiveFinding;
import dev.ssotguard.probe.Passwords;
import dev.ssotguard.probe.ProbeException;
import dev.ssotguard.probe.ProbeRunner;
import dev.ssotguard.probe.ProbeTextWriter;
import dev.ssotguard.probe.Prober;
import dev.ssotguard.probe.SupersetApi;
import dev.ssotguard.probe.SupersetReport;
import dev.ssotguard.probe.TargetReport;
import dev.ssotguard.probe.UrlPassword;
import dev.ssotguard.report.Display;
import dev.ssotguard.report.ProbeSarifWriter;
import dev.ssotguard.rules.RuleRegistry;
import dev.ssotguard.scan.ScanResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.xbill.DNS.ResolverConfig;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ssot probe}: read-only checks of live endpoints (DNS A/AAAA, TCP, database session). */
@Command(
    name = "probe",
    description =
        "Check live databases read-only: DNS A and AAAA, TCP per address family, and a read-only"
            + " session (version, TLS, provider hints, Superset/n8n/Odoo metadata, MySQL routines).",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:probed, no error-level finding",
      "1:an error-level finding (e.g. SSOT204 routines on MySQL)",
      "2:usage error, or nothing to probe",
      "3:no target could be checked (no DNS answer and no TCP reply from any)"
    })
public final class ProbeCommand implements Callable<Integer> {
  private static final int PARALLEL_TARGETS = 4;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @CommandLine.Mixin ScanOptions options;

  @Option(
      names = "--target",
      paramLabel = "URL",
      description =
          "A PostgreSQL or MySQL/MariaDB URL to probe (repeatable). Without it, or with PATH, the"
              + " targets are the connections of PATH's inventory whose host is written out.")
  List<String> targets = new ArrayList<>();

  @Option(
      names = "--password-env",
      paramLabel = "NAME",
      description =
          "Read the password from this environment variable (default: PGPASSWORD / MYSQL_PWD).")
  String passwordEnv;

  @Option(
      names = "--password-host",
      paramLabel = "HOST",
      description =
          "A host that the password from --password-env, --password-file, PGPASSWORD or MYSQL_PWD"
              + " may be sent to (repeatable). The hosts of --target URLs are named already; hosts"
              + " read from the repository get no password unless named here (or in ~/.pgpass).")
  List<String> passwordHosts = new ArrayList<>();

  @Option(
      names = "--superset",
      paramLabel = "URL",
      description =
          "Also read Superset's datasources through its REST API (token from --superset-token-env,"
              + " or SUPERSET_USERNAME/SUPERSET_PASSWORD).")
  String supersetUrl;

  @Option(
      names = "--superset-token-env",
      paramLabel = "NAME",
      defaultValue = "SUPERSET_TOKEN",
      description = "The variable holding a Superset access token (default: ${DEFAULT-VALUE}).")
  String supersetTokenEnv;

  @Option(
      names = "--password-file",
      paramLabel = "FILE",
      description = "Read the password from this file (as the images' *_FILE variables do).")
  Path passwordFile;

  @Option(
      names = "--dns-server",
      paramLabel = "HOST[:PORT]",
      description = "The resolver to ask (default: the system's first nameserver).")
  String dnsServer;

  @Option(
      names = "--timeout",
      paramLabel = "SECONDS",
      defaultValue = "3",
      description =
          "Limit for each DNS question, TCP connect and statement (default: ${DEFAULT-VALUE}).")
  int timeoutSeconds;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      converter = ProbeFormat.Converter.class,
      description = "text, json or sarif (default: text).")
  ProbeFormat format = ProbeFormat.TEXT;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    if (timeoutSeconds < 1 || timeoutSeconds > 60) {
      err.println("ssot: --timeout must be 1 to 60 seconds. Fix: e.g. --timeout 3");
      return Main.USAGE;
    }
    Optional<InetSocketAddress> resolver = resolver(err);
    if (resolver.isEmpty()) {
      return Main.USAGE;
    }
    if (passwordEnv != null && System.getenv(passwordEnv) == null) {
      err.println(
          "ssot: --password-env "
              + Display.text(passwordEnv)
              + " is not set. Fix: export it, or leave the option out");
      return Main.USAGE;
    }
    Duration timeout = Duration.ofSeconds(timeoutSeconds);
    // A URL that does not parse is not echoed: it may carry a password in its user-info.
    Optional<URI> supersetUri = Optional.empty();
    if (supersetUrl != null) {
      try {
        URI uri = new URI(supersetUrl);
        boolean web = "http".equals(uri.getScheme()) || "https".equals(uri.getScheme());
        if (!web || uri.getHost() == null) {
          throw new URISyntaxException("(not shown)", "not an http(s) URL with a host");
        }
        supersetUri = Optional.of(uri);
      } catch (URISyntaxException e) {
        err.println("ssot: --superset is not a URL. Fix: e.g. --superset https://bi.example.com");
        return Main.USAGE;
      }
    }
    ConnectionStringParser parser = KnowledgeLoader.builtin().connectionParser();
    List<ProbeRunner.Job> jobs = new ArrayList<>();
    // Where each job's target is written in the repository (null for --target), by job index.
    List<Location> declaredAt = new ArrayList<>();
    String rootUri = null;
    List<String> namedHosts = new ArrayList<>(passwordHosts);
    for (String url : targets) {
      Optional<ProbeRunner.Job> job = targetJob(url, parser, err);
      if (job.isEmpty()) {
        return Main.USAGE;
      }
      jobs.add(job.get());
      declaredAt.add(null);
      namedHosts.add(job.get().target().host());
    }
    Prober prober =
        new Prober(
            new DnsCheck(resolver.get(), timeout),
            timeout,
            new Passwords(
                System.getenv(),
                passwordEnv,
                passwordFile,
                Path.of(System.getProperty("user.home")),
                namedHosts));
    boolean inventory = targets.isEmpty() && supersetUrl == null;
    if (inventory || spec.commandLine().getParseResult().hasMatchedPositional(0)) {
      Optional<ScanResult> run = options.run(err);
      if (run.isEmpty()) {
        return Main.USAGE;
      }
      if (InventoryTargets.of(run.get().model()).isEmpty() && targets.isEmpty()) {
        err.println(
            "ssot: nothing to probe: "
                + run.get().root()
                + " names no database host written out (variables are not probed). Fix: pass"
                + " --target URL");
        return Main.USAGE;
      }
      rootUri = run.get().root().toUri().toString();
      for (InventoryTargets.Target t : InventoryTargets.of(run.get().model())) {
        jobs.add(
            new ProbeRunner.Job(
                t.target(), null, t.ipv4OnlyClients(), run.get().model().policy().domains()));
        declaredAt.add(t.declaredAt());
      }
    }
    SupersetSection superset = supersetUri.map(uri -> superset(uri, timeout, parser)).orElse(null);
    // Each step has its own timeout; the deadline only catches what slips through them.
    List<TargetReport> reports =
        new ProbeRunner(prober, PARALLEL_TARGETS, timeout.multipliedBy(8)).run(jobs);
    if (format == ProbeFormat.SARIF) {
      List<ProbeSarifWriter.LiveResult> results = new ArrayList<>();
      for (int i = 0; i < reports.size(); i++) {
        for (LiveFinding f : reports.get(i).findings()) {
          results.add(
              new ProbeSarifWriter.LiveResult(
                  f.ruleId(), f.severity(), f.message(), declaredAt.get(i)));
        }
      }
      if (superset != null) {
        for (SupersetReport d : superset.datasources()) {
          for (LiveFinding f : d.findings()) {
            results.add(
                new ProbeSarifWriter.LiveResult(f.ruleId(), f.severity(), f.message(), null));
          }
        }
      }
      PrintWriter out = spec.commandLine().getOut();
      out.print(
          new ProbeSarifWriter()
              .sarif(results, new RuleRegistry().infos(), VersionProvider.version(), rootUri));
      out.flush();
    } else {
      write(reports, superset);
    }
    if (!jobs.isEmpty() && reports.stream().noneMatch(ProbeCommand::checked)) {
      err.println(
          "ssot: no target could be checked ("
              + reports.size()
              + " tried; no DNS answer and no TCP reply). Fix: check the network, --dns-server and"
              + " --timeout");
      return Main.INTERNAL;
    }
    boolean errors =
        Stream.concat(
                reports.stream().flatMap(r -> r.findings().stream()),
                superset == null
                    ? Stream.empty()
                    : superset.datasources().stream().flatMap(d -> d.findings().stream()))
            .anyMatch(f -> f.severity() == Severity.ERROR);
    return errors ? Main.FINDINGS : Main.CLEAN;
  }

  /** Whether the probe learned anything of a target: a DNS answer or a TCP reply. */
  private static boolean checked(TargetReport r) {
    boolean answered =
        r.dns().stream()
            .anyMatch(
                a ->
                    a.outcome() != DnsAnswer.Outcome.TIMEOUT
                        && a.outcome() != DnsAnswer.Outcome.FAILED);
    boolean replied =
        r.tcp().stream().anyMatch(t -> t.outcome().equals("open") || t.outcome().equals("refused"));
    return answered || replied;
  }

  /** The Superset part of the report (JSON {@code "superset"}). */
  record SupersetSection(String url, List<SupersetReport> datasources, String error) {}

  private static Optional<ProbeRunner.Job> targetJob(
      String url, ConnectionStringParser parser, PrintWriter err) {
    Optional<String> problem = TargetUrl.problem(url);
    if (problem.isPresent()) {
      err.println(
          "ssot: --target "
              + problem.get()
              + ". Fix: write e.g. postgresql://user@host:5432/db (percent-encode reserved"
              + " characters)");
      return Optional.empty();
    }
    Optional<ConnectionString> cs = parser.parse(url);
    if (cs.isEmpty()
        || cs.get().host().isEmpty()
        || (cs.get().engine() != Engine.POSTGRESQL
            && cs.get().engine() != Engine.MYSQL
            && cs.get().engine() != Engine.MARIADB)) {
      err.println(
          "ssot: --target is not a PostgreSQL or MySQL/MariaDB URL with a host. Fix: write e.g."
              + " postgresql://user@host:5432/db");
      return Optional.empty();
    }
    Optional<String> inUrl = UrlPassword.of(url);
    if (inUrl.isPresent()) {
      err.println(
          "ssot: warning: the password in --target "
              + cs.get().redacted()
              + " is visible to other users of this machine; prefer --password-env");
    }
    return Optional.of(
        new ProbeRunner.Job(cs.get(), inUrl.orElse(null), List.of(), DomainPolicy.builtin()));
  }

  private SupersetSection superset(URI uri, Duration timeout, ConnectionStringParser parser) {
    String url = SupersetApi.displayUrl(uri);
    try {
      return new SupersetSection(
          url, SupersetApi.probe(uri, timeout, System.getenv(), supersetTokenEnv, parser), null);
    } catch (ProbeException e) {
      return new SupersetSection(url, List.of(), e.getMessage());
    }
  }

  private void write(List<TargetReport> reports, SupersetSection superset) throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    if (format == ProbeFormat.JSON) {
      Map<String, Object> doc = new LinkedHashMap<>();
      doc.put("schemaVersion", 1);
      doc.put("targets", reports);
      if (superset != null) {
        doc.put("superset", superset);
      }
      out.println(
          new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(doc));
    } else {
      ProbeTextWriter text = new ProbeTextWriter();
      out.print(text.text(reports));
      if (superset != null) {
        out.print(text.superset(superset.url(), superset.datasources(), superset.error()));
      }
    }
    out.flush();
  }

  private Optional<InetSocketAddress> resolver(PrintWriter err) {
    if (dnsServer != null) {
      int colon = dnsServer.lastIndexOf(':');
      try {
        return colon > 0 && !dnsServer.contains("]") && dnsServer.indexOf(':') == colon
            ? Optional.of(
                new InetSocketAddress(
                    dnsServer.substring(0, colon),
                    Integer.parseInt(dnsServer.substring(colon + 1))))
            : Optional.of(new InetSocketAddress(dnsServer, 53));
      } catch (IllegalArgumentException e) {
        err.println(
            "ssot: --dns-server '"
                + dnsServer
                + "' is not HOST[:PORT]. Fix: e.g. --dns-server 1.1.1.1");
        return Optional.empty();
      }
    }
    List<InetSocketAddress> servers = ResolverConfig.getCurrentConfig().servers();
    if (servers.isEmpty()) {
      err.println("ssot: no DNS resolver is configured. Fix: pass --dns-server HOST[:PORT]");
      return Optional.empty();
    }
    return Optional.of(servers.get(0));
  }
}
