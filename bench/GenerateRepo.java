import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes a deterministic synthetic monorepo for benchmarks: a realistic mix of source, docs, compose,
 * env, Terraform, workflows, SQL, JSON and binary files, with planted policy breaks listed in
 * expected.txt (RULE path:line) so a speed run doubles as a correctness run.
 *
 * <p>Usage: {@code java bench/GenerateRepo.java OUT_DIR FILES [SEED]}
 */
public final class GenerateRepo {
  private static final String[] WORDS = {
    "invoice", "payment", "ledger", "customer", "report", "metric", "pipeline", "ingest", "stock", "order",
    "account", "session", "cache", "queue", "worker", "schema", "export", "import", "tenant", "audit"
  };

  private final Random random;
  private final Path root;
  private final List<String> expected = new ArrayList<>();
  private long bytes;

  private GenerateRepo(Path root, long seed) {
    this.root = root;
    this.random = new Random(seed);
  }

  public static void main(String[] args) throws IOException {
    if (args.length < 2) {
      System.err.println("usage: java bench/GenerateRepo.java OUT_DIR FILES [SEED]");
      System.exit(2);
    }
    Path out = Path.of(args[0]);
    int files = Integer.parseInt(args[1]);
    long seed = args.length > 2 ? Long.parseLong(args[2]) : 42L;
    GenerateRepo g = new GenerateRepo(out, seed);
    g.generate(files);
    Files.write(out.resolve("expected.txt"), g.expected, StandardCharsets.UTF_8);
    System.out.printf("wrote %d files, %.1f MB, %d planted findings to %s%n", files, g.bytes / 1e6, g.expected.size(), out);
  }

  private void generate(int files) throws IOException {
    int services = Math.max(1, files / 250);
    int written = 0;
    for (int s = 0; s < services && written < files; s++) {
      String dir = "services/" + WORDS[s % WORDS.length] + "-" + s;
      written += service(dir, s);
    }
    while (written < files) {
      int kind = random.nextInt(100);
      // About 15 files a folder, as in real monorepos: packages/<name>/src/<module>.
      String dir = "packages/" + WORDS[random.nextInt(WORDS.length)] + "-" + random.nextInt(Math.max(1, files / 600))
          + "/src/" + WORDS[random.nextInt(8)];
      String name = WORDS[random.nextInt(WORDS.length)] + "_" + written;
      if (kind < 40) {
        write(dir + "/" + name + ".py", python(60 + random.nextInt(650)));
      } else if (kind < 62) {
        write(dir + "/" + name + ".ts", typescript(60 + random.nextInt(700)));
      } else if (kind < 72) {
        write(dir + "/" + name + ".java", java(80 + random.nextInt(600)));
      } else if (kind < 82) {
        write("docs/" + dir + "/" + name + ".md", markdown(30 + random.nextInt(600)));
      } else if (kind < 85) {
        write(dir + "/" + name + ".json", json(20 + random.nextInt(400)));
      } else if (kind < 87) {
        write(dir + "/locales/" + name + ".json", i18n(50 + random.nextInt(800)));
      } else if (kind < 88) {
        write(dir + "/" + name + ".openapi.json", openApiJson(5 + random.nextInt(60)));
      } else if (kind < 92) {
        write(dir + "/" + name + ".yaml", yaml(20 + random.nextInt(200)));
      } else if (kind < 96) {
        writeBytes(dir + "/" + name + ".png", binary(2_000 + random.nextInt(60_000)));
      } else {
        write(dir + "/" + name + ".go", go(50 + random.nextInt(500)));
      }
      written++;
    }
  }

