package dev.ssotguard.formats;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ssotguard.formats.dotenv.DotenvEntry;
import dev.ssotguard.formats.dotenv.DotenvParser;
import dev.ssotguard.formats.ini.IniFile;
import dev.ssotguard.formats.ini.IniParser;
import java.util.List;
import org.junit.jupiter.api.Test;

class DotenvAndIniTest {
  @Test
  void dotenvFollowsComposeRules() {
    List<DotenvEntry> e =
        DotenvParser.parse(
            "# comment\nexport A=1\nB = two words # trailing\nC=\"multi\nline\"\nD='lit ${X}'\nE=a#b\nF=\nnot a line\n");
    assertThat(e).extracting(DotenvEntry::key).containsExactly("A", "B", "C", "D", "E", "F");
    assertThat(e.get(0).value()).isEqualTo("1");
    assertThat(e.get(1).value()).isEqualTo("two words");
    assertThat(e.get(1).line()).isEqualTo(3);
    assertThat(e.get(1).valueColumn()).isEqualTo(5);
    assertThat(e.get(2).value()).isEqualTo("multi\nline");
    assertThat(e.get(3).value()).isEqualTo("lit ${X}");
    assertThat(e.get(3).interpolates()).isFalse();
    assertThat(e.get(4).value()).isEqualTo("a#b");
    assertThat(e.get(5).value()).isEmpty();
  }

  @Test
  void iniReadsOdooConf() {
    IniFile ini =
        IniParser.parse(
            "; odoo\n[options]\ndb_host = db.example.com\ndb_password: s\n\n[other]\nx=1\n");
    IniFile.Section options = ini.section("options");
    assertThat(options.entry("db_host").value()).isEqualTo("db.example.com");
    assertThat(options.entry("db_host").line()).isEqualTo(3);
    assertThat(options.entry("db_host").valueColumn()).isEqualTo(11);
    assertThat(options.entry("db_password").value()).isEqualTo("s");
    assertThat(ini.section("other").entry("x").value()).isEqualTo("1");
  }
}
