package dev.ssotguard.rules;

import dev.ssotguard.connection.Hosts;
import dev.ssotguard.model.MetadataStore;
import dev.ssotguard.model.Model;
import dev.ssotguard.model.Related;
import dev.ssotguard.model.Scope;
import dev.ssotguard.model.Service;
import dev.ssotguard.model.Severity;
import dev.ssotguard.policy.DomainPolicy;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A system the policy names as authoritative for a domain keeps that domain's data in PostgreSQL,
 * but not with the provider the policy names (policy §1 table).
 */
@RuleInfo(
    id = "SSOT102",
    name = "domain-store-mismatch",
    severity = Severity.WARNING,
    scope = Scope.PRODUCTION,
    section = "§1 table",
    summary =
        "An authoritative system keeps its domain's data with a provider the policy does not name",
    securitySeverity = "4.0",
    precision = "high")
public final class DomainStoreMismatch implements Rule {
  @Override
  public void check(Model model, Findings findings) {
    Set<String> reported = new HashSet<>();
    for (MetadataStore store : model.metadataStores()) {
      if (store.host() == null || Hosts.isVariable(store.host())) {
        continue;
      }
      Optional<DomainPolicy.Domain> domain = model.policy().domains().of(store.toolId());
      if (domain.isEmpty()) {
        continue;
      }
      Optional<Service> container = composeService(model, store);
      String provider = provider(store.host());
      if (domain.get().providers().contains(provider)) {
        continue;
      }
      // A worker beside its app with the same host setting in one file is the same fault.
      if (!reported.add(
          store.toolId()
              + "\0"
              + store.hostAt().path()
              + "\0"
              + store.host().toLowerCase(Locale.ROOT))) {
        continue;
      }
      List<Related> related = new ArrayList<>();
      container.ifPresent(
          s ->
              related.add(
                  new Related(s.location(), "the PostgreSQL container '" + s.name() + "'")));
      if (domain.get().location() != null) {
        related.add(new Related(domain.get().location(), "the policy's entry for the domain"));
      }
      findings.report(
          Problem.at(store.hostAt(), store.environment())
              .message(
                  store.toolName()
                      + " service '"
                      + store.service()
                      + "' keeps its data ("
                      + domain.get().name()
                      + ") in PostgreSQL on "
                      + store.host()
                      + ", "
                      + describe(provider, container.isPresent())
                      + "; the policy names "
                      + String.join(
                          " or ",
                          domain.get().providers().stream().map(DomainStoreMismatch::name).toList())
                      + " as its place.")
              .fix(
                  "Move the data there and point this setting at it, or, if the policy has changed, add"
                      + " the provider to the domain in ssot-policy.yaml (domains:)")
              .key("domain:" + store.service() + ":" + store.host())
              .related(related));
    }
  }

  /** The provider of a PostgreSQL host: by its managed-service domain, else self-hosted. */
  static String provider(String host) {
    if (Hosts.isDigitalOceanManaged(host)) {
      return "digitalocean";
    }
    if (Hosts.isSupabaseDirect(host) || Hosts.isSupabasePooler(host)) {
      return "supabase";
    }
    return "self-hosted";
  }

  /** The PostgreSQL container the host names, in the same compose project as the tool's service. */
  private static Optional<Service> composeService(Model model, MetadataStore store) {
    String project = folder(store.location().path());
    return model.services().stream()
        .filter(s -> s.name().equalsIgnoreCase(store.host().trim()))
        .filter(s -> folder(s.location().path()).equals(project))
        .findFirst();
  }

  private static String folder(String path) {
    int slash = path.lastIndexOf('/');
    return slash < 0 ? "" : path.substring(0, slash);
  }

  private static String describe(String provider, boolean container) {
    if (container) {
      return "a container deployed next to it";
    }
    return provider.equals("self-hosted") ? "a self-hosted server" : name(provider);
  }

  private static String name(String provider) {
    return switch (provider) {
      case "digitalocean" -> "DO Managed Postgres";
      case "supabase" -> "Supabase Managed Postgres";
      default -> "a self-hosted PostgreSQL";
    };
  }
}