  /** One service folder with configs; every fourth one carries planted breaks. */
  private int service(String dir, int index) throws IOException {
    boolean bad = index % 4 == 0;
    String compose = "services:\n"
        + "  api:\n    image: ghcr.io/acme/" + WORDS[index % WORDS.length] + ":1." + index + "\n"
        + "    environment:\n      DATABASE_URL: postgresql+psycopg2://api:${API_DB_PASSWORD}@db:5432/api\n"
        + "  superset:\n    image: apache/superset:4.0.2\n"
        + "    environment:\n      SUPERSET_DB_URI: postgresql+psycopg2://superset:${SUPERSET_DB_PASSWORD}@db/superset\n"
        + "    volumes:\n      - ./superset_config.py:/app/pythonpath/superset_config.py\n"
        + "  n8n:\n    image: n8nio/n8n:1.70.0\n    environment:\n"
        + (bad ? "      N8N_DB_TYPE: postgresdb\n" : "      DB_TYPE: postgresdb\n      DB_POSTGRESDB_HOST: ${N8N_DB_HOST}\n");
    write(dir + "/compose.yaml", compose);
    if (bad) {
      expected.add("SSOT402 " + dir + "/compose.yaml:12");
    }
    String config = "import os\n\nSQLALCHEMY_DATABASE_URI = "
        + (bad ? "\"sqlite:////app/superset_home/superset.db\"\n" : "os.environ[\"SUPERSET_DB_URI\"]\n");
    write(dir + "/superset_config.py", config);
    if (bad) {
      expected.add("SSOT401 " + dir + "/superset_config.py:3");
    }
    write(dir + "/.env.example", "API_DB_PASSWORD=changeme\nSUPERSET_DB_URI=postgresql://superset:changeme@db/superset\n");
    write(dir + "/infra/main.tf", terraform(index));
    write(dir + "/.github/workflows/ci.yml", "name: ci\non: push\njobs:\n  test:\n    runs-on: ubuntu-latest\n"
        + "    steps:\n      - uses: actions/checkout@v4\n      - run: make test\n");
    // What real platform repositories also hold: lock files, API specs, workflow and design exports.
    if (index % 2 == 0) {
      write(dir + "/web/package-lock.json", packageLock(1_200 + random.nextInt(5_000)));
    }
    write(dir + "/api/openapi.yaml", openApiYaml(10 + random.nextInt(80)));
    if (index % 5 == 0) {
      write(dir + "/n8n/workflows/" + WORDS[index % WORDS.length] + ".json", n8nExport(5 + random.nextInt(40)));
    }
    if (index % 20 == 0) {
      write(dir + "/design/tokens.json", designExport(4_000 + random.nextInt(8_000)));
    }
    write(dir + "/supabase/migrations/2026010" + (index % 9 + 1) + "000000_init.sql",
        "create table t" + index + " (id bigint primary key, note text);\n");
    if (bad) {
      write(dir + "/settings.env", "LOG_LEVEL=info\nDATABASE_URL=sqlite:////var/lib/app/app.db\n");
      expected.add("SSOT301 " + dir + "/settings.env:2");
      write(dir + "/deploy.env", "DATABASE_URL=postgresql://app:Pl4nted-" + index + "@db.example.com:5432/app\n");
      expected.add("SSOT901 " + dir + "/deploy.env:1");
      return 9 + extras(index);
    }
    return 7 + extras(index);
  }

  private static int extras(int index) {
    return (index % 2 == 0 ? 1 : 0) + (index % 5 == 0 ? 1 : 0) + (index % 20 == 0 ? 1 : 0);
  }

  /** An npm lock file: 0.3-1.5 MB of package entries with integrity hashes. */
  private String packageLock(int packages) {
    StringBuilder sb = new StringBuilder("{\n  \"name\": \"web\",\n  \"lockfileVersion\": 3,\n  \"packages\": {\n");
    for (int i = 0; i < packages; i++) {
      String w = WORDS[random.nextInt(WORDS.length)] + "-" + i;
      sb.append("    \"node_modules/").append(w).append("\": {\n")
          .append("      \"version\": \"").append(random.nextInt(20)).append('.').append(random.nextInt(30)).append(".0\",\n")
          .append("      \"resolved\": \"https://registry.npmjs.org/").append(w).append("/-/").append(w).append("-1.0.0.tgz\",\n")
          .append("      \"integrity\": \"sha512-").append(Long.toHexString(random.nextLong())).append(Long.toHexString(random.nextLong()))
          .append("\",\n      \"dev\": ").append(random.nextBoolean()).append(",\n")
          .append("      \"license\": \"MIT\"\n    }").append(i + 1 < packages ? ",\n" : "\n");
    }
    return sb.append("  }\n}\n").toString();
  }

