package dev.ssotguard.rules;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The one list of rules, sorted by ID; `ssot rules`, the docs and SARIF are generated from it. */
public final class RuleRegistry {
  private final List<Rule> rules;

  public RuleRegistry() {
    this(
        List.of(
            new ParseError(),
            new SqliteInProduction(),
            new SqliteDatabaseCommitted(),
            new SqliteTestFixtureOnDisk(),
            new SupersetMetadataNotPostgres(),
            new ToolMetadataNotPostgres(),
            new PlaintextCredential(),
            new TlsDisabled(),
            new BiDatasourceDirect(),
            new Ipv4ClientDirect(),
            new DirectIpv6Unconfirmed(),
            new PoolerPreparedStatements(),
            new PoolerUserFormat(),
            new StraySqlFile(),
            new MigrationNameInvalid(),
            new MigrationVersionDuplicate(),
            new ManagedDbNoAllowlist(),
            new ManagedDbAllowlistOpen(),
            new UndeclaredDatastore(),
            new DomainStoreMismatch(),
            new MysqlAsSsot(),
            new MysqlUndeclaredPurpose(),
            new MysqlWithoutMigrationPlan(),
            new MysqlBusinessLogic()));
  }

  /** A registry of other rules (tests of the runner). */
  RuleRegistry(List<Rule> rules) {
    this.rules = rules.stream().sorted(Comparator.comparing(r -> r.info().id())).toList();
  }

  /** The rules whose ID the test accepts. */
  public RuleRegistry only(java.util.function.Predicate<String> id) {
    return new RuleRegistry(rules.stream().filter(r -> id.test(r.info().id())).toList());
  }

  public List<Rule> rules() {
    return rules;
  }

  public List<RuleInfo> infos() {
    return rules.stream().map(Rule::info).toList();
  }

  public Optional<RuleInfo> info(String id) {
    return infos().stream().filter(i -> i.id().equalsIgnoreCase(id)).findFirst();
  }
}
