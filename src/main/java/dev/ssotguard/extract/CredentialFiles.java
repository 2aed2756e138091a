package dev.ssotguard.extract;

import dev.ssotguard.connection.Engine;
import dev.ssotguard.connection.Hosts;
import dev.ssotguard.connection.SecretClassifier;
import dev.ssotguard.connection.SecretState;
import dev.ssotguard.model.Credential;
import dev.ssotguard.model.DeployedDatastore;
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
      List<String> fields = splitPgpass(line);
      if (fields.size() != 5 || secrets.classify(fields.get(4)) != SecretState.LITERAL) {
        continue;
      }
      String host = fields.get(0).equals("*") ? "" : fields.get(0);
      int column = lines[i].indexOf(line) + line.length() - fields.get(4).length() + 1;
      out.credentials.add(
          new Credential(
              out.at(i + 1, Math.max(1, column)),
              out.environment(),
              "a literal password for user '" + fields.get(3) + "' in a .pgpass file",
              host,
              Hosts.isRemote(host),
              out.file.tracked(),
              "pgpass:" + fields.get(3) + "@" + host));
    }
  }

  private static List<String> splitPgpass(String line) {
    List<String> fields = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '\\' && i + 1 < line.length()) {
        current.append(line.charAt(++i));
      } else if (c == ':' && fields.size() < 4) {
        fields.add(current.toString());
        current.setLength(0);
      } else {
        current.append(c);
      }
    }
    fields.add(current.toString());
    return fields;
  }

  /**
   * String arguments of each Terraform block as one settings scope; a block of a database resource
   * counts bare {@code password} arguments, other blocks only database-named ones.
   */
  /** Droplets (with the files their user_data runs) and connection pools of a Terraform file. */
  static InfrastructureInfo infrastructure(String source, FactsBuilder out) {
    List<InfrastructureInfo.Droplet> droplets = new ArrayList<>();
    List<InfrastructureInfo.Pool> pools = new ArrayList<>();
    for (TerraformBlocks.Block b : TerraformBlocks.read(source)) {
      if (b.type().equals("digitalocean_droplet")) {
        TerraformBlocks.Attribute ipv6 = b.attributes().get("ipv6");
        List<String> files = new ArrayList<>();
        TerraformBlocks.Attribute userData = b.attributes().get("user_data");
        if (userData != null) {
          Matcher m = FILE_FUNCTION.matcher(userData.value());
          if (m.find()) {
            String path = m.group(1).replace("${path.module}/", "").replace("${path.root}/", "");
            files.add(join(out.file.directory(), path));
          }
        }
        droplets.add(
            new InfrastructureInfo.Droplet(
                b.name(),
                ipv6 != null && ipv6.value().equals("true"),
                out.at(ipv6 != null ? ipv6.line() : b.line(), 1),
                files));
      } else if (b.type().equals("digitalocean_database_cluster")) {
        TerraformBlocks.Attribute engine = b.attributes().get("engine");
        Engine e = managedEngine(TerraformBlocks.string(engine));
        if (e != null) {
          String name = TerraformBlocks.string(b.attributes().get("name"));
          out.datastores.add(
              new DeployedDatastore(
                  e,
                  name == null ? b.name() : name,
                  out.at(engine.line(), engine.column()),
                  out.environment(),
                  "Terraform digitalocean_database_cluster"));
        }
      } else if (b.type().equals("digitalocean_database_connection_pool")) {
        String name = TerraformBlocks.string(b.attributes().get("name"));
        String mode = TerraformBlocks.string(b.attributes().get("mode"));
        TerraformBlocks.Attribute at = b.attributes().get("mode");
        if (name != null && mode != null) {
          pools.add(new InfrastructureInfo.Pool(name, mode, out.at(at.line(), at.column())));
        }
      }
    }
    return new InfrastructureInfo(droplets, pools);
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
