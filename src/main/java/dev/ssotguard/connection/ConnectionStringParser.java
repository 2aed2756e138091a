package dev.ssotguard.connection;

import dev.ssotguard.connection.ConnectionString.Syntax;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One parser for SQLAlchemy URLs, libpq URIs and keyword DSNs, JDBC and R2DBC URLs and {@code
 * file:} URLs. It never evaluates anything and never keeps a password. {@code java.net.URI} is not
 * used: real DSNs hold templates, unencoded characters and multiple hosts it rejects.
 */
public final class ConnectionStringParser {
  // Not inside a word (x-postgres://), but after a shell or compose default
  // (${URL:-postgres://...}).
  static final Pattern URL_HEAD =
      Pattern.compile(
          "(?i)(?<![A-Za-z0-9_.+])(?<![A-Za-z0-9_.+]-)(jdbc:|r2dbcs?:(?:pool:)?)?([a-z][a-z0-9]*)(\\+[a-z0-9_]+)?://");
  static final Pattern JDBC_EMBEDDED_HEAD =
      Pattern.compile("(?i)(?<![A-Za-z0-9_.+-])jdbc:(sqlite|h2):");
  static final Pattern DSN_PAIR =
      // A quoted value is unrolled ('[^'\\]*(\\.[^'\\]*)*'): java.util.regex recurses once per
      // repetition of a group, so a per-character alternation overflowed the stack on a long
      // quoted value (a fuzzer finding); escapes are bounded for the same reason.
      Pattern.compile("([a-z_]+)\\s*=\\s*('[^'\\\\]*+(?:\\\\.[^'\\\\]*+){0,256}'|[^\\s'\"]+)");
  static final List<String> DSN_KEYS =
      List.of(
          "host",
          "hostaddr",
          "port",
          "dbname",
          "user",
          "password",
          "sslmode",
          "options",
          "application_name",
          "connect_timeout",
          "target_session_attrs",
          "sslrootcert",
          "sslcert",
          "sslkey",
          "service",
          "passfile",
          "channel_binding",
          "gssencmode",
          "keepalives");
  private static final String MASK = "****";

  /** A character class, a group or a quantified class: regular-expression syntax, not a path. */
  private static final Pattern REGEX_SHAPE =
      Pattern.compile("\\[\\^|\\(\\?[:=!<]|][+*?]|\\(\\.[*+]|\\\\[sdwSDW][*+?]|\\\\\\.");

  /** A printf or Python %-format field; %d followed by a hex digit is percent-encoding. */
  private static final Pattern PRINTF_FIELD = Pattern.compile("%(?:s|\\(|d(?![0-9A-Fa-f]))");

  private static final Map<String, Engine> SCHEMES =
      Map.ofEntries(
          Map.entry("postgres", Engine.POSTGRESQL),
          Map.entry("postgresql", Engine.POSTGRESQL),
          Map.entry("pgsql", Engine.POSTGRESQL),
          Map.entry("postgis", Engine.POSTGRESQL),
          Map.entry("pg", Engine.POSTGRESQL),
          Map.entry("mysql", Engine.MYSQL),
          Map.entry("mysqlx", Engine.MYSQL),
          Map.entry("mysql2", Engine.MYSQL),
          Map.entry("mariadb", Engine.MARIADB),
          Map.entry("sqlite", Engine.SQLITE),
          Map.entry("sqlite3", Engine.SQLITE),
          Map.entry("mongodb", Engine.MONGODB),
          Map.entry("redis", Engine.REDIS),
          Map.entry("rediss", Engine.REDIS),
          Map.entry("valkey", Engine.REDIS),
          Map.entry("mssql", Engine.MSSQL),
          Map.entry("sqlserver", Engine.MSSQL),
          Map.entry("oracle", Engine.ORACLE),
          Map.entry("clickhouse", Engine.CLICKHOUSE),
          Map.entry("h2", Engine.H2),
          Map.entry("cockroachdb", Engine.OTHER));

