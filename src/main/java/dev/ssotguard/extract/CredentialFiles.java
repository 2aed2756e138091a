package dev.ssotguard.extract;

import dev.ssotguard.connection.Engine;
import dev.ssotguard.connection.Hosts;
import dev.ssotguard.connection.SecretClassifier;
import dev.ssotguard.connection.SecretState;
import dev.ssotguard.formats.ParseException;
import dev.ssotguard.formats.hcl.HclBody;
import dev.ssotguard.formats.hcl.HclParser;
import dev.ssotguard.formats.pgpass.PgpassLine;
import dev.ssotguard.model.Credential;
import dev.ssotguard.model.DatabaseFirewall;
import dev.ssotguard.model.DeployedDatastore;
import dev.ssotguard.model.ManagedCluster;
import dev.ssotguard.model.PasswordSite;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Files whose whole purpose is holding credentials or infrastructure settings: libpq's {@code
 * .pgpass} and Terraform ({@code .tf}, {@code .tfvars}) password arguments. Terraform is read line
 * by line here (no evaluation); its full structure is the HCL parser's job.
 */
final class CredentialFiles {
  private static final Pattern RESOURCE =
      Pattern.compile("^\\s*(?:resource|data|module)\\s+\"([^\"]+)\"");
  private static final Pattern STRING_ARGUMENT =
      Pattern.compile("^\\s*([A-Za-z_][A-Za-z0-9_-]*)\\s*=\\s*\"([^\"]*)\"");
  private static final Pattern FILE_FUNCTION =
      Pattern.compile("(?:file|templatefile)\\(\\s*\"([^\"]+)\"");
  private static final List<String> DATABASE_RESOURCE_TOKENS =
      List.of("db", "database", "sql", "rds", "postgres", "mysql", "maria", "redshift", "aurora");

  private CredentialFiles() {}

