#!/usr/bin/env bash
# Times `ssot scan` against ripgrep searching the same tree for connection strings (and gitleaks when
# installed), with hyperfine; prints medians and the ratio. Needs: JDK 17, ripgrep, hyperfine.
#   bench/run.sh [FILES...]       default: 10000
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/.." && pwd)"
sizes=("${@:-10000}")
command -v hyperfine >/dev/null || { echo "bench: install hyperfine (apt-get install hyperfine)" >&2; exit 2; }
command -v rg >/dev/null || { echo "bench: install ripgrep (apt-get install ripgrep)" >&2; exit 2; }
"$root/ssot" --version >/dev/null   # builds the jar if needed, outside the timed runs

for n in "${sizes[@]}"; do
  tree="${TMPDIR:-/tmp}/ssot-bench-$n"
  [ -f "$tree/expected.txt" ] || java "$here/GenerateRepo.java" "$tree" "$n"
  out="$here/results"
  mkdir -p "$out"
  cmds=(
    "$root/ssot scan $tree --format json --output /tmp/ssot-bench-$n.json --fail-on never"
    "rg --hidden --no-ignore -c -e 'postgres(ql)?(\\+\\w+)?://|mysql(\\+\\w+)?://|sqlite(\\+\\w+)?:///|jdbc:' $tree"
  )
  if command -v gitleaks >/dev/null; then
    cmds+=("gitleaks detect --no-git --source $tree --exit-code 0 --report-path /dev/null")
  fi
  hyperfine -N --warmup 2 --runs "${RUNS:-10}" --export-json "$out/scan-$n.json" "${cmds[@]}"
  python3 - "$out/scan-$n.json" "$tree" <<'PY' 2>/dev/null || true
import json, sys
r = json.load(open(sys.argv[1]))["results"]
med = [x["median"] for x in r]
print(f"medians: ssot {med[0]:.3f} s, ripgrep {med[1]:.3f} s, ratio {med[0] / med[1]:.1f}x")
PY
  # Correctness: the planted findings must be exactly what the scan reports.
  python3 - "/tmp/ssot-bench-$n.json" "$tree/expected.txt" <<'PY' 2>/dev/null || true
import json, sys
got = {f"{f['rule']} {f['path']}:{f['line']}" for f in json.load(open(sys.argv[1]))["findings"] if f["rule"] != "SSOT000"}
want = {l.strip() for l in open(sys.argv[2]) if l.strip()}
print(f"planted {len(want)}, reported {len(got)}, missing {len(want - got)}, unexpected {len(got - want)}")
PY
done