  private final SecretClassifier secrets;
  private final ConnectionStringScanner scanner;

  public ConnectionStringParser(SecretClassifier secrets) {
    this.secrets = secrets;
    this.scanner = new ConnectionStringScanner(this);
  }

  /**
   * Every connection string in a line or blob of text, in order (see {@link
   * ConnectionStringScanner}).
   */
  public List<ConnectionString> findAll(String text) {
    return scanner.findAll(text);
  }

  /** The URL schemes (without {@code +driver}, lower case) that name a datastore engine. */
  public static Set<String> databaseSchemes() {
    return SCHEMES.keySet();
  }

  /** Parses a whole value (a setting's value) as one connection string. */
  public Optional<ConnectionString> parse(String value) {
    if (value == null) {
      return Optional.empty();
    }
    String v = value.trim();
    if (URL_HEAD.matcher(v).lookingAt()) {
      return parseUrl(v, 0);
    }
    if (JDBC_EMBEDDED_HEAD.matcher(v).lookingAt()) {
      return parseEmbeddedJdbc(v, 0);
    }
    if (v.regionMatches(true, 0, "file:", 0, 5)) {
      return Optional.of(fileUrl(v));
    }
    return keywordDsn(v, 0);
  }

  /** A Prisma-style {@code file:} URL of a SQLite database. */
  public ConnectionString fileUrl(String v) {
    String path = v.substring(5);
    boolean memory = path.contains(":memory:") || path.contains("mode=memory");
    return ConnectionString.embedded(
        "file",
        Engine.SQLITE,
        Syntax.FILE_URL,
        path,
        Map.of(),
        memory,
        SecretState.ABSENT,
        v,
        masked(v),
        0);
  }

  Optional<ConnectionString> keywordDsn(String text, int offset) {
    Matcher m = DSN_PAIR.matcher(text);
    Map<String, String> params = new LinkedHashMap<>();
    StringBuilder redacted = new StringBuilder();
    int pos = 0;
    SecretState password = SecretState.ABSENT;
    while (m.find()) {
      if (!text.substring(pos, m.start()).isBlank()) {
        return Optional.empty();
      }
      String key = m.group(1).toLowerCase(Locale.ROOT);
      String raw = m.group(2);
      String value = raw.startsWith("'") ? raw.substring(1, raw.length() - 1) : raw;
      redacted.append(text, pos, m.start());
      if (secrets.isSecretParameter(key)) {
        password = secrets.classify(value);
        params.put(key, MASK);
        redacted.append(m.group(1)).append('=').append(MASK);
      } else {
        // "user= password=x" gives the user "password=x" (libpq skips blanks after '='): a value
        // that reads as a secret assignment is masked like one.
        params.put(key, masked(value));
        redacted.append(m.group());
      }
      pos = m.end();
    }
    if (!text.substring(pos).isBlank() || params.size() < 2) {
      return Optional.empty();
    }
    if (!params.containsKey("host") && !params.containsKey("dbname")) {
      return Optional.empty();
    }
    String host = params.getOrDefault("host", params.getOrDefault("hostaddr", ""));
    List<HostPort> hosts =
        host.isEmpty() ? List.of() : List.of(new HostPort(host, port(params.get("port"))));
    return Optional.of(
        new ConnectionString(
            "postgresql",
            Engine.POSTGRESQL,
            Syntax.KEYWORD_DSN,
            hosts,
            params.getOrDefault("user", ""),
            password,
            params.getOrDefault("dbname", ""),
            params,
            false,
            // libpq reads "user= password=x" as the user "password=x": masked all the same.
            secrets.maskParameters(redacted.toString()),
            offset,
            offset + text.length()));
  }

