#!/usr/bin/env bash
# Times ssot-guard with hyperfine, side by side in one run, on generated monorepos (bench/GenerateRepo.java):
#   - `ssot --version` (start-up);
#   - a full `ssot scan` against `rg --hidden` searching the same tree for connection strings (and gitleaks
#     when installed), with medians and the ratio;
#   - peak RSS of one full scan;
#   - PR mode: `ssot scan --changed-since HEAD` with one changed file, on the tree made a git repository;
#   - correctness: the scan must report exactly the planted findings (expected.txt).
# Needs: JDK 17, ripgrep, hyperfine (apt-get install ripgrep hyperfine); git for the PR-mode row (skipped with
# a note when missing). Summaries come from bench/Summary.java, run by the JDK.
#   bench/run.sh [FILES...]       default: 10000 100000       RUNS=N (default 10), WARMUP=N (default 2)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/.." && pwd)"
sizes=("${@:-10000 100000}")
read -r -a sizes <<<"${sizes[*]}"
runs="${RUNS:-10}"
warmup="${WARMUP:-2}"
command -v hyperfine >/dev/null || { echo "bench: install hyperfine (apt-get install hyperfine)" >&2; exit 2; }
command -v rg >/dev/null || { echo "bench: install ripgrep (apt-get install ripgrep)" >&2; exit 2; }
"$root/ssot" --version >/dev/null   # builds the jar and its class-data archive if needed, outside the timed runs
out="$here/results"
mkdir -p "$out"
ssot="$root/ssot"
pattern='postgres(ql)?(\+\w+)?://|mysql(\+\w+)?://|sqlite(\+\w+)?:///|jdbc:'

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)," \
  "$(awk '/MemTotal/ {printf "%.0f GiB", $2 / 1048576}' /proc/meminfo), $(java -version 2>&1 | head -n 1)," \
  "$(rg --version 2>/dev/null | head -n 1), $(hyperfine --version)"

summary() { java -cp "$root/target/ssot-guard.jar" "$here/Summary.java" "$@"; }

hyperfine -N --warmup "$warmup" --runs "$runs" --export-json "$out/version.json" "$ssot --version" >/dev/null
echo "ssot --version: $(summary medians "$out/version.json" ssot)"

for n in "${sizes[@]}"; do
  tree="${TMPDIR:-/tmp}/ssot-bench-$n"
  [ -f "$tree/expected.txt" ] || java "$here/GenerateRepo.java" "$tree" "$n"
  rm -rf "$tree/pr-change"   # left by an interrupted run: not part of the generated tree
  echo "== $n files: $(du -sh --exclude=.git "$tree" | cut -f1)"
  cmds=(
    "$ssot scan $tree --format json --output ${TMPDIR:-/tmp}/ssot-bench-$n.json --fail-on never"
    "rg --hidden --no-ignore --glob !.git -c -e '$pattern' $tree"
  )
  if command -v gitleaks >/dev/null; then
    cmds+=("gitleaks detect --no-git --source $tree --exit-code 0 --report-path /dev/null")
  fi
  hyperfine -N --warmup "$warmup" --runs "$runs" --export-json "$out/scan-$n.json" "${cmds[@]}" >/dev/null
  echo "full scan: $(summary medians "$out/scan-$n.json" ssot ripgrep gitleaks)"
  summary rss "$ssot" scan "$tree" --format json --output /dev/null --fail-on never
  # Correctness: the planted findings must be exactly what the scan reports.
  summary planted "${TMPDIR:-/tmp}/ssot-bench-$n.json" "$tree/expected.txt"
  if command -v git >/dev/null; then
    if [ ! -d "$tree/.git" ]; then
      git -C "$tree" init -q && git -C "$tree" add -A && \
        git -C "$tree" -c gc.auto=0 -c user.name=bench -c user.email=bench@example.com commit -q -m base &&
        git -C "$tree" gc -q
    fi
    change="$tree/pr-change/settings.env"
    mkdir -p "$(dirname "$change")"
    printf 'DATABASE_URL=sqlite:////var/lib/app/app.db\n' >"$change"
    hyperfine -N --warmup "$warmup" --runs "$runs" --export-json "$out/pr-$n.json" \
      "$ssot scan $tree --changed-since HEAD --format json --output ${TMPDIR:-/tmp}/ssot-bench-pr-$n.json --fail-on never" \
      >/dev/null 2>&1
    echo "PR mode (1 changed file): $(summary medians "$out/pr-$n.json" ssot);" \
      "reported: $(summary findings "${TMPDIR:-/tmp}/ssot-bench-pr-$n.json")"
    rm -rf "$tree/pr-change"
  else
    echo "PR mode: skipped (git is not installed)"
  fi
done
