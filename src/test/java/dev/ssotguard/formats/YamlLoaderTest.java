package dev.ssotguard.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ssotguard.formats.yaml.YMap;
import dev.ssotguard.formats.yaml.YNode;
import dev.ssotguard.formats.yaml.YamlLoader;
import java.util.List;
import org.junit.jupiter.api.Test;

class YamlLoaderTest {
  private final YamlLoader loader = new YamlLoader(1 << 20);

  @Test
  void keepsOneBasedPositionsAndAppliesMergeKeys() throws ParseException {
    List<YNode> docs =
        loader.load(
            "x-base: &base\n  image: apache/superset:4\n  env: {A: 1}\nservices:\n  bi:\n    <<: *base\n    env: {B: 2}\n");
    YMap bi = docs.get(0).asMap().map("services").map("bi");
    assertThat(bi.text("image")).isEqualTo("apache/superset:4");
    assertThat(bi.get("image").line()).as("merged value keeps its own position").isEqualTo(2);
    assertThat(bi.map("env").text("B")).as("own keys win over merged ones").isEqualTo("2");
    assertThat(bi.entry("env").key().line()).isEqualTo(7);
    assertThat(bi.line()).isEqualTo(6);
    assertThat(bi.get("image").column()).isEqualTo(10);
  }

  @Test
  void yaml12KeepsOnAndYesAsStringsAndNullsAsNull() throws ParseException {
    YMap m = loader.load("on: push\nyes: no\nempty:\nquoted: ''\n").get(0).asMap();
    assertThat(m.text("on")).isEqualTo("push");
    assertThat(m.text("yes")).isEqualTo("no");
    assertThat(m.text("empty")).isNull();
    assertThat(m.text("quoted")).isEmpty();
  }

  @Test
  void applicationTagsAreReferencesWithoutAValue() throws ParseException {
    YMap m =
        loader
            .load(
                """
                a: !Ref DbPassword
                b: !Sub 'postgresql://u:${P}@h/d'
                c: !GetAtt X.Y
                d: ${DB_PASSWORD}
                e: '!Ref quoted'
                f: !!str 5
                """)
            .get(0)
            .asMap();
    assertThat(m.text("a")).isNull();
    assertThat(m.text("b")).isNull();
    assertThat(m.text("c")).isNull();
    assertThat(m.text("d")).as("a plain ${VAR} keeps its text").isEqualTo("${DB_PASSWORD}");
    assertThat(m.text("e")).isEqualTo("!Ref quoted");
    assertThat(m.text("f")).as("a standard YAML tag is a value").isEqualTo("5");
  }

  @Test
  void readsMultipleDocumentsAndJson() throws ParseException {
    assertThat(loader.load("a: 1\n---\nb: 2\n")).hasSize(2);
    assertThat(
            loader.load("{\"adapter\": \"sqlite3\", \"n\": [1, 2]}").get(0).asMap().text("adapter"))
        .isEqualTo("sqlite3");
  }

  @Test
  void hostileInputBecomesAParseExceptionWithAPosition() {
    assertThatThrownBy(() -> loader.load("[".repeat(10_000)))
        .isInstanceOf(ParseException.class)
        .hasMessageContaining("nesting deeper than");
    assertThatThrownBy(() -> loader.load("a: 1\na: 2\n")).isInstanceOf(ParseException.class);
    assertThatThrownBy(() -> loader.load("a: [1, 2\nb: 3\n"))
        .isInstanceOfSatisfying(ParseException.class, e -> assertThat(e.line()).isEqualTo(1));
    StringBuilder bomb = new StringBuilder("a: &a [x, x]\n");
    for (int i = 1; i < 60; i++) {
      bomb.append("l")
          .append(i)
          .append(": &l")
          .append(i)
          .append(" [*")
          .append(i == 1 ? "a" : "l" + (i - 1))
          .append(", *")
          .append(i == 1 ? "a" : "l" + (i - 1))
          .append("]\n");
    }
    assertThatThrownBy(() -> loader.load(bomb.toString())).isInstanceOf(ParseException.class);
  }

  @Test
  void sharedSubtreesStaySharedUnderTheAliasLimit() throws ParseException {
    StringBuilder doc = new StringBuilder("a: &a [x, x, x, x]\n");
    for (int i = 1; i <= 12; i++) {
      String prev = i == 1 ? "a" : "l" + (i - 1);
      doc.append("l")
          .append(i)
          .append(": &l")
          .append(i)
          .append(" [*")
          .append(prev)
          .append(", *")
          .append(prev)
          .append("]\n");
    }
    long start = System.nanoTime();
    assertThat(loader.load(doc.toString())).hasSize(1);
    assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(2_000);
  }
}
