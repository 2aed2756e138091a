package dev.ssotguard.rules;

import dev.ssotguard.connection.Engine;
import dev.ssotguard.model.DatastoreUse;
import dev.ssotguard.model.DeployedDatastore;
import dev.ssotguard.model.Environment;
import dev.ssotguard.model.Location;
import dev.ssotguard.model.Model;
import dev.ssotguard.model.Related;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One finding per datastore for the rules that judge a datastore's engine (SSOT101, SSOT202): a
 * deployed datastore (a compose service, a managed cluster) is reported once, and the connection
 * strings that reach it by its name from its folder or below are related locations of that finding;
 * connection strings to a datastore the repository does not deploy are reported once per host and
 * folder, the repeats related.
 */
final class DatastoreFindings {
  /** A datastore as a rule sees it: deployed, or named by a connection string. */
  record Candidate(
      Engine engine,
      String name,
      Location at,
      Environment environment,
      String what,
      boolean deployed) {
    String folder() {
      int slash = at.path().lastIndexOf('/');
      return slash < 0 ? "" : at.path().substring(0, slash);
    }

    /** The engine family and the host, a {@code ${HOST:db}} default read as its default. */
    String family() {
      Matcher fallback = HOST_DEFAULT.matcher(name);
      String host = fallback.matches() ? fallback.group(1) : name;
      return (engine.isMysqlFamily() ? "mysql" : engine.name())
          + ":"
          + host.toLowerCase(Locale.ROOT);
    }
  }

  private static final Pattern HOST_DEFAULT =
      Pattern.compile("\\$\\{[A-Za-z_][A-Za-z0-9_]*:-?([A-Za-z0-9._-]+)}");

  private DatastoreFindings() {}

  /**
   * The deployed datastores and connection-string uses of the model that {@code engines} selects.
   */
  static List<Candidate> candidates(Model model, Predicate<Engine> engines) {
    List<Candidate> all = new ArrayList<>();
    for (DeployedDatastore d : model.datastores()) {
      if (engines.test(d.engine())) {
        all.add(
            new Candidate(
                d.engine(),
                d.name(),
                d.location(),
                d.environment(),
                d.via() + " '" + d.name() + "'",
                true));
      }
    }
    for (DatastoreUse u : model.uses()) {
      if (u.connection() != null && !u.documentation() && engines.test(u.engine())) {
        all.add(
            new Candidate(
                u.engine(),
                u.connection().host(),
                u.location(),
                u.environment(),
                u.connection().redacted(),
                false));
      }
    }
    return all;
  }

  /**
   * Reports each uncovered datastore once: {@code problem} builds the finding of a group's lead,
   * which gets the group's other places as related locations.
   */
  static void report(
      List<Candidate> candidates,
      Predicate<Candidate> covered,
      Function<Candidate, Problem> problem,
      Findings findings) {
    Map<Candidate, List<Related>> leads = new LinkedHashMap<>();
    // by engine family and name, so a use finds its datastore without scanning all of them
    Map<String, List<Candidate>> deployed = new HashMap<>();
    Map<String, Candidate> usesByHost = new LinkedHashMap<>();
    for (Candidate c : candidates) {
      if (covered.test(c)) {
        continue;
      }
      if (c.deployed()) {
        leads.put(c, new ArrayList<>());
        deployed.computeIfAbsent(c.family(), k -> new ArrayList<>()).add(c);
        continue;
      }
      Candidate target = deployedFor(c, deployed.getOrDefault(c.family(), List.of()));
      if (target == null) {
        String key = c.family() + "\0" + c.folder() + "\0" + c.environment();
        target = usesByHost.get(key);
        if (target == null) {
          usesByHost.put(key, c);
          leads.put(c, new ArrayList<>());
          continue;
        }
      }
      leads.get(target).add(new Related(c.at(), "connects here: " + c.what()));
    }
    leads.forEach((lead, related) -> findings.report(problem.apply(lead).related(related)));
  }

  /** Of the deployed datastores of the use's name and engine, the one in its folder or above it. */
  private static Candidate deployedFor(Candidate use, List<Candidate> deployed) {
    for (Candidate d : deployed) {
      String folder = d.folder();
      boolean above =
          folder.isEmpty() || use.folder().equals(folder) || use.folder().startsWith(folder + "/");
      if (above && d.environment() == use.environment()) {
        return d;
      }
    }
    return null;
  }
}
