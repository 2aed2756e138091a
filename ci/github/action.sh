#!/bin/sh
# The GitHub Action's logic (action.yml runs it): obtain ssot-guard, scan, write annotations to the log,
# the Markdown summary to $GITHUB_STEP_SUMMARY, the SARIF and JSON reports, and the step outputs.
# Inputs come as INPUT_* variables; tests set the variables a runner sets.
set -u
action_path=${GITHUB_ACTION_PATH:-$(CDPATH='' cd -- "$(dirname -- "$0")/../.." && pwd)}
temp=${RUNNER_TEMP:-${TMPDIR:-/tmp}}
out="$temp/ssot-guard"
mkdir -p "$out"

# ssot-guard itself: a given command (tests), else the release bundle of INPUT_VERSION, else a build
# from the action's own checkout (action.yml caches Maven's downloads by version).
ssot=${SSOT_GUARD_COMMAND:-}
if [ -z "$ssot" ] && [ -n "${INPUT_VERSION:-}" ]; then
  url="https://github.com/ssot-guard/ssot-guard/releases/download/v$INPUT_VERSION/ssot-guard-$INPUT_VERSION-linux-x64.tar.gz"
  if mkdir -p "$temp/ssot-guard-bundle" \
    && curl -fsSL "$url" | tar -xz -C "$temp/ssot-guard-bundle" --strip-components=1 2>/dev/null; then
    ssot="$temp/ssot-guard-bundle/bin/ssot"
  else
    echo "::notice title=ssot-guard::no release bundle for $INPUT_VERSION; building from the action's checkout"
  fi
fi
[ -n "$ssot" ] || ssot="$action_path/ssot"

cd "${GITHUB_WORKSPACE:-.}" || exit 2
changed=${INPUT_CHANGED_SINCE:-}
if [ -z "$changed" ] && [ "${GITHUB_EVENT_NAME:-}" = pull_request ] && [ -n "${GITHUB_BASE_REF:-}" ]; then
  changed="origin/$GITHUB_BASE_REF"
fi
set -- scan "${INPUT_PATH:-.}" -f github -f "markdown=$out/summary.md" -f "json=$out/report.json" \
  -f "sarif=$out/ssot.sarif" --fail-on "${INPUT_FAIL_ON:-error}" \
  --sarif-category "${INPUT_SARIF_CATEGORY:-ssot-guard}"
[ -n "$changed" ] && set -- "$@" --changed-since "$changed"
# More reports: INPUT_FORMATS holds FORMAT=FILE entries separated by spaces or newlines.
for extra in ${INPUT_FORMATS:-}; do
  set -- "$@" -f "$extra"
done
[ -n "${INPUT_POLICY:-}" ] && set -- "$@" --policy "$INPUT_POLICY"
# The organisation server shows each repository's default branch: only a whole-repository scan of a
# push to it is uploaded (a PR-mode report covers changed files; another branch is not the repository's
# state).
if [ -n "${INPUT_UPLOAD:-}" ]; then
  if [ -n "$changed" ]; then
    echo "::notice title=ssot-guard::not uploaded to $INPUT_UPLOAD: PR-mode scans cover changed files only"
  elif [ -n "${INPUT_DEFAULT_BRANCH:-}" ] && [ "${GITHUB_REF_NAME:-}" != "$INPUT_DEFAULT_BRANCH" ]; then
    echo "::notice title=ssot-guard::not uploaded to $INPUT_UPLOAD: ${GITHUB_REF_NAME:-this ref} is not the default branch ($INPUT_DEFAULT_BRANCH)"
  else
    set -- "$@" --upload "$INPUT_UPLOAD"
  fi
fi
"$ssot" "$@"
code=$?

if [ -n "${GITHUB_STEP_SUMMARY:-}" ] && [ -f "$out/summary.md" ]; then
  cat "$out/summary.md" >>"$GITHUB_STEP_SUMMARY"
fi
count() { sed -n "s/^ *\"$1\" : \([0-9]*\).*/\1/p" "$out/report.json" 2>/dev/null | head -n 1; }
if [ -n "${GITHUB_OUTPUT:-}" ]; then
  {
    echo "errors=$(count errors)"
    echo "warnings=$(count warnings)"
    echo "notes=$(count notes)"
    echo "exit-code=$code"
    echo "sarif=$out/ssot.sarif"
    echo "json=$out/report.json"
  } >>"$GITHUB_OUTPUT"
fi
exit "$code"
