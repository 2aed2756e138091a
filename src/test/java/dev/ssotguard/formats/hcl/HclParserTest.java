package dev.ssotguard.formats.hcl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ssotguard.formats.ParseException;
import org.junit.jupiter.api.Test;

class HclParserTest {
  @Test
  void readsBlocksAttributesAndNestedBlocksWithPositions() throws ParseException {
    HclBody body =
        HclParser.parse(
            """
            # comment
            resource "digitalocean_database_firewall" "pg" {
              cluster_id = digitalocean_database_cluster.pg.id // trailing
              /* block
                 comment */
              rule {
                type  = "ip_addr"
                value = "0.0.0.0/0"
              }
              tags = ["a", "b",
                "c"]
            }
            """);
    HclBody.Block fw = body.blocks("resource").get(0);
    assertThat(fw.labels()).containsExactly("digitalocean_database_firewall", "pg");
    assertThat(fw.line()).isEqualTo(2);
    HclBody.Attribute cluster = fw.body().attribute("cluster_id");
    assertThat(cluster.expression().strip()).isEqualTo("digitalocean_database_cluster.pg.id");
    assertThat(cluster.string()).isNull();
    HclBody.Attribute value = fw.body().blocks("rule").get(0).body().attribute("value");
    assertThat(value.string()).isEqualTo("0.0.0.0/0");
    assertThat(value.valueLine()).isEqualTo(8);
    assertThat(value.valueColumn()).isEqualTo(13);
    assertThat(fw.body().attribute("tags").expression()).contains("\"c\"]");
  }

  @Test
  void keepsHeredocsAndTemplatesAsTextWithoutEvaluatingThem() throws ParseException {
    HclBody body =
        HclParser.parse(
            """
            resource "digitalocean_droplet" "app" {
              user_data = <<-EOT
                #!/bin/bash
                echo "${var.x} }"
              EOT
              name = "app-${var.env}"
              ipv6 = true
            }
            """);
    HclBody r = body.blocks().get(0).body();
    assertThat(r.attribute("user_data").expression()).contains("echo");
    assertThat(r.attribute("name").string()).isNull();
    assertThat(r.attribute("ipv6").expression().strip()).isEqualTo("true");
    assertThat(r.attribute("ipv6").line()).isEqualTo(7);
  }

  @Test
  void literalStringsUnescapeAndComparisonsAreNotLiterals() throws ParseException {
    HclBody body = HclParser.parse("a = \"x\\\"y\"\nb = \"p\" == \"q\"\n");
    assertThat(body.attribute("a").string()).isEqualTo("x\"y");
    assertThat(body.attribute("b").string()).isNull();
  }

  @Test
  void brokenOrHostileInputIsAParseErrorWithAPosition() {
    assertThatThrownBy(() -> HclParser.parse("resource \"a\" \"b\" {\n  x = 1\n"))
        .isInstanceOf(ParseException.class)
        .hasMessageContaining("not closed");
    String deep = "a {\n".repeat(50_000);
    assertThatThrownBy(() -> HclParser.parse(deep))
        .isInstanceOf(ParseException.class)
        .hasMessageContaining("deeper");
  }
}
