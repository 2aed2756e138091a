#!/bin/sh
# Uploads the real-repository corpus to a fresh `ssot server`: each repository exported by
# bench/corpus/run.py (in /tmp/ssot-corpus) is scanned with --upload, then every page is fetched.
# Checks that real reports pass the server's schema and password checks and that pages render.
# Usage: bench/server/corpus-upload.sh   (from the project root, after ./mvnw package and run.py)
set -eu
corpus=${SSOT_CORPUS:-/tmp/ssot-corpus}
data=$(mktemp -d)
token="corpus-token-0123456789abcdefghij"
SSOT_SERVER_TOKEN=$token java -jar server/target/ssot-server.jar server --port 18282 --data-dir "$data" \
  >/tmp/ssot-corpus-server.log 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null; rm -rf "$data"' EXIT
until curl -fs http://127.0.0.1:18282/healthz >/dev/null 2>&1; do sleep 1; done
grep -v '^#' bench/corpus/repos.tsv | while IFS="$(printf '\t')" read -r name repo commit kind; do
  [ -d "$corpus/$name" ] || { echo "$name: not exported (run bench/corpus/run.py --only $name)"; continue; }
  set +e
  out=$(SSOT_TOKEN=$token java -jar target/ssot-guard.jar scan "$corpus/$name" -q --fail-on never \
    --upload http://127.0.0.1:18282 --repository "corpus/$name" --commit "$commit" \
    --forge-url "https://github.com/$repo/blob/$commit" 2>&1)
  code=$?
  set -e
  echo "$name: exit $code: $(echo "$out" | tail -n 1)"
done
for page in / /inventory /matrix /waivers /rules/SSOT301 /rules/SSOT901 /repositories/corpus/coolify; do
  curl -s -o /dev/null -w "$page %{http_code} %{size_download} bytes %{time_total}s\n" \
    -H "Authorization: Bearer $token" "http://127.0.0.1:18282$page"
done
curl -s -H "Authorization: Bearer $token" http://127.0.0.1:18282/api/v1/overview \
  | python3 -c 'import json,sys; d=json.load(sys.stdin); print("overview:", d["repositories"], "repositories,", d["errors"], "errors,", d["warnings"], "warnings")'
