package dev.ssotguard.formats.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ssotguard.formats.ParseException;
import dev.ssotguard.formats.yaml.YMap;
import dev.ssotguard.formats.yaml.YNode;
import dev.ssotguard.formats.yaml.YScalar;
import dev.ssotguard.formats.yaml.YamlLoader;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JsonLoaderTest {
  private final JsonLoader json = new JsonLoader();

  /** JSON is YAML 1.2 flow syntax: both loaders must build the same tree, positions included. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"a\": 1, \"b\": [true, null, \"x\"]}",
        "{\n  \"development\": {\n    \"dialect\": \"sqlite\",\n    \"storage\": \"db.sqlite3\"\n  }\n}\n",
        "[\n  {\"type\": \"sqlite\", \"database\": \"app.db\"},\n  {\"type\": \"postgres\"}\n]",
        "{\"password\": \"p\\\"w\", \"port\": 5432, \"ratio\": -1.5e3, \"empty\": \"\"}",
        "  {\"nested\": {\"deeper\": {\"host\": \"db.example.com\"}}}",
      })
  void buildsTheTreeTheYamlLoaderBuilds(String text) throws ParseException {
    List<YNode> viaYaml = new YamlLoader(1 << 20).load(text);
    assertThat(json.load(text)).isEqualTo(viaYaml);
  }

  @Test
  void positionsAreOneBasedAtTheKeyAndTheValue() throws ParseException {
    YMap root = json.load("{\n  \"db\": {\n    \"password\": \"secret\"\n  }\n}").get(0).asMap();
    YMap.Entry e = root.map("db").entry("password");
    assertThat(List.of(e.key().line(), e.key().column())).containsExactly(3, 5);
    YScalar value = (YScalar) e.value();
    assertThat(List.of(value.line(), value.column())).containsExactly(3, 17);
    assertThat(value.quoted()).isTrue();
  }

  @Test
  void readsEditorJsonWithCommentsAndTrailingCommasAndLongLines() throws ParseException {
    String jsonc = "{\n  // local\n  \"driver\": \"sqlite3\", /* x */\n  \"list\": [1, 2,],\n}\n";
    assertThat(json.load(jsonc).get(0).asMap().text("driver")).isEqualTo("sqlite3");
    String minified = "{\"pad\":\"" + "x".repeat(300_000) + "\",\"adapter\":\"sqlite3\"}";
    assertThat(json.load(minified).get(0).asMap().text("adapter")).isEqualTo("sqlite3");
    assertThat(json.load(" \n")).isEmpty();
  }

  @Test
  void duplicateKeysDeepNestingAndTrailingContentAreParseErrorsAtTheirLine() {
    assertThatThrownBy(() -> json.load("{\n\"a\": 1,\n\"a\": 2}"))
        .isInstanceOf(ParseException.class)
        .hasMessageContaining("duplicate key 'a'")
        .extracting(e -> ((ParseException) e).line())
        .isEqualTo(3);
    assertThatThrownBy(() -> json.load("[".repeat(10_000) + "]".repeat(10_000)))
        .isInstanceOf(ParseException.class)
        .hasMessageContaining("JSON:");
    assertThatThrownBy(() -> json.load("{}\n{}"))
        .isInstanceOf(ParseException.class)
        .hasMessageContaining("after the top-level value");
  }

  @Test
  void aBrokenValueIsNotQuotedInTheMessage() {
    assertThatThrownBy(() -> json.load("{\"password\": hunter2canary}"))
        .isInstanceOf(ParseException.class)
        .hasMessageStartingWith("JSON: ")
        .hasMessageNotContaining("hunter2");
  }
}
