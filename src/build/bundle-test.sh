#!/bin/sh
# Unpacks the release bundle into a temporary folder and scans the bundled example with no Java on
# PATH and JAVA_HOME unset: the bundle must need nothing but itself.
#   usage: bundle-test.sh TARGET_DIR PROJECT_DIR
set -eu
target=$1
project=$2
bundle=$(ls "$target"/ssot-guard-*.tar.gz | head -n 1)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
tar -xzf "$bundle" -C "$work"
home=$(ls -d "$work"/ssot-guard-*/)
# A PATH with only the tools the launcher uses; no java anywhere on it.
mkdir "$work/tools"
for tool in sh dirname sed cat rm; do ln -s "$(command -v "$tool")" "$work/tools/$tool"; done
if env -i PATH="$work/tools" sh -c 'command -v java' >/dev/null 2>&1; then
  echo "bundle-test: java is still on the test PATH" >&2
  exit 1
fi
cp -r "$project/examples/platform" "$work/example"
set +e
out=$(env -i PATH="$work/tools" HOME="$work" "$home/bin/ssot" scan "$work/example" -q 2>&1)
code=$?
version=$(env -i PATH="$work/tools" HOME="$work" "$home/bin/ssot" --version 2>&1)
set -e
echo "$version" | head -n 1
if [ "$code" -ne 1 ] || ! echo "$out" | grep -q '^✗ 8 errors, 2 warnings'; then
  echo "bundle-test: FAILED (exit $code): $out" >&2
  exit 1
fi
# The first runs made the archive where the bundle lies; the next one maps it and finds the same.
again=$(env -i PATH="$work/tools" HOME="$work" "$home/bin/ssot" scan "$work/example" -q 2>&1) || true
if [ "$again" != "$out" ] || ! ls "$home"/lib/ssot-guard.jsa "$home"/lib/ssot-guard.aot 2>/dev/null | grep -q .; then
  echo "bundle-test: FAILED: no archive after the first run, or a different result with it" >&2
  exit 1
fi
echo "bundle-test: the bundle scans the example with no JDK on PATH: $out"
