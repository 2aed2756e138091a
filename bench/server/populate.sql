-- Synthetic organisation for the page benchmark: :repos repositories, each with two scans (an older
-- and the latest) of :findings findings, 8 datastores, 8 connections and 2 commitments per scan.
-- Made-up names only. Run after the server has migrated the database (psql -v repos=1000 -v findings=500).
BEGIN;
INSERT INTO repositories (owner, name)
SELECT 'org' || (g % 40), 'repo-' || g FROM generate_series(1, :repos) g;

INSERT INTO scans (repository_id, branch, commit_sha, scanned_at, tool_version, report_digest,
                   files, errors, warnings, notes, suppressed, blob_base)
SELECT r.id, 'main', 'c' || r.id || '-' || k, now() - (k * interval '10 days') - (r.id % 24) * interval '1 hour',
       '0.1.0', md5(r.id || '-' || k), 300, :findings * 7 / 10, :findings * 3 / 10, 0, 0,
       'https://github.com/' || r.owner || '/' || r.name || '/blob/c' || r.id || '-' || k
FROM repositories r CROSS JOIN generate_series(0, 1) k;

UPDATE repositories r SET latest_scan_id = s.id
FROM scans s WHERE s.repository_id = r.id AND s.commit_sha = 'c' || r.id || '-0';

INSERT INTO findings (scan_id, ordinal, rule_id, severity, message, path, line, col, fingerprint, suppression)
SELECT s.id, f, 'SSOT' || (ARRAY['301','402','501','502','601','603','901','203'])[1 + f % 8],
       CASE WHEN f % 10 < 7 THEN 'error' ELSE 'warning' END,
       'synthetic finding ' || f || ' of scan ' || s.id, 'services/svc-' || (f % 50) || '/compose.yaml',
       1 + f % 400, 3, md5(s.id || ':' || f)::text, NULL
FROM scans s CROSS JOIN generate_series(0, :findings - 1) f;

INSERT INTO scan_rule_counts (scan_id, rule_id, errors, warnings, notes)
SELECT scan_id, rule_id, count(*) FILTER (WHERE severity = 'error'),
       count(*) FILTER (WHERE severity = 'warning'), 0
FROM findings GROUP BY scan_id, rule_id;

INSERT INTO datastores (scan_id, ordinal, datastore, engine, provider, endpoints, path, line)
SELECT s.id, d, 'store-' || d || '-of-' || s.repository_id,
       (ARRAY['PostgreSQL','SQLite','MySQL','Redis'])[1 + d % 4], 'compose service',
       (ARRAY['Supabase Direct','Supabase pooler (session)','file','local'])[1 + d % 4], 'compose.yaml', 10 + d
FROM scans s CROSS JOIN generate_series(0, 7) d;

INSERT INTO connections (scan_id, ordinal, client, runtime, ipv6, datastore, engine, endpoint,
                         environment, verdict, path, line, endpoint_class)
SELECT s.id, d, 'compose service app-' || d,
       (ARRAY['Docker Compose service','GitHub Actions hosted runner','Vercel function','unknown runtime'])[1 + d % 4],
       'unknown', 'store-' || d || '-of-' || s.repository_id,
       (ARRAY['PostgreSQL','SQLite','MySQL','Redis'])[1 + d % 4],
       (ARRAY['Supabase Direct','Supabase pooler (session)','file','local'])[1 + d % 4],
       'production', (ARRAY['error','ok','warning','ok'])[1 + d % 4], 'compose.yaml', 10 + d,
       (ARRAY['Supabase Direct','Supabase pooler (session)','file','local'])[1 + d % 4]
FROM scans s CROSS JOIN generate_series(0, 7) d;

INSERT INTO commitments (scan_id, ordinal, kind, subject, reason, owner, expires, expires_text, path, line)
SELECT s.id, c, CASE WHEN c = 0 THEN 'waiver' ELSE 'mysql' END, 'SSOT301 on legacy/**', 'moving',
       'platform', current_date + ((s.repository_id * 7 + c * 31) % 200 - 20)::int, NULL, 'ssot-policy.yaml', 3
FROM scans s CROSS JOIN generate_series(0, 1) c;
COMMIT;
ANALYZE;
