package dev.ssotguard.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.ssotguard.formats.ParseException;
import dev.ssotguard.formats.dotenv.DotenvEntry;
import dev.ssotguard.formats.dotenv.DotenvParser;
import dev.ssotguard.formats.hcl.HclParser;
import dev.ssotguard.formats.ini.IniFile;
import dev.ssotguard.formats.ini.IniParser;
import dev.ssotguard.formats.json.JsonLoader;
import dev.ssotguard.formats.python.PyEvaluator;
import dev.ssotguard.formats.python.PyModule;
import dev.ssotguard.formats.python.PythonAssignments;
import dev.ssotguard.formats.sql.SqlLexer;
import dev.ssotguard.formats.sql.SqlStatement;
import dev.ssotguard.formats.toml.TomlSettings;
import dev.ssotguard.formats.yaml.YNode;
import dev.ssotguard.formats.yaml.YamlLoader;

/**
 * Fuzz targets for the parsers that read repository files. Each asserts bounded time, positions
 * inside the input and, where a value is worked out, a bounded size.
 */
class FormatsFuzzTest {
  @FuzzTest(maxDuration = "4m")
  void yamlAndJson(FuzzedDataProvider data) {
    String text = data.consumeRemainingAsString();
    Bounded.timed(
        "YAML",
        () -> {
          try {
            new YamlLoader(1 << 20).load(text);
          } catch (ParseException e) {
            Bounded.yamlLineInside(e.line(), text);
            assertThat(e.column()).isPositive();
          }
        });
  }

  /**
   * JSON through Jackson: bounded time, every node and error at a position inside the input, and an
   * error message quoting no run of the input longer than a character (a broken value may be a
   * password).
   */
  @FuzzTest(maxDuration = "4m")
  void json(FuzzedDataProvider data) {
    String text = data.consumeRemainingAsString();
    Bounded.timed(
        "JSON",
        () -> {
          try {
            for (YNode node : new JsonLoader().load(text)) {
              Bounded.yamlLineInside(node.line(), text);
              assertThat(node.column()).isPositive();
            }
          } catch (ParseException e) {
            Bounded.yamlLineInside(e.line(), text);
            assertThat(e.column()).isPositive();
            // Jackson's words only: nothing quoted from the input (the position says where); a
            // duplicate key is named, as the YAML loader names it.
            if (!e.getMessage().startsWith("JSON: duplicate key '")) {
              assertThat(e.getMessage()).doesNotContain("'", "\"", "`");
            }
          }
        });
  }

  @FuzzTest(maxDuration = "4m")
  void toml(FuzzedDataProvider data) {
    String text = data.consumeRemainingAsString();
    Bounded.timed(
        "TOML",
        () -> {
          try {
            for (TomlSettings.Setting s : TomlSettings.read(text)) {
              Bounded.yamlLineInside(s.line(), text);
              assertThat(s.column()).isPositive();
            }
          } catch (ParseException e) {
            Bounded.yamlLineInside(e.line(), text);
            // a fixed sentence: nothing of the input in the note
            assertThat(e.getMessage())
                .isIn(
                    "TOML: syntax error",
                    "TOML nested too deeply to read",
                    "TOML could not be read");
          }
        });
  }

  @FuzzTest(maxDuration = "4m")
  void dotenv(FuzzedDataProvider data) {
    String text = data.consumeRemainingAsString();
    Bounded.timed(
        "dotenv",
        () -> {
          for (DotenvEntry e : DotenvParser.parse(text)) {
            Bounded.lineInside(e.line(), text);
            assertThat(e.column()).isPositive();
            assertThat(e.valueColumn()).isGreaterThanOrEqualTo(e.column());
          }
        });
  }

  @FuzzTest(maxDuration = "4m")
  void ini(FuzzedDataProvider data) {
    String text = data.consumeRemainingAsString();
    Bounded.timed(
        "INI",
        () -> {
          for (IniFile.Section s : IniParser.parse(text).sections()) {
            for (IniFile.Entry e : s.entries()) {
              Bounded.lineInside(e.line(), text);
              assertThat(e.column()).isPositive();
            }
          }
        });
  }

  @FuzzTest(maxDuration = "4m")
  void pythonAssignmentsAndEvaluation(FuzzedDataProvider data) {
    String text = data.consumeRemainingAsString();
    Bounded.timed(
        "Python",
        () -> {
          PyModule module = PythonAssignments.parse(text);
          PyEvaluator evaluator =
              new PyEvaluator(module, name -> PyEvaluator.Binding.set(name.repeat(3)));
          for (PyModule.Assignment a : module.assignments()) {
            Bounded.lineInside(a.line(), text);
            assertThat(a.endLine()).isGreaterThanOrEqualTo(a.line());
            PyEvaluator.Value v = evaluator.evaluate(a.value());
            assertThat(v.text().length()).isLessThanOrEqualTo(8 * 1024 + 64);
          }
        });
  }

  @FuzzTest(maxDuration = "4m")
  void hcl(FuzzedDataProvider data) {
    String text = data.consumeRemainingAsString();
    Bounded.timed(
        "HCL",
        () -> {
          try {
            HclParser.parse(text);
          } catch (ParseException e) {
            Bounded.lineInside(e.line(), text);
          }
        });
  }

  @FuzzTest(maxDuration = "4m")
  void sqlLexer(FuzzedDataProvider data) {
    String text = data.consumeRemainingAsString();
    Bounded.timed(
        "SQL",
        () -> {
          for (SqlStatement s : SqlLexer.statements(text)) {
            Bounded.lineInside(s.line(), text);
            assertThat(s.words().size()).isLessThanOrEqualTo(12);
          }
        });
  }
}
