package dev.ssotguard.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ssotguard.connection.Engine;
import dev.ssotguard.model.Caveat;
import dev.ssotguard.model.Environment;
import dev.ssotguard.model.Evidence;
import dev.ssotguard.model.Location;
import dev.ssotguard.model.MetadataStore;
import dev.ssotguard.model.PasswordSite;
import dev.ssotguard.model.StoreReason;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Every reason, site and piece of evidence a resolver can name has words, and no stray text. */
class WordingTest {
  private static final Location AT = new Location("docker-compose.yml", 3, 5);

  private static final List<StoreReason> REASONS =
      List.of(
          new StoreReason.SecretFile("DB_URL_FILE"),
          new StoreReason.NotKnown("DB_URL"),
          new StoreReason.NamesFile("DB_URL", Engine.SQLITE),
          new StoreReason.NotDatabaseUrl("DB_URL"),
          new StoreReason.NotUsableUrl("SQLALCHEMY_DATABASE_URI"),
          new StoreReason.UrlSetting("DB_URL", "mysql://app:***@db/app", List.of("PGHOST")),
          new StoreReason.LegacyScheme("URI", "postgres", "postgres://u:***@h/d"),
          new StoreReason.SelectorRejected("DB_TYPE", "oracle", List.of("postgresdb", "sqlite")),
          new StoreReason.SelectorValue("DB_TYPE", "sqlite"),
          new StoreReason.PresenceSet("MYSQL_HOST"),
          new StoreReason.NoSetting(),
          new StoreReason.ToolDefault(Engine.SQLITE, List.of("DATABASE_URL", "PGHOST")),
          new StoreReason.OutsideRepository("/app/pythonpath/superset_config.py"),
          new StoreReason.SettingUnread("URI", "superset_config.py", Engine.SQLITE),
          new StoreReason.NoConfigModule("superset_config.py", "URI", Engine.SQLITE, "x.db"),
          new StoreReason.Unreadable("docker/superset_config.py"),
          new StoreReason.ConfigSetsNothing("docker/superset_config.py", "URI", Engine.SQLITE),
          new StoreReason.UnsetVariables("URI", List.of("DATABASE_HOST")),
          new StoreReason.SetInCommand("DB_URL"),
          new StoreReason.OnlyEngine(Engine.MYSQL),
          new StoreReason.ChosenInSetup(Engine.MARIADB));

  private static final List<Evidence> EVIDENCE =
      List.of(
          new Evidence.EnvFileSupplies(AT, "DB_URL"),
          new Evidence.InterpolatedValue(AT, "DB_URL"),
          new Evidence.SetsVariable(AT, "api", "DB_URL"),
          new Evidence.MergedSetting(AT, "database"),
          new Evidence.ServiceReadsConfig(AT, "superset", "docker/superset_config.py"),
          new Evidence.SettingInModule(AT, "URI", "superset_config.py"),
          new Evidence.ModuleRead(AT, "superset_config.py"),
          new Evidence.NotReadByTool(AT, "DATABASE_URL", "n8n"));

  private static final List<PasswordSite> SITES =
      List.of(
          new PasswordSite.InUrl("app", Engine.MYSQL, "mysql://app:***@db/app"),
          new PasswordSite.InSetting("DB_PASSWORD", " of compose service 'api'"),
          new PasswordSite.InPgpass("app"));

  @Test
  void everyKindOfReasonEvidenceAndSiteIsListedHere() {
    assertThat(kinds(REASONS)).isEqualTo(permitted(StoreReason.class));
    assertThat(kinds(EVIDENCE)).isEqualTo(permitted(Evidence.class));
    assertThat(kinds(SITES)).isEqualTo(permitted(PasswordSite.class));
  }

  @Test
  void reasonsNameTheirSettingAndEndWithoutPunctuation() {
    for (StoreReason reason : REASONS) {
      String text = Wording.reason(store(reason));
      assertThat(text).isNotBlank().doesNotEndWith(".").doesNotContain("null");
    }
    assertThat(Wording.reason(store(REASONS.get(5))))
        .isEqualTo(
            "DB_URL = mysql://app:***@db/app (PGHOST is not set, so the default in the config"
                + " applies)");
    assertThat(Wording.reason(store(REASONS.get(11))))
        .isEqualTo(
            "nothing selects the metadata store, so Apache Superset uses its default, SQLite;"
                + " DATABASE_URL, PGHOST are not read by Apache Superset");
    assertThat(Wording.reason(store(REASONS.get(13))))
        .contains("so Superset ignores it and keeps its metadata in SQLite");
  }

  @Test
  void evidenceAndSitesAndCaveatsHaveWords() {
    assertThat(Wording.related(EVIDENCE))
        .allSatisfy(r -> assertThat(r.message()).isNotBlank().doesNotContain("null"));
    assertThat(Wording.related(EVIDENCE).get(0).location()).isEqualTo(AT);
    for (PasswordSite site : SITES) {
      assertThat(Wording.password(site)).startsWith("a literal ").doesNotContain("null");
    }
    for (Caveat caveat : Caveat.values()) {
      assertThat(Wording.caveat(caveat)).isNotBlank();
    }
  }

  private static MetadataStore store(StoreReason reason) {
    return new MetadataStore(
        "superset",
        "Apache Superset",
        "Superset",
        "SSOT401",
        "superset",
        Environment.PRODUCTION,
        MetadataStore.Verdict.OTHER_ENGINE,
        Engine.SQLITE,
        AT,
        reason,
        List.of(),
        null,
        null,
        null,
        null);
  }

  private static Set<String> kinds(List<?> values) {
    return values.stream().map(v -> v.getClass().getName()).collect(Collectors.toSet());
  }

  private static Set<String> permitted(Class<?> sealed) {
    return Arrays.stream(sealed.getPermittedSubclasses())
        .map(Class::getName)
        .collect(Collectors.toSet());
  }
}