  Optional<ConnectionString> parseEmbeddedJdbc(String text, int offset) {
    Matcher head = JDBC_EMBEDDED_HEAD.matcher(text);
    if (!head.lookingAt()) {
      return Optional.empty();
    }
    String sub = head.group(1).toLowerCase(Locale.ROOT);
    String rest = text.substring(head.end());
    int q = rest.indexOf('?');
    String path = q >= 0 ? rest.substring(0, q) : rest;
    boolean memory =
        path.isEmpty()
            || path.contains(":memory:")
            || path.startsWith("mem:")
            || rest.contains("mode=memory");
    Engine engine = sub.equals("h2") ? Engine.H2 : Engine.SQLITE;
    SecretState password = SecretState.ABSENT;
    if (engine == Engine.H2 && path.indexOf(';') >= 0) {
      // H2's settings follow the path: ;USER=sa;PASSWORD=secret
      for (QueryPart part : splitQuery(path.substring(path.indexOf(';') + 1))) {
        int eq = part.pair().indexOf('=');
        if (eq > 0 && part.key().equalsIgnoreCase("password")) {
          password = secrets.classify(part.pair().substring(eq + 1));
        }
      }
      path = path.substring(0, path.indexOf(';'));
    }
    return Optional.of(
        ConnectionString.embedded(
            "jdbc:" + sub,
            engine,
            Syntax.JDBC,
            path,
            Map.of(),
            memory,
            password,
            text,
            masked(text),
            offset));
  }

  Optional<ConnectionString> parseUrl(String text, int offset) {
    Matcher head = URL_HEAD.matcher(text);
    if (!head.lookingAt()) {
      return Optional.empty();
    }
    String prefix = head.group(1) == null ? "" : head.group(1).toLowerCase(Locale.ROOT);
    String base = head.group(2).toLowerCase(Locale.ROOT);
    Engine engine = engineOf(base);
    if (engine == null) {
      return Optional.empty();
    }
    String driver = head.group(3) == null ? "" : head.group(3).toLowerCase(Locale.ROOT);
    String scheme = prefix + base + driver;
    Syntax syntax =
        prefix.startsWith("jdbc")
            ? Syntax.JDBC
            : prefix.startsWith("r2dbc") ? Syntax.R2DBC : Syntax.URL;
    String rest = text.substring(head.end());
    if (REGEX_SHAPE.matcher(rest).find()) {
      // a pattern in a scanner script (sqlite:///[^\s"']+), not a database
      return Optional.empty();
    }
    if (engine == Engine.SQLITE) {
      return Optional.of(sqliteUrl(scheme, syntax, text, rest, offset));
    }
    ConnectionString cs = networkUrl(scheme, engine, syntax, text, head.end(), offset);
    // A code template (f"mysql://{u}:{p}@{h}/{d}", "mysql://%s@%s/app", "{$this->host}") names
    // no host a client could reach: not a datastore — unless it holds a literal password, which
    // is committed whatever host the code puts beside it.
    boolean template = codeTemplateAuthority(text, head.end());
    for (HostPort h : cs.hosts()) {
      template |= !Hosts.isHostOrConfigVariable(h.host());
    }
    if (template && cs.password() != SecretState.LITERAL) {
      return Optional.empty();
    }
    return Optional.of(cs);
  }

  /**
   * Whether the authority's host holds a code template that the host check cannot see because it
   * holds a URL delimiter: Ruby's {@code #{h}}, printf's {@code %s}/{@code %d}, Python's {@code
   * %(h)s}.
   */
  private static boolean codeTemplateAuthority(String text, int authorityStart) {
    int end = text.indexOf('/', authorityStart);
    String authority = text.substring(authorityStart, end < 0 ? text.length() : end);
    // only the host part: a template for the password alone (%(password)s@db) leaves a real host
    String hostPart = authority.substring(authority.lastIndexOf('@') + 1);
    return hostPart.contains("#{") || PRINTF_FIELD.matcher(hostPart).find();
  }

