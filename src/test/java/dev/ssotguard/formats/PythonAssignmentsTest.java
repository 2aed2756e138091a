package dev.ssotguard.formats;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ssotguard.formats.python.PyEvaluator;
import dev.ssotguard.formats.python.PyEvaluator.Binding;
import dev.ssotguard.formats.python.PyModule;
import dev.ssotguard.formats.python.PythonAssignments;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class PythonAssignmentsTest {
  /** The shape of apache/superset's docker/pythonpath_dev/superset_config.py. */
  private static final String OFFICIAL =
      """
      import os
      DATABASE_DIALECT = os.getenv("DATABASE_DIALECT")
      DATABASE_USER = os.getenv("DATABASE_USER")
      DATABASE_PASSWORD = os.getenv("DATABASE_PASSWORD")
      DATABASE_HOST = os.getenv("DATABASE_HOST")
      DATABASE_PORT = os.getenv("DATABASE_PORT")
      DATABASE_DB = os.getenv("DATABASE_DB")
      SQLALCHEMY_DATABASE_URI = (
          f"{DATABASE_DIALECT}://"
          f"{DATABASE_USER}:{DATABASE_PASSWORD}@"
          f"{DATABASE_HOST}:{DATABASE_PORT}/{DATABASE_DB}"
      )
      class CeleryConfig:
          broker_url = f"redis://{REDIS_HOST}:{REDIS_PORT}/0"
      try:
          from superset_config_docker import *  # noqa
      except ImportError:
          pass\
      """;

  private static String eval(String source, String name, Map<String, String> env) {
    PyModule m = PythonAssignments.parse(source);
    Function<String, Binding> lookup =
        k -> env.containsKey(k) ? Binding.set(env.get(k)) : Binding.unset();
    return new PyEvaluator(m, lookup).evaluate(m.lastAssignment(name).value()).text();
  }

  @Test
  void evaluatesTheOfficialDockerConfigWithItsEnvironment() {
    Map<String, String> env =
        Map.of(
            "DATABASE_DIALECT",
            "postgresql",
            "DATABASE_USER",
            "superset",
            "DATABASE_PASSWORD",
            "pw",
            "DATABASE_HOST",
            "db",
            "DATABASE_PORT",
            "5432",
            "DATABASE_DB",
            "superset");
    assertThat(eval(OFFICIAL, "SQLALCHEMY_DATABASE_URI", env))
        .isEqualTo("postgresql://superset:pw@db:5432/superset");
    PyModule m = PythonAssignments.parse(OFFICIAL);
    assertThat(m.starImports())
        .extracting(PyModule.StarImport::module)
        .containsExactly("superset_config_docker");
    PyModule.Assignment uri = m.lastAssignment("SQLALCHEMY_DATABASE_URI");
    assertThat(uri.line()).isEqualTo(8);
    assertThat(uri.endLine()).isEqualTo(12);
    assertThat(uri.topLevel()).isTrue();
    assertThat(m.lastAssignment("broker_url").topLevel()).isFalse();
  }

  @Test
  void readsDefaultsPercentFormatHelpersAndOr() {
    assertThat(eval("import os\nX = os.getenv('U', 'sqlite:////a.db')\n", "X", Map.of()))
        .isEqualTo("sqlite:////a.db");
    assertThat(eval("import os\nX = os.environ.get('U', default='d')\n", "X", Map.of()))
        .isEqualTo("d");
    assertThat(eval("import os\nX = os.environ['U']\n", "X", Map.of("U", "v"))).isEqualTo("v");
    assertThat(
            eval("X = 'postgresql://%s:%s@%s/%s' % ('u', P, 'h', 'd')\nP = 'x'\n", "X", Map.of()))
        .isEqualTo("postgresql://u:x@h/d");
    assertThat(eval("X = '{}://{}'.format('mysql', 'h')\n", "X", Map.of())).isEqualTo("mysql://h");
    assertThat(eval("X = '{1}://{0}'.format('h', 'mysql')\n", "X", Map.of()))
        .isEqualTo("mysql://h");
    // A field number too large for an int (a fuzzer finding) is an unknown part, not a crash.
    assertThat(eval("X = '{0}://{111111111111}'.format('mysql')\n", "X", Map.of()))
        .startsWith("mysql://")
        .isNotEqualTo("mysql://")
        .doesNotContain("111111111111");
    assertThat(eval("X = 'a' 'b' + \"c\"\n", "X", Map.of())).isEqualTo("abc");
    assertThat(eval("X = r'a\\b'\n", "X", Map.of())).isEqualTo("a\\b");
    assertThat(
            eval(
                """
                import os
                def get_env_variable(var_name, default=None):
                    try:
                        return os.environ[var_name]
                    except KeyError:
                        return default
                X = get_env_variable('DB', 'fallback')
                """,
                "X",
                Map.of("DB", "from-env")))
        .isEqualTo("from-env");
    assertThat(eval("import os\nX = os.getenv('A') or 'sqlite://'\n", "X", Map.of()))
        .isEqualTo("sqlite://");
  }

  @Test
  void unknownPartsStaySymbolic() {
    PyModule m =
        PythonAssignments.parse(
            "import os\nX = f\"postgresql://u:{os.environ['PW']}@{HOST}/db\"\n");
    PyEvaluator.Value v =
        new PyEvaluator(m, k -> Binding.unknown()).evaluate(m.lastAssignment("X").value());
    assertThat(v.complete()).isFalse();
    assertThat(v.text()).isEqualTo("postgresql://u:${PW}@${HOST}/db");
  }

  @Test
  void survivesBrokenAndHostileSource() {
    assertThat(PythonAssignments.parse("X = '''unterminated\n").assignments()).hasSize(1);
    assertThat(PythonAssignments.parse("X = " + "(".repeat(5_000) + "\n").assignments()).hasSize(1);
    assertThat(PythonAssignments.parse("def f(:\n  ]]]\n").assignments()).isEmpty();
  }
}