  /** {@code hostname:port:database:username:password} lines (backslash escapes {@code :}). */
  static void pgpass(String source, FactsBuilder out, SecretClassifier secrets) {
    String[] lines = source.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      List<String> fields = PgpassLine.split(line);
      if (fields.size() != 5 || secrets.classify(fields.get(4)) != SecretState.LITERAL) {
        continue;
      }
      String host = fields.get(0).equals("*") ? "" : fields.get(0);
      int column = lines[i].indexOf(line) + line.length() - fields.get(4).length() + 1;
      out.add(
          new Credential(
              out.at(i + 1, Math.max(1, column)),
              out.environment(),
              new PasswordSite.InPgpass(fields.get(3)),
              host,
              Hosts.isRemote(host),
              out.file.tracked(),
              "pgpass:" + fields.get(3) + "@" + host));
    }
  }

  /**
   * Droplets, connection pools, database clusters and firewalls of a Terraform file (HCL2, not
   * evaluated).
   */
  static InfrastructureInfo infrastructure(String source, FactsBuilder out) throws ParseException {
    List<InfrastructureInfo.Droplet> droplets = new ArrayList<>();
    List<InfrastructureInfo.Pool> pools = new ArrayList<>();
    List<ManagedCluster> clusters = new ArrayList<>();
    List<DatabaseFirewall> firewalls = new ArrayList<>();
    HclBody file = HclParser.parse(source);
    for (HclBody.Block b : file.blocks()) {
      boolean resource = b.type().equals("resource");
      boolean data = b.type().equals("data");
      if ((!resource && !data) || b.labels().size() != 2) {
        continue;
      }
      String type = b.labels().get(0);
      String label = b.labels().get(1);
      HclBody body = b.body();
      switch (type) {
        case "digitalocean_droplet" -> {
          HclBody.Attribute ipv6 = body.attribute("ipv6");
          List<String> files = new ArrayList<>();
          HclBody.Attribute userData = body.attribute("user_data");
          if (userData != null) {
            Matcher m = FILE_FUNCTION.matcher(userData.expression());
            if (m.find()) {
              String path = m.group(1).replace("${path.module}/", "").replace("${path.root}/", "");
              files.add(join(out.file.directory(), path));
            }
          }
          droplets.add(
              new InfrastructureInfo.Droplet(
                  label,
                  ipv6 != null && ipv6.expression().equals("true"),
                  out.at(ipv6 != null ? ipv6.line() : b.line(), 1),
                  files));
        }
        case "digitalocean_database_connection_pool" -> {
          HclBody.Attribute mode = body.attribute("mode");
          String name = body.attribute("name") == null ? null : body.attribute("name").string();
          if (name != null && mode != null && mode.string() != null) {
            pools.add(
                new InfrastructureInfo.Pool(
                    name, mode.string(), out.at(mode.valueLine(), mode.valueColumn())));
          }
        }
        case "digitalocean_database_cluster" -> {
          HclBody.Attribute engine = body.attribute("engine");
          String name = body.attribute("name") == null ? null : body.attribute("name").string();
          String address = (data ? "data." : "") + type + "." + label;
          clusters.add(
              new ManagedCluster(
                  address,
                  name,
                  engine == null ? null : engine.string(),
                  out.at(b.line(), b.column()),
                  out.environment(),
                  resource));
          Engine e = managedEngine(engine == null ? null : engine.string());
          if (resource && e != null) {
            out.add(
                new DeployedDatastore(
                    e,
                    name == null ? label : name,
                    out.at(engine.valueLine(), engine.valueColumn()),
                    out.environment(),
                    "Terraform digitalocean_database_cluster"));
          }
        }
        case "digitalocean_database_firewall" -> {
          HclBody.Attribute cluster = body.attribute("cluster_id");
          List<DatabaseFirewall.Rule> rules = new ArrayList<>();
          for (HclBody.Block rule : body.blocks("rule")) {
            HclBody.Attribute ruleType = rule.body().attribute("type");
            HclBody.Attribute value = rule.body().attribute("value");
            if (ruleType != null && value != null) {
              rules.add(
                  new DatabaseFirewall.Rule(
                      String.valueOf(ruleType.string()),
                      value.string() == null ? value.expression() : value.string(),
                      out.at(value.valueLine(), value.valueColumn())));
            }
          }
          firewalls.add(
              new DatabaseFirewall(
                  cluster == null ? "" : cluster.expression(),
                  rules,
                  out.at(b.line(), b.column()),
                  out.environment()));
        }
        default -> {}
      }
    }
    return new InfrastructureInfo(droplets, pools, clusters, firewalls);
  }

  /** DigitalOcean's managed engines (Terraform {@code engine}, App Platform {@code engine}). */
  static Engine managedEngine(String engine) {
    if (engine == null) {
      return null;
    }
    return switch (engine.toLowerCase(Locale.ROOT)) {
      case "pg", "postgres", "postgresql" -> Engine.POSTGRESQL;
      case "mysql" -> Engine.MYSQL;
      case "redis", "valkey" -> Engine.REDIS;
      case "mongodb" -> Engine.MONGODB;
      case "kafka" -> Engine.KAFKA;
      case "opensearch" -> Engine.ELASTICSEARCH;
      default -> null;
    };
  }

  private static String join(String dir, String path) {
    String joined = dir.isEmpty() || path.startsWith("/") ? path : dir + "/" + path;
    return java.nio.file.Path.of(joined).normalize().toString().replace('\\', '/');
  }

  /**
   * String arguments of each Terraform block as one settings scope; a block of a database resource
   * counts bare {@code password} arguments, other blocks only database-named ones. Read line by
   * line on purpose: a password in a file the HCL parser rejects must still be found.
   */
  static void terraform(String source, FactsBuilder out, KeyValueSettings settings) {
    String[] lines = source.split("\n", -1);
    List<KeyValueSettings.Setting> scope = new ArrayList<>();
    String block = "";
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].length() > 4096) {
        continue;
      }
      Matcher resource = RESOURCE.matcher(lines[i]);
      if (resource.find()) {
        flush(scope, block, out, settings);
        block = resource.group(1);
        continue;
      }
      Matcher argument = STRING_ARGUMENT.matcher(lines[i]);
      if (argument.find()) {
        scope.add(
            new KeyValueSettings.Setting(
                argument.group(1), argument.group(2), out.at(i + 1, argument.start(2) + 1)));
      }
    }
    flush(scope, block, out, settings);
  }

  private static void flush(
      List<KeyValueSettings.Setting> scope,
      String block,
      FactsBuilder out,
      KeyValueSettings settings) {
    if (scope.isEmpty()) {
      return;
    }
    String type = block.toLowerCase(Locale.ROOT);
    boolean database = DATABASE_RESOURCE_TOKENS.stream().anyMatch(type::contains);
    settings.read(List.copyOf(scope), database, block.isEmpty() ? "" : " of " + block, out);
    scope.clear();
  }
}