  private ConnectionString sqliteUrl(
      String scheme, Syntax syntax, String text, String rest, int offset) {
    int q = rest.indexOf('?');
    String query = q >= 0 ? rest.substring(q + 1) : "";
    String path = q >= 0 ? rest.substring(0, q) : rest;
    SecretState password = SecretState.ABSENT;
    int slash = path.indexOf('/');
    int at = path.lastIndexOf('@', slash >= 0 ? slash : path.length());
    if (at >= 0) {
      // SQLCipher's passphrase: sqlite+pysqlcipher://:passphrase@/file.db
      int colon = path.indexOf(':');
      if (colon >= 0 && colon < at) {
        password = secrets.classify(decode(path.substring(colon + 1, at)));
      }
      path = path.substring(at + 1);
    }
    if (path.startsWith("/")) {
      path = path.substring(1);
    }
    boolean memory = path.isEmpty() || path.contains(":memory:") || query.contains("mode=memory");
    Map<String, String> params = queryParams(query);
    params.replaceAll((key, value) -> secrets.isSecretParameter(key) ? MASK : masked(value));
    return ConnectionString.embedded(
        scheme, Engine.SQLITE, syntax, path, params, memory, password, text, masked(text), offset);
  }

  /**
   * A text as it may be kept or shown: secret settings and user-info passwords masked (an embedded
   * database's URL; a parameter value that is itself a URL or a secret assignment).
   */
  private String masked(String text) {
    return UserInfoMask.everywhere(secrets.maskParameters(text));
  }

  private ConnectionString networkUrl(
      String scheme, Engine engine, Syntax syntax, String text, int authorityStart, int offset) {
    int userEnd = userInfoEnd(text, authorityStart);
    String user = "";
    SecretState password = SecretState.ABSENT;
    StringBuilder redacted = new StringBuilder(text.length());
    int hostStart = authorityStart;
    if (userEnd >= 0) {
      String userInfo = text.substring(authorityStart, userEnd);
      int colon = userInfo.indexOf(':');
      user = decode(colon >= 0 ? userInfo.substring(0, colon) : userInfo);
      redacted.append(text, 0, authorityStart);
      if (colon >= 0) {
        password = secrets.classify(decode(userInfo.substring(colon + 1)));
        redacted.append(userInfo, 0, colon + 1).append(password == SecretState.ABSENT ? "" : MASK);
      } else {
        redacted.append(userInfo);
      }
      redacted.append('@');
      hostStart = userEnd + 1;
    } else {
      Optional<ConnectionString> unparsed =
          unparsedAuthority(scheme, engine, syntax, text, authorityStart, offset);
      if (unparsed.isPresent()) {
        return unparsed.get();
      }
      redacted.append(text, 0, authorityStart);
    }
    int hostEnd = indexOfAny(text, "/?#", hostStart);
    String hostList = text.substring(hostStart, hostEnd);
    String remainder = text.substring(hostEnd);
    int q = remainder.indexOf('?');
    String path = q >= 0 ? remainder.substring(0, q) : remainder;
    int hash = path.indexOf('#');
    if (hash >= 0) {
      path = path.substring(0, hash);
    }
    String query = q >= 0 ? remainder.substring(q + 1) : "";
    Map<String, String> params = queryParams(query);
    // NocoDB-style knex URLs (pg://host?u=&p=&d=) name user, password and database by one letter;
    // elsewhere "p" is masked but not taken for the password.
    boolean knexStyle = scheme.equals("pg") || scheme.equals("mysql2");
    if (knexStyle) {
      user = params.getOrDefault("u", user);
      path = params.containsKey("d") ? "/" + params.get("d") : path;
    }
    for (Map.Entry<String, String> param : params.entrySet()) {
      if (!secrets.isSecretParameter(param.getKey())) {
        param.setValue(masked(param.getValue()));
        continue;
      }
      boolean isPassword = knexStyle || !param.getKey().equals("p");
      if (isPassword && (password == SecretState.ABSENT || password == SecretState.PLACEHOLDER)) {
        password = secrets.classify(param.getValue());
      }
      param.setValue(MASK);
    }
    if (user.isEmpty() && params.containsKey("user")) {
      user = params.get("user");
    }
    List<HostPort> hosts = hosts(hostList);
    if (hosts.isEmpty() && params.containsKey("host")) {
      hosts = List.of(new HostPort(params.get("host"), port(params.get("port"))));
    }
    redacted.append(hostList).append(maskQuery(remainder));
    // A URL inside the path or query (mysql://h/postgresql://u:pw@x) keeps no password either.
    String shown = UserInfoMask.nested(secrets.maskParameters(redacted.toString()));
    String database = path.startsWith("/") ? decode(path.substring(1)) : path;
    return new ConnectionString(
        scheme,
        engine,
        syntax,
        hosts,
        user,
        password,
        database,
        params,
        false,
        shown,
        offset,
        offset + text.length());
  }

