package dev.ssotguard.extract;

import dev.ssotguard.connection.ConnectionString;
import dev.ssotguard.connection.ConnectionStringParser;
import dev.ssotguard.knowledge.Knowledge;
import dev.ssotguard.knowledge.KnowledgeLoader;
import dev.ssotguard.model.Environment;
import dev.ssotguard.workspace.SourceFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The scan's hot code: the connection-string parser, the compose extraction, the generic text
 * scanner and the byte pre-filter that decides which files are decoded at all. Run with {@code
 * bench/jmh.sh}; inputs are built here, deterministic, and shaped like the bench generator's.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class HotPathBenchmarks {
  private static final List<String> DSNS =
      List.of(
          "postgresql+psycopg2://api:${API_DB_PASSWORD}@db:5432/api",
          "postgresql://postgres.abcdefghijklmnopqrst:pw@aws-0-eu-central-1.pooler.supabase.com:6543/postgres",
          "postgresql://postgres:pw@db.abcdefghijklmnopqrst.supabase.co:5432/postgres?sslmode=require",
          "jdbc:postgresql://pg-main-do-user-1.db.ondigitalocean.com:25060/defaultdb?sslmode=require",
          "host=db.example.com port=5432 dbname=app user=app password=secret sslmode=verify-full",
          "mysql+pymysql://legacy:pw@mariadb:3306/legacy",
          "sqlite:////app/superset_home/superset.db");

  private ConnectionStringParser parser;
  private TextScanner text;
  private FileExtractor extractor;
  private String sourceText;
  private byte[] sourceBytes;
  private Path composeDir;
  private SourceFile compose;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    Knowledge knowledge = KnowledgeLoader.builtin();
    parser = knowledge.connectionParser();
    text = new TextScanner(parser);
    extractor = new FileExtractor(knowledge, 2L << 20);
    StringBuilder sb = new StringBuilder("import os\nimport logging\n\n");
    for (int i = 0; i < 600; i++) {
      sb.append("    total = sum(x.amount for x in value if x.amount > ").append(i).append(")\n");
      sb.append("    # see https://docs.example.com/ledger/").append(i).append('\n');
      sb.append("    return {\"ledger\": total, \"limit\": limit}\n");
      if (i % 200 == 0) {
        sb.append("DATABASE_URL = \"").append(DSNS.get(i / 200)).append("\"\n");
      }
    }
    sourceText = sb.toString();
    sourceBytes = sourceText.getBytes(StandardCharsets.UTF_8);
    composeDir = Files.createTempDirectory("ssot-jmh");
    Path file = composeDir.resolve("compose.yaml");
    StringBuilder c = new StringBuilder("services:\n");
    for (int i = 0; i < 20; i++) {
      c.append("  api")
          .append(i)
          .append(":\n    image: ghcr.io/acme/api:1.")
          .append(i)
          .append("\n    environment:\n      DATABASE_URL: ")
          .append(DSNS.get(i % DSNS.size()))
          .append("\n      LOG_LEVEL: info\n    volumes:\n      - ./conf:/etc/app\n");
    }
    Files.writeString(file, c);
    compose = new SourceFile("compose.yaml", file, Files.size(file), true, Environment.PRODUCTION);
  }

  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    Files.deleteIfExists(composeDir.resolve("compose.yaml"));
    Files.deleteIfExists(composeDir);
  }

  /** Seven DSNs of every syntax, each parsed whole. */
  @Benchmark
  public int connectionStringParse() {
    int n = 0;
    for (String dsn : DSNS) {
      Optional<ConnectionString> cs = parser.parse(dsn);
      n += cs.isPresent() ? 1 : 0;
    }
    return n;
  }

  /** A 20-service compose file: read, YAML, services, variables, connections, credentials. */
  @Benchmark
  public FileFacts composeExtraction() {
    return extractor.extract(compose);
  }

  /** The generic text scanner over ~1,800 lines of Python holding three connection strings. */
  @Benchmark
  public int textScanner() {
    FactsBuilder out =
        new FactsBuilder(
            new SourceFile("app/settings.py", composeDir, sourceBytes.length, true, Environment.PRODUCTION),
            FileKind.PYTHON);
    text.scan(sourceText, out);
    return out.build().uses().size();
  }

  /** The byte pre-filter over the same ~100 KB of Python (the work every text file gets). */
  @Benchmark
  public int needles() {
    return Needles.scan(sourceBytes, true);
  }
}
