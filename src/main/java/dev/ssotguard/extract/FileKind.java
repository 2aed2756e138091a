package dev.ssotguard.extract;

import java.util.Locale;

/** What a file is, judged from its name; content decides the rest (a YAML file may be compose). */
public enum FileKind {
  YAML,
  JSON,
  DOTENV,
  PYTHON,
  INI,
  PROPERTIES,
  PRISMA,
  SCRIPT,
  SQL,
  DOCKERFILE,
  TERRAFORM,
  PGPASS,
  TOML,
  DOCUMENTATION,
  OTHER;

  public static FileKind of(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    if (n.endsWith(".yml") || n.endsWith(".yaml")) {
      return YAML;
    }
    if (n.endsWith(".json")) {
      return JSON;
    }
    if (n.equals(".env") || n.startsWith(".env.") || n.endsWith(".env")) {
      return DOTENV;
    }
    if (n.endsWith(".py")) {
      return PYTHON;
    }
    if (n.endsWith(".conf") || n.endsWith(".ini") || n.endsWith(".cfg")) {
      return INI;
    }
    if (n.endsWith(".properties")) {
      return PROPERTIES;
    }
    if (n.endsWith(".prisma")) {
      return PRISMA;
    }
    if (n.endsWith(".js")
        || n.endsWith(".ts")
        || n.endsWith(".mjs")
        || n.endsWith(".cjs")
        || n.endsWith(".mts")
        || n.endsWith(".cts")) {
      return SCRIPT;
    }
    if (n.endsWith(".tf") || n.endsWith(".tfvars")) {
      return TERRAFORM;
    }
    if (n.equals(".pgpass") || n.equals("pgpass")) {
      return PGPASS;
    }
    if (n.endsWith(".toml")) {
      return TOML;
    }
    if (n.endsWith(".sql")) {
      return SQL;
    }
    if (n.equals("dockerfile") || n.startsWith("dockerfile.") || n.endsWith(".dockerfile")) {
      return DOCKERFILE;
    }
    if (n.endsWith(".md")
        || n.endsWith(".mdx")
        || n.endsWith(".mdoc")
        || n.endsWith(".markdown")
        || n.endsWith(".rst")
        || n.endsWith(".adoc")
        || n.endsWith(".txt")) {
      return DOCUMENTATION;
    }
    return OTHER;
  }

  /** Kinds whose parse failures deserve an SSOT000 note; others are read as plain text only. */
  public boolean isConfig() {
    return this != SCRIPT && this != SQL && this != DOCUMENTATION && this != OTHER;
  }
}