  /** The '@' that ends the user info, or -1; passwords may hold unencoded '@', '/' or '?'. */
  private static int userInfoEnd(String text, int authorityStart) {
    int firstAt = text.indexOf('@', authorityStart);
    if (firstAt < 0) {
      return -1;
    }
    int slash = indexOfAny(text, "/?#", authorityStart);
    if (slash < firstAt) {
      String before = text.substring(authorityStart, slash);
      int colon = before.indexOf(':');
      if (colon < 0 || before.substring(colon + 1).chars().allMatch(Character::isDigit)) {
        return -1;
      }
    }
    int stop = indexOfAny(text, "/?#", firstAt);
    return text.lastIndexOf('@', stop - 1);
  }

  private static List<HostPort> hosts(String hostList) {
    List<HostPort> hosts = new ArrayList<>();
    if (hostList.isEmpty()) {
      return hosts;
    }
    for (String part : splitHosts(hostList)) {
      String h = part;
      int port = 0;
      if (h.startsWith("[")) {
        int close = h.indexOf(']');
        if (close > 0) {
          String after = h.substring(close + 1);
          port = after.startsWith(":") ? port(after.substring(1)) : 0;
          h = h.substring(0, close + 1);
        }
      } else {
        int colon = lastTopLevelColon(h);
        if (colon > 0) {
          port = port(h.substring(colon + 1));
          h = h.substring(0, colon);
        }
      }
      hosts.add(new HostPort(decode(h), port));
    }
    return hosts;
  }

  /** The last ':' outside template braces, so {@code ${HOST}:${PORT}} splits where it should. */
  private static int lastTopLevelColon(String h) {
    int depth = 0;
    int colon = -1;
    for (int i = 0; i < h.length(); i++) {
      char c = h.charAt(i);
      if (c == '{') {
        depth++;
      } else if (c == '}') {
        depth--;
      } else if (c == ':' && depth == 0) {
        colon = i;
      }
    }
    return colon;
  }

  private static List<String> splitHosts(String hostList) {
    List<String> parts = new ArrayList<>();
    int depth = 0;
    int start = 0;
    for (int i = 0; i < hostList.length(); i++) {
      char c = hostList.charAt(i);
      if (c == '{') {
        depth++;
      } else if (c == '}') {
        depth--;
      } else if (c == ',' && depth == 0) {
        parts.add(hostList.substring(start, i));
        start = i + 1;
      }
    }
    parts.add(hostList.substring(start));
    return parts;
  }

  private static int port(String s) {
    if (s == null || s.isEmpty() || s.length() > 5 || !s.chars().allMatch(Character::isDigit)) {
      return 0;
    }
    return Integer.parseInt(s);
  }

  /**
   * One parameter of a query as written: the separator before it ({@code &}, {@code ;} or none) and
   * the pair. The one splitter for reading and for masking, so both see the same parameters.
   */
  record QueryPart(String separator, String pair) {
    String key() {
      int eq = pair.indexOf('=');
      return decode(eq >= 0 ? pair.substring(0, eq) : pair).toLowerCase(Locale.ROOT);
    }

    String value() {
      int eq = pair.indexOf('=');
      return eq >= 0 ? decode(pair.substring(eq + 1)) : "";
    }
  }