  /** A translation bundle; login forms put a "password" label in most of them. */
  private String i18n(int entries) {
    StringBuilder sb = new StringBuilder("{\n  \"login.password\": \"Password\",\n");
    for (int i = 0; i < entries; i++) {
      String w = WORDS[random.nextInt(WORDS.length)];
      sb.append("  \"").append(w).append('.').append(i).append("\": \"Show the ").append(w).append(" list\"")
          .append(i + 1 < entries ? ",\n" : "\n");
    }
    return sb.append("}\n").toString();
  }

  private String openApiJson(int paths) {
    StringBuilder sb = new StringBuilder("{\n  \"openapi\": \"3.0.3\",\n  \"paths\": {\n");
    for (int i = 0; i < paths; i++) {
      String w = WORDS[random.nextInt(WORDS.length)];
      sb.append("    \"/").append(w).append('/').append(i).append("\": {\"get\": {\"summary\": \"List ").append(w)
          .append("\", \"responses\": {\"200\": {\"description\": \"ok\"}}}}").append(i + 1 < paths ? ",\n" : "\n");
    }
    return sb.append("  }\n}\n").toString();
  }

  private String openApiYaml(int paths) {
    StringBuilder sb = new StringBuilder("openapi: 3.0.3\ninfo:\n  title: api\n  version: 1.0.0\npaths:\n");
    for (int i = 0; i < paths; i++) {
      String w = WORDS[random.nextInt(WORDS.length)];
      sb.append("  /").append(w).append('/').append(i).append(":\n    get:\n      summary: List ").append(w)
          .append("\n      responses:\n        \"200\":\n          description: ok\n");
    }
    return sb.toString();
  }

  /** An n8n workflow export: nodes referring to stored credentials by id, never holding them. */
  private String n8nExport(int nodes) {
    StringBuilder sb = new StringBuilder("{\n  \"name\": \"sync\",\n  \"nodes\": [\n");
    for (int i = 0; i < nodes; i++) {
      sb.append("    {\"id\": \"").append(Long.toHexString(random.nextLong())).append("\", \"name\": \"Step ").append(i)
          .append("\", \"type\": \"n8n-nodes-base.postgres\", \"position\": [").append(i * 200).append(", 300],")
          .append(" \"parameters\": {\"operation\": \"executeQuery\", \"query\": \"select * from ")
          .append(WORDS[random.nextInt(WORDS.length)]).append("\"}, \"credentials\": {\"postgres\": {\"id\": \"")
          .append(random.nextInt(100)).append("\", \"name\": \"Postgres account\"}}}").append(i + 1 < nodes ? ",\n" : "\n");
    }
    return sb.append("  ],\n  \"connections\": {}\n}\n").toString();
  }

  /** A design-tool export: deep, wide and 1-3 MB. */
  private String designExport(int tokens) {
    StringBuilder sb = new StringBuilder("{\n  \"document\": {\n    \"children\": [\n");
    for (int i = 0; i < tokens; i++) {
      sb.append("      {\"id\": \"").append(i).append(":").append(random.nextInt(999)).append("\", \"type\": \"RECTANGLE\", ")
          .append("\"fills\": [{\"color\": {\"r\": ").append(random.nextDouble()).append(", \"g\": ").append(random.nextDouble())
          .append(", \"b\": ").append(random.nextDouble()).append("}}], \"absoluteBoundingBox\": {\"x\": ")
          .append(random.nextInt(5000)).append(", \"y\": ").append(random.nextInt(5000)).append("}}").append(i + 1 < tokens ? ",\n" : "\n");
    }
    return sb.append("    ]\n  }\n}\n").toString();
  }

  private String python(int lines) {
    StringBuilder sb = new StringBuilder("import os\nimport logging\n\nlog = logging.getLogger(__name__)\n\n");
    for (int i = 0; i < lines; i++) {
      String w = WORDS[random.nextInt(WORDS.length)];
      switch (random.nextInt(6)) {
        case 0 -> sb.append("def ").append(w).append('_').append(i).append("(value, limit=").append(i).append("):\n");
        case 1 -> sb.append("    total = sum(x.").append(w).append(" for x in value if x.amount > ").append(i).append(")\n");
        case 2 -> sb.append("    log.info(\"processed %s ").append(w).append(" records\", len(value))\n");
        case 3 -> sb.append("    # see https://docs.example.com/").append(w).append("/").append(i).append('\n');
        case 4 -> sb.append("    return {\"").append(w).append("\": total, \"limit\": limit}\n");
        default -> sb.append('\n');
      }
    }
    return sb.toString();
  }

