package dev.ssotguard.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.xml.sax.SAXException;

/** Validation of reports against JSON Schemas and XML Schemas. */
public final class Schemas {
  private Schemas() {}

  /** Errors of a JSON document against a draft-07 (or later, by its $schema) JSON Schema. */
  public static List<String> jsonErrors(Path schemaFile, String json) {
    try (InputStream in = Files.newInputStream(schemaFile)) {
      Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7).getSchema(in);
      return schema.validate(new ObjectMapper().readTree(json)).stream()
          .map(Error::toString)
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Errors of an XML document against an XML Schema (empty when valid). */
  public static List<String> xmlErrors(Path xsd, String xml) {
    try {
      SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
      factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      javax.xml.validation.Validator v = factory.newSchema(xsd.toFile()).newValidator();
      v.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      v.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      v.validate(new StreamSource(new StringReader(xml)));
      return List.of();
    } catch (SAXException e) {
      return List.of(e.getMessage());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
