package dev.ssotguard.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Validates JSON reports and inventories against the schemas the jar ships (dev/ssotguard/schema).
 */
public final class ReportSchema {
  public static final String RESOURCE = "/dev/ssotguard/schema/report.schema.json";

  private ReportSchema() {}

  public static final String INVENTORY = "/dev/ssotguard/schema/inventory.schema.json";

  public static List<String> errors(String json) {
    return errors(RESOURCE, json);
  }

  /** Errors of {@code json} against one of the jar's schemas. */
  public static List<String> errors(String resource, String json) {
    try (InputStream in = ReportSchema.class.getResourceAsStream(resource)) {
      Schema schema =
          SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
      return schema.validate(new ObjectMapper().readTree(json)).stream()
          .map(Error::toString)
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