  private String typescript(int lines) {
    StringBuilder sb = new StringBuilder("import { z } from 'zod';\n\n");
    for (int i = 0; i < lines; i++) {
      String w = WORDS[random.nextInt(WORDS.length)];
      sb.append(random.nextBoolean()
          ? "export const " + w + i + " = z.object({ id: z.string(), amount: z.number().min(" + i + ") });\n"
          : "  const url = `https://api.example.com/" + w + "/${id}?page=" + i + "`;\n");
    }
    return sb.toString();
  }

  private String java(int lines) {
    StringBuilder sb = new StringBuilder("package com.acme;\n\npublic final class C").append(random.nextInt(1_000_000)).append(" {\n");
    for (int i = 0; i < lines; i++) {
      sb.append("  private final String ").append(WORDS[random.nextInt(WORDS.length)]).append(i)
          .append(" = \"value-").append(i).append("\";\n");
    }
    return sb.append("}\n").toString();
  }

  private String go(int lines) {
    StringBuilder sb = new StringBuilder("package main\n\nimport \"fmt\"\n\n");
    for (int i = 0; i < lines; i++) {
      sb.append("func f").append(i).append("() { fmt.Println(\"").append(WORDS[random.nextInt(WORDS.length)]).append("\") }\n");
    }
    return sb.toString();
  }

  private String markdown(int lines) {
    StringBuilder sb = new StringBuilder("# ").append(WORDS[random.nextInt(WORDS.length)]).append("\n\n");
    for (int i = 0; i < lines; i++) {
      sb.append("The ").append(WORDS[random.nextInt(WORDS.length)]).append(" service reads from PostgreSQL and ")
          .append("publishes to the ").append(WORDS[random.nextInt(WORDS.length)]).append(" queue.\n");
    }
    return sb.toString();
  }

  private String json(int entries) {
    StringBuilder sb = new StringBuilder("{\n");
    for (int i = 0; i < entries; i++) {
      sb.append("  \"").append(WORDS[random.nextInt(WORDS.length)]).append(i).append("\": ").append(random.nextInt(10_000))
          .append(i + 1 < entries ? ",\n" : "\n");
    }
    return sb.append("}\n").toString();
  }

  private String yaml(int entries) {
    StringBuilder sb = new StringBuilder("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cfg\ndata:\n");
    for (int i = 0; i < entries; i++) {
      sb.append("  ").append(WORDS[random.nextInt(WORDS.length)]).append('_').append(i).append(": \"").append(random.nextInt()).append("\"\n");
    }
    return sb.toString();
  }

  private static String terraform(int index) {
    return "resource \"digitalocean_database_cluster\" \"pg" + index + "\" {\n  name    = \"pg-" + index + "\"\n"
        + "  engine  = \"pg\"\n  version = \"16\"\n  size    = \"db-s-1vcpu-1gb\"\n  region  = \"fra1\"\n  node_count = 1\n}\n\n"
        + "resource \"digitalocean_database_firewall\" \"pg" + index + "\" {\n  cluster_id = digitalocean_database_cluster.pg" + index + ".id\n\n"
        + "  rule {\n    type  = \"tag\"\n    value = \"app-" + index + "\"\n  }\n}\n";
  }

  private byte[] binary(int size) {
    byte[] b = new byte[size];
    random.nextBytes(b);
    b[0] = (byte) 0x89;
    b[1] = 'P';
    b[2] = 'N';
    b[3] = 'G';
    b[4] = 0;
    return b;
  }

  private void write(String rel, String text) throws IOException {
    writeBytes(rel, text.getBytes(StandardCharsets.UTF_8));
  }

  private void writeBytes(String rel, byte[] content) throws IOException {
    Path p = root.resolve(rel);
    Files.createDirectories(p.getParent());
    Files.write(p, content);
    bytes += content.length;
  }
}
