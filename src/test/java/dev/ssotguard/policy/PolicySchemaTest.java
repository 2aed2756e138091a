package dev.ssotguard.policy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.ssotguard.knowledge.KnowledgeLoader;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The shipped JSON Schema agrees with the loader: what one accepts, the other accepts. */
class PolicySchemaTest {
  private static Schema schema() throws Exception {
    try (InputStream in =
        PolicySchemaTest.class.getResourceAsStream(
            "/dev/ssotguard/schema/ssot-policy.schema.json")) {
      return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7).getSchema(in);
    }
  }

  private static List<?> errors(String yaml) throws Exception {
    JsonNode doc = new ObjectMapper(new YAMLFactory()).readTree(yaml);
    return schema().validate(doc);
  }

  @Test
  void acceptsTheFixturePolicyAndRejectsUnknownKeys() throws Exception {
    String fixture =
        Files.readString(
            Path.of("src/test/resources/cases/POLICY/runtimes-bi-environments/ssot-policy.yaml"));
    assertThat(errors(fixture)).isEmpty();
    assertThat(errors("version: 1\nwaivrs: []\n")).isNotEmpty();
    assertThat(errors("runtimes:\n  - paths: [a]\n    runtime: mainframe\n")).isNotEmpty();
    assertThat(errors("firewall:\n  minimum_prefix_length: 24\n")).isEmpty();
    assertThat(errors("firewall:\n  minimum_prefix_length: 40\n")).isNotEmpty();
    assertThat(
            errors(
                "domains:\n  - domain: erp\n    systems: [odoo]\n    providers: [digitalocean]\n"))
        .isEmpty();
    assertThat(errors("domains:\n  - domain: erp\n    systems: [odoo]\n    providers: [aws]\n"))
        .isNotEmpty();
  }

  @Test
  void theBuiltInPolicyFileIsValidAgainstTheSchemaUsersGet() throws Exception {
    try (InputStream in = PolicySchemaTest.class.getResourceAsStream(BuiltinPolicy.RESOURCE)) {
      assertThat(errors(new String(in.readAllBytes(), StandardCharsets.UTF_8))).isEmpty();
    }
  }

  @Test
  void runtimeEnumMatchesTheKnowledgeBase() throws Exception {
    JsonNode schema;
    try (InputStream in =
        PolicySchemaTest.class.getResourceAsStream(
            "/dev/ssotguard/schema/ssot-policy.schema.json")) {
      schema = new ObjectMapper().readTree(in);
    }
    TreeSet<String> enumIds = new TreeSet<>();
    schema
        .at("/properties/runtimes/items/properties/runtime/enum")
        .forEach(n -> enumIds.add(n.asText()));
    assertThat(enumIds)
        .isEqualTo(new TreeSet<>(KnowledgeLoader.builtin().runtimes().byId().keySet()));
  }
}
