-- The organisation view: repositories, their uploaded scans, each scan's findings and inventory, and
-- the tokens that may upload and read. One upload is one transaction (ScanStore); a scan row exists
-- only with all of its rows.

CREATE TABLE tokens (
  id          bigserial PRIMARY KEY,
  -- '*' (every organisation), an organisation ('acme') or one repository ('acme/api')
  scope       text        NOT NULL,
  label       text        NOT NULL,
  -- SHA-256 of the token; the token itself is shown once, at creation, and never stored
  hash        bytea       NOT NULL UNIQUE,
  created_at  timestamptz NOT NULL DEFAULT now(),
  revoked_at  timestamptz
);

CREATE TABLE repositories (
  id              bigserial PRIMARY KEY,
  owner           text NOT NULL,
  name            text NOT NULL,
  latest_scan_id  bigint,
  UNIQUE (owner, name)
);

CREATE TABLE scans (
  id             bigserial PRIMARY KEY,
  repository_id  bigint      NOT NULL REFERENCES repositories (id),
  branch         text,
  commit_sha     text        NOT NULL,
  scanned_at     timestamptz NOT NULL,
  received_at    timestamptz NOT NULL DEFAULT now(),
  tool_version   text        NOT NULL,
  -- where the scanned commit's files are on the forge (https://github.com/OWNER/NAME/blob/SHA)
  blob_base      text,
  report_digest  text        NOT NULL,
  files          integer     NOT NULL,
  errors         integer     NOT NULL,
  warnings       integer     NOT NULL,
  notes          integer     NOT NULL,
  suppressed     integer     NOT NULL,
  -- the same report of the same commit uploaded twice is one scan
  UNIQUE (repository_id, commit_sha, report_digest)
);
CREATE INDEX scans_by_repository ON scans (repository_id, scanned_at DESC, id DESC);
CREATE INDEX scans_by_time ON scans (scanned_at);

ALTER TABLE repositories
  ADD CONSTRAINT repositories_latest_scan FOREIGN KEY (latest_scan_id) REFERENCES scans (id);

CREATE TABLE findings (
  scan_id      bigint   NOT NULL REFERENCES scans (id) ON DELETE CASCADE,
  ordinal      integer  NOT NULL,
  rule_id      text     NOT NULL,
  severity     text     NOT NULL,
  message      text     NOT NULL,
  path         text     NOT NULL,
  line         integer  NOT NULL,
  col          integer  NOT NULL,
  fingerprint  text     NOT NULL,
  suppression  text,
  PRIMARY KEY (scan_id, ordinal)
);
CREATE INDEX findings_by_rule ON findings (rule_id, scan_id);

CREATE TABLE datastores (
  scan_id      bigint  NOT NULL REFERENCES scans (id) ON DELETE CASCADE,
  ordinal      integer NOT NULL,
  datastore    text    NOT NULL,
  engine       text    NOT NULL,
  provider     text    NOT NULL,
  endpoints    text    NOT NULL,
  path         text    NOT NULL,
  line         integer NOT NULL,
  PRIMARY KEY (scan_id, ordinal)
);

CREATE TABLE connections (
  scan_id      bigint  NOT NULL REFERENCES scans (id) ON DELETE CASCADE,
  ordinal      integer NOT NULL,
  client       text    NOT NULL,
  runtime      text    NOT NULL,
  ipv6         text    NOT NULL,
  datastore    text    NOT NULL,
  engine       text    NOT NULL,
  endpoint     text    NOT NULL,
  -- the endpoint without its port ('DO managed', 'direct', 'Supabase Direct'): what pages filter on
  endpoint_class text  NOT NULL,
  environment  text    NOT NULL,
  -- worst severity of the scan's unsuppressed findings at this line, or 'ok'
  verdict      text    NOT NULL,
  path         text    NOT NULL,
  line         integer NOT NULL,
  PRIMARY KEY (scan_id, ordinal)
);

-- Waivers and MySQL/MariaDB uses with their end dates, as the repository's policy file states them.
CREATE TABLE commitments (
  scan_id      bigint  NOT NULL REFERENCES scans (id) ON DELETE CASCADE,
  ordinal      integer NOT NULL,
  kind         text    NOT NULL CHECK (kind IN ('waiver', 'mysql')),
  subject      text    NOT NULL,
  reason       text    NOT NULL,
  owner        text,
  expires      date,
  expires_text text,
  path         text    NOT NULL,
  line         integer NOT NULL,
  PRIMARY KEY (scan_id, ordinal)
);
CREATE INDEX commitments_by_expiry ON commitments (expires);

-- Per scan and rule, the counts the overview shows, written with the scan (no grouping of a
-- million findings per page view).
CREATE TABLE scan_rule_counts (
  scan_id   bigint  NOT NULL REFERENCES scans (id) ON DELETE CASCADE,
  rule_id   text    NOT NULL,
  errors    integer NOT NULL,
  warnings  integer NOT NULL,
  notes     integer NOT NULL,
  PRIMARY KEY (scan_id, rule_id)
);