  static List<QueryPart> splitQuery(String query) {
    List<QueryPart> parts = new ArrayList<>();
    int start = 0;
    String separator = "";
    for (int i = 0; i <= query.length(); i++) {
      if (i == query.length() || query.charAt(i) == '&' || query.charAt(i) == ';') {
        parts.add(new QueryPart(separator, query.substring(start, i)));
        if (i < query.length()) {
          separator = String.valueOf(query.charAt(i));
        }
        start = i + 1;
      }
    }
    return parts;
  }

  private static Map<String, String> queryParams(String query) {
    Map<String, String> params = new LinkedHashMap<>();
    if (query.isEmpty()) {
      return params;
    }
    for (QueryPart part : splitQuery(query)) {
      if (!part.key().isEmpty()) {
        params.put(part.key(), part.value());
      }
    }
    return params;
  }

  private String maskQuery(String remainder) {
    int q = remainder.indexOf('?');
    if (q < 0) {
      return remainder;
    }
    StringBuilder out = new StringBuilder(remainder.substring(0, q + 1));
    for (QueryPart part : splitQuery(remainder.substring(q + 1))) {
      int eq = part.pair().indexOf('=');
      out.append(part.separator())
          .append(
              eq >= 0 && secrets.isSecretParameter(part.key())
                  ? part.pair().substring(0, eq + 1) + MASK
                  : part.pair());
    }
    return out.toString();
  }

  /**
   * A URL with no {@code @} whose authority still reads as {@code user:secret} ({@code
   * postgresql://app:pw}, or the first half of a string split across lines): it cannot be parsed,
   * so everything after {@code scheme://user:} is masked (fail closed) and the secret is judged.
   * Empty when the authority is hosts and ports.
   */
  private Optional<ConnectionString> unparsedAuthority(
      String scheme, Engine engine, Syntax syntax, String text, int authorityStart, int offset) {
    int end = indexOfAny(text, "/?#", authorityStart);
    String authority = text.substring(authorityStart, end);
    int colon = authority.indexOf(':');
    if (colon < 0) {
      return Optional.empty();
    }
    boolean allHostPorts =
        splitHosts(authority).stream()
            .allMatch(
                h -> {
                  if (h.startsWith("[")) {
                    return true;
                  }
                  int c = lastTopLevelColon(h);
                  if (c < 0) {
                    return true;
                  }
                  // "user:secret:5432" is no host and port: a host holds no colon.
                  String after = h.substring(c + 1);
                  return lastTopLevelColon(h.substring(0, c)) < 0
                      && (after.chars().allMatch(Character::isDigit)
                          || after.startsWith("$")
                          || after.startsWith("{"));
                });
    if (allHostPorts) {
      return Optional.empty();
    }
    String user = decode(authority.substring(0, colon));
    SecretState password = secrets.classify(decode(authority.substring(colon + 1)));
    String redacted =
        text.substring(0, authorityStart + colon + 1)
            + (password == SecretState.ABSENT ? "" : MASK);
    return Optional.of(
        new ConnectionString(
            scheme,
            engine,
            syntax,
            List.of(),
            user,
            password,
            "",
            Map.of(),
            false,
            redacted,
            offset,
            offset + text.length()));
  }

  private static String decode(String s) {
    if (s.indexOf('%') < 0 || s.contains("%(")) {
      return s;
    }
    try {
      return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return s;
    }
  }

  /**
   * The first of {@code chars} outside template braces; a brace that never closes is no template,
   * so the search is redone without braces (else a stray '{' would hide the path and query).
   */
  private static int indexOfAny(String text, String chars, int from) {
    int depth = 0;
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '{') {
        depth++;
      } else if (c == '}') {
        depth = Math.max(0, depth - 1);
      } else if (depth == 0 && chars.indexOf(c) >= 0) {
        return i;
      }
    }
    if (depth > 0) {
      for (int i = from; i < text.length(); i++) {
        if (chars.indexOf(text.charAt(i)) >= 0) {
          return i;
        }
      }
    }
    return text.length();
  }

  static Engine engineOf(String base) {
    return SCHEMES.get(base);
  }
}
