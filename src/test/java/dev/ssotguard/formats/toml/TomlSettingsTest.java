package dev.ssotguard.formats.toml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.ssotguard.formats.ParseException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class TomlSettingsTest {
  @Test
  void readsStringSettingsByTableWithOneBasedPositions() throws ParseException {
    List<TomlSettings.Setting> settings =
        TomlSettings.read(
            """
            app = "orders"

            [config.env]
            DB_PASSWORD = "x"
            PORT = 5432

            [[config.mounts]]
            filePath = "/etc/app.conf"
            """);
    assertThat(settings)
        .containsExactly(
            new TomlSettings.Setting("", "app", "orders", 1, 1),
            new TomlSettings.Setting("config.env", "DB_PASSWORD", "x", 4, 1),
            new TomlSettings.Setting("config.mounts", "filePath", "/etc/app.conf", 8, 1));
  }

  @Test
  void aSyntaxErrorNamesThePlaceButNeverQuotesTheInput() {
    assertThatThrownBy(() -> TomlSettings.read("[env]\nPASSWORD = hunter2canary\n"))
        .isInstanceOf(ParseException.class)
        .hasMessage("TOML: syntax error")
        .satisfies(e -> assertThat(((ParseException) e).line()).isEqualTo(2));
  }

  @Test
  void hostileNestingAndSizeStayBounded() throws ParseException {
    String deep = "a = " + "[".repeat(20_000) + "]".repeat(20_000) + "\n";
    String wide =
        "[t]\n" + "k = \"v\"\n".replace("k", "k0") + "x = [" + "1,".repeat(200_000) + "1]\n";
    assertTimeoutPreemptively(
        Duration.ofSeconds(20),
        () -> {
          try {
            TomlSettings.read(deep);
          } catch (ParseException expected) {
            // too deep to read is a note, not a crash
          }
          return TomlSettings.read(wide);
        });
    assertThat(TomlSettings.read(wide)).hasSize(1);
  }
}
