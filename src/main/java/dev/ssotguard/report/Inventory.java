package dev.ssotguard.report;

import dev.ssotguard.connection.ConnectionString;
import dev.ssotguard.connection.EndpointClass;
import dev.ssotguard.connection.Engine;
import dev.ssotguard.connection.Hosts;
import dev.ssotguard.model.ClientRuntime;
import dev.ssotguard.model.Connection;
import dev.ssotguard.model.DeployedDatastore;
import dev.ssotguard.model.Location;
import dev.ssotguard.model.MetadataStore;
import dev.ssotguard.model.Model;
import dev.ssotguard.model.Related;
import dev.ssotguard.policy.DatastorePolicy;
import dev.ssotguard.policy.Policy;
import dev.ssotguard.policy.Waiver;
import dev.ssotguard.rules.Wording;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/** Every datastore and every connection of a scan, as rows for the inventory and the matrix. */
public record Inventory(
    List<Datastore> datastores, List<Link> connections, List<Commitment> commitments) {
  /** A datastore: one Supabase project, one managed cluster, one host, one SQLite file. */
  public record Datastore(
      String id, String engine, String provider, String endpoints, Location declaredAt) {}

  /** A connection from a client to a datastore. */
  public record Link(
      String client,
      String runtime,
      String ipv6,
      String datastore,
      String engine,
      String endpoint,
      String target,
      String environment,
      Location location,
      List<Related> related) {}

  /**
   * A dated promise in the policy file: a waiver (through its expiry day) or a permitted MySQL or
   * MariaDB use (until its migration plan's target date or its end date). The organisation server
   * lists them by expiry.
   *
   * @param expires null when no date is written or it cannot be read ({@code expiresText} says)
   */
  public record Commitment(
      String kind,
      String subject,
      String reason,
      String owner,
      LocalDate expires,
      String expiresText,
      Location location) {}

  public Inventory {
    datastores = List.copyOf(datastores);
    connections = List.copyOf(connections);
    commitments = List.copyOf(commitments);
  }

  public static Inventory of(Model model) {
    Map<String, TreeSet<String>> endpoints = new LinkedHashMap<>();
    Map<String, Datastore> stores = new LinkedHashMap<>();
    List<Link> links = new ArrayList<>();
    for (Connection c : model.connections()) {
      ConnectionString cs = c.target();
      String id = cs == null ? "unknown (secret reference)" : datastoreId(cs);
      String endpoint = cs == null ? "unknown" : endpointName(cs.endpoint(), cs.port());
      if (cs != null) {
        stores.putIfAbsent(
            id, new Datastore(id, cs.engine().displayName(), provider(cs), "", c.location()));
        endpoints.computeIfAbsent(id, k -> new TreeSet<>()).add(endpoint);
      }
      ClientRuntime r = c.runtime();
      links.add(
          new Link(
              c.client(),
              r.name(),
              r.ipv6().name().toLowerCase(Locale.ROOT) + (r.assumed() ? " (assumed)" : ""),
              id,
              cs == null ? "unknown" : cs.engine().displayName(),
              endpoint,
              cs == null ? c.reference() : cs.redacted(),
              c.environment().label(),
              c.location(),
              Wording.related(c.evidence())));
    }
    for (DeployedDatastore d : model.datastores()) {
      String id = d.engine().displayName().toLowerCase(Locale.ROOT) + ":" + d.name();
      stores.putIfAbsent(
          id, new Datastore(id, d.engine().displayName(), d.via(), "", d.location()));
      endpoints
          .computeIfAbsent(id, k -> new TreeSet<>())
          .add(
              d.via().startsWith("compose") || d.via().startsWith("Kubernetes")
                  ? "local"
                  : "managed");
    }
    for (MetadataStore m : model.metadataStores()) {
      if (m.engine() != null && m.engine() != Engine.POSTGRESQL) {
        String id =
            m.engine().displayName().toLowerCase(Locale.ROOT)
                + ":"
                + m.toolId()
                + " metadata of "
                + m.service();
        stores.putIfAbsent(
            id,
            new Datastore(id, m.engine().displayName(), "inside the container", "", m.location()));
        endpoints.computeIfAbsent(id, k -> new TreeSet<>()).add("file");
      }
    }
    List<Datastore> list = new ArrayList<>();
    for (Datastore d : stores.values()) {
      list.add(
          new Datastore(
              d.id(),
              d.engine(),
              d.provider(),
              String.join(", ", endpoints.get(d.id())),
              d.declaredAt()));
    }
    list.sort(Comparator.comparing(Datastore::id));
    links.sort(
        Comparator.comparing(Link::client)
            .thenComparing(Link::datastore)
            .thenComparing(Link::location));
    return new Inventory(list, links, commitments(model.policy()));
  }

  static String datastoreId(ConnectionString cs) {
    String host = cs.host().toLowerCase(Locale.ROOT);
    return switch (cs.endpoint()) {
      case SUPABASE_DIRECT,
          SUPABASE_DEDICATED_POOLER,
          SUPABASE_POOLER_SESSION,
          SUPABASE_POOLER_TRANSACTION ->
          "supabase:" + supabaseRef(cs);
      case DO_MANAGED -> "digitalocean:" + (host.startsWith("private-") ? host.substring(8) : host);
      case FILE, MEMORY -> cs.engine().displayName().toLowerCase(Locale.ROOT) + ":" + cs.database();
      case UNKNOWN -> "unknown:" + host;
      default ->
          cs.engine().displayName().toLowerCase(Locale.ROOT)
              + ":"
              + (host.isEmpty() ? "localhost" : host)
              + (cs.port() == 0 ? "" : ":" + cs.port());
    };
  }

  private static String supabaseRef(ConnectionString cs) {
    String host = cs.host().toLowerCase(Locale.ROOT);
    if (host.startsWith("db.") && host.endsWith(".supabase.co")) {
      return host.substring(3, host.length() - ".supabase.co".length());
    }
    int dot = cs.user().indexOf('.');
    return dot > 0 && !Hosts.isVariable(cs.user())
        ? cs.user().substring(dot + 1)
        : "project (pooler " + host + ")";
  }

  private static String provider(ConnectionString cs) {
    return switch (cs.endpoint()) {
      case SUPABASE_DIRECT,
          SUPABASE_DEDICATED_POOLER,
          SUPABASE_POOLER_SESSION,
          SUPABASE_POOLER_TRANSACTION ->
          "Supabase";
      case DO_MANAGED -> "DigitalOcean managed";
      case LOCAL -> "local / service";
      case FILE, MEMORY -> "embedded";
      case UNKNOWN -> "unknown";
      case OTHER -> "other";
    };
  }

  static String endpointName(EndpointClass e, int port) {
    return switch (e) {
      case SUPABASE_DIRECT -> "Supabase Direct";
      case SUPABASE_DEDICATED_POOLER -> "Supabase dedicated pooler";
      case SUPABASE_POOLER_SESSION -> "Supabase pooler (session)";
      case SUPABASE_POOLER_TRANSACTION -> "Supabase pooler (transaction)";
      case DO_MANAGED -> "DO managed" + (port == 0 ? "" : " :" + port);
      case LOCAL -> "local";
      case OTHER -> "direct" + (port == 0 ? "" : " :" + port);
      case UNKNOWN -> "unknown";
      case FILE -> "file";
      case MEMORY -> "memory";
    };
  }

  private static List<Commitment> commitments(Policy policy) {
    List<Commitment> out = new ArrayList<>();
    for (Waiver w : policy.waivers()) {
      String on = w.paths() == null ? "" : " on " + String.join(", ", w.paths().globs());
      out.add(
          new Commitment(
              "waiver",
              w.rule() + on,
              w.reason(),
              w.owner(),
              w.expires(),
              w.expiresText(),
              w.location()));
    }
    for (DatastorePolicy.MysqlUse m : policy.mysql()) {
      String subject =
          m.datastore() != null
              ? m.datastore()
              : m.paths() == null ? "MySQL" : String.join(", ", m.paths().globs());
      DatastorePolicy.MigrationPlan plan = m.plan();
      String reason = plan == null ? m.purpose() : m.purpose() + " (plan " + plan.reference() + ")";
      LocalDate expires = plan != null ? plan.targetDate() : m.ends();
      String text = plan != null ? plan.targetText() : m.endsText();
      out.add(
          new Commitment(
              "mysql",
              subject,
              reason,
              plan == null ? null : plan.approver(),
              expires,
              text,
              m.location()));
    }
    return out;
  }
}
