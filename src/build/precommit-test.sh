#!/bin/sh
# The pre-commit hook under Debian's pre-commit (`pre-commit try-repo`), in a temporary git repository
# made from the bundled example, with this checkout's ./ssot on PATH (the `ssot-guard` hook runs the
# ssot on PATH). Nothing is fetched: try-repo reads this repository. Exits 0 when pre-commit is absent.
#   usage: precommit-test.sh PROJECT_DIR
set -eu
project=$(cd "$1" && pwd)
if ! command -v pre-commit >/dev/null 2>&1; then
  echo "pre-commit test skipped: install Debian's pre-commit (apt-get install pre-commit)"
  exit 0
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp -r "$project/examples/platform/." "$work/"
cd "$work"
git init -q
git -c user.email=ci@example.invalid -c user.name=ci add -A
set +e
out=$(PATH="$project:$PATH" PRE_COMMIT_HOME="$work/.cache" \
  pre-commit try-repo "$project" ssot-guard --files odoo/odoo.conf 2>&1)
code=$?
set -e
# The hook fails (odoo.conf holds a committed password) and reports only what concerns the file.
if [ "$code" -ne 1 ] || ! echo "$out" | grep -q 'odoo/odoo.conf:6:15: error SSOT901' \
  || echo "$out" | grep -q 'tests/test_exports.py'; then
  echo "pre-commit test: FAILED (exit $code)" >&2
  echo "$out" >&2
  exit 1
fi
echo "pre-commit test: the ssot-guard hook reports the staged file's findings only (exit 1 as meant)"
