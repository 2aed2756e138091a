#!/bin/sh
# Page timings of `ssot server` with a large organisation: 1,000 repositories and a million findings
# (two scans of 500 findings each), in a fresh database on the PostgreSQL at $PGHOST:$PGPORT (default
# 127.0.0.1:5432, user postgres). Prints the median and 95th percentile of 30 requests per page.
# Usage: bench/server/run.sh [REPOS] [FINDINGS_PER_SCAN]   (from the project root, after ./mvnw package)
set -eu
repos=${1:-1000}
findings=${2:-500}
host=${PGHOST:-127.0.0.1}
port=${PGPORT:-5432}
db="ssot_bench_$(date +%s)"
token="bench-token-0123456789abcdefghij"
here=$(CDPATH='' cd -- "$(dirname -- "$0")" && pwd)
psql -q -h "$host" -p "$port" -U postgres -d postgres -c "CREATE DATABASE $db"
SSOT_SERVER_TOKEN=$token java -jar server/target/ssot-server.jar server --port 18181 \
  --database-url "postgresql://postgres@$host:$port/$db" >/tmp/ssot-bench-server.log 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; psql -q -h "$host" -p "$port" -U postgres -d postgres -c "DROP DATABASE IF EXISTS $db" >/dev/null 2>&1' EXIT
until curl -fs http://127.0.0.1:18181/healthz >/dev/null 2>&1; do sleep 1; done
start=$(date +%s)
psql -q -v ON_ERROR_STOP=1 -h "$host" -p "$port" -U postgres -d "$db" -v repos="$repos" -v findings="$findings" -f "$here/populate.sql"
echo "populated $repos repositories, $((repos * 2 * findings)) findings in $(( $(date +%s) - start ))s"
psql -At -h "$host" -p "$port" -U postgres -d "$db" -c "SELECT 'rows: findings ' || (SELECT count(*) FROM findings) || ', scans ' || (SELECT count(*) FROM scans)"
for page in / /api/v1/overview /repositories/org1/repo-1 /api/v1/repositories/org1/repo-1/scans \
  /inventory "/inventory?engine=SQLite" /matrix "/matrix?verdict=error&runtime=Vercel+function" \
  /waivers /rules/SSOT301 /api/v1/rules/SSOT301; do
  curl -s -o /dev/null -H "Authorization: Bearer $token" "http://127.0.0.1:18181$page"   # warm-up
  for i in $(seq 1 30); do
    curl -s -o /dev/null -w '%{time_total}\n' -H "Authorization: Bearer $token" "http://127.0.0.1:18181$page"
  done | sort -n | awk -v page="$page" '{t[NR]=$1} END {printf "%-45s median %6.1f ms   p95 %6.1f ms\n", page, t[int((NR+1)/2)]*1000, t[int(NR*0.95)]*1000}'
done
