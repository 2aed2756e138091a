#!/bin/sh
# The GitHub Action's script (ci/github/action.sh) with the variables a runner sets, on copies of the
# bundled example: a push scans everything; a pull_request scans what the branch changed since its base.
#   usage: action-test.sh PROJECT_DIR
set -eu
project=$(cd "$1" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "action test: FAILED: $*" >&2; exit 1; }

run_action() { # $1: event name, $2: workspace
  mkdir -p "$work/runner-$1"
  : >"$work/runner-$1/summary.md"
  : >"$work/runner-$1/output"
  set +e
  env GITHUB_WORKSPACE="$2" GITHUB_EVENT_NAME="$1" GITHUB_BASE_REF=main \
    GITHUB_STEP_SUMMARY="$work/runner-$1/summary.md" GITHUB_OUTPUT="$work/runner-$1/output" \
    RUNNER_TEMP="$work/runner-$1" GITHUB_ACTION_PATH="$project" SSOT_GUARD_COMMAND="$project/ssot" \
    INPUT_PATH=. INPUT_FAIL_ON=error INPUT_SARIF_CATEGORY=ssot-guard \
    INPUT_FORMATS="junit=$work/runner-$1/ssot.xml html=$work/runner-$1/ssot.html" \
    INPUT_UPLOAD="${UPLOAD:-}" SSOT_TOKEN=ssot_action-test-token-0000000000 \
    INPUT_DEFAULT_BRANCH=main GITHUB_REF_NAME="${REF:-main}" \
    GITHUB_REPOSITORY=acme/platform GITHUB_SHA=0123456789abcdef0123456789abcdef01234567 \
    sh "$project/ci/github/action.sh" >"$work/runner-$1/log" 2>&1
  code=$?
  set -e
  echo "$code"
}

# A push: the whole example, annotations in the log, the summary, the outputs, the SARIF.
cp -r "$project/examples/platform" "$work/push"
code=$(run_action push "$work/push")
[ "$code" = 1 ] || fail "push: exit $code, expected 1"
grep -q '^::error file=odoo/odoo.conf,line=6,col=15,title=SSOT901' "$work/runner-push/log" || fail "push: no annotation"
grep -q '^## ssot-guard: 8 errors, 2 warnings' "$work/runner-push/summary.md" || fail "push: no summary"
grep -qx 'errors=8' "$work/runner-push/output" || fail "push: errors output"
grep -qx 'warnings=2' "$work/runner-push/output" || fail "push: warnings output"
grep -qx 'exit-code=1' "$work/runner-push/output" || fail "push: exit-code output"
sarif=$(sed -n 's/^sarif=//p' "$work/runner-push/output")
grep -q '"automationDetails"' "$sarif" || fail "push: SARIF without its category"
grep -q '<testsuites' "$work/runner-push/ssot.xml" || fail "push: the formats input wrote no JUnit report"
grep -q 'Content-Security-Policy' "$work/runner-push/ssot.html" || fail "push: the formats input wrote no HTML"

# A pull request: the base branch as origin/main, one changed file; only its findings are reported.
cp -r "$project/examples/platform" "$work/pr"
cd "$work/pr"
git init -q
git -c user.email=ci@example.invalid -c user.name=ci add -A
git -c user.email=ci@example.invalid -c user.name=ci commit -qm base
git update-ref refs/remotes/origin/main HEAD
echo "; touched by the pull request" >>tests/test_exports.py
code=$(run_action pull_request "$work/pr")
[ "$code" = 0 ] || fail "pull_request: exit $code, expected 0 (only a warning in the changed file)"
grep -qx 'errors=0' "$work/runner-pull_request/output" || fail "pull_request: errors output"
grep -qx 'warnings=1' "$work/runner-pull_request/output" || fail "pull_request: warnings output"
grep -q 'title=SSOT303' "$work/runner-pull_request/log" || fail "pull_request: no annotation for the changed file"
# The upload input: a push to the default branch passes --upload (here to a closed loopback port: the
# upload fails, exit 3, and says so); a push to another branch and a pull request's partial scan are
# not uploaded.
cp -r "$project/examples/platform" "$work/upload"
code=$(UPLOAD=http://127.0.0.1:9 run_action push-upload "$work/upload")
[ "$code" = 3 ] || fail "upload: exit $code, expected 3 (nothing listens on port 9)"
grep -q 'the upload failed' "$work/runner-push-upload/log" || fail "upload: --upload was not passed"
cp -r "$project/examples/platform" "$work/feature"
code=$(UPLOAD=http://127.0.0.1:9 REF=feature/x run_action push-feature "$work/feature")
[ "$code" = 1 ] || fail "push to a feature branch with upload: exit $code, expected 1 (no upload)"
grep -q 'is not the default branch' "$work/runner-push-feature/log" || fail "feature branch: uploaded"
cd "$work/pr"
code=$(UPLOAD=http://127.0.0.1:9 run_action pull_request "$work/pr")
[ "$code" = 0 ] || fail "pull_request with upload: exit $code, expected 0 (no upload in PR mode)"
grep -q 'not uploaded' "$work/runner-pull_request/log" || fail "pull_request: uploaded a partial scan"
echo "action test: push and pull_request runs of ci/github/action.sh behave as a runner expects"
