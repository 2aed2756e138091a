#!/bin/sh
# Class-data sharing for the JDK doing the build: the AOT cache on JDK 25+ (JEP 483/514/515: classes
# loaded and linked, method profiles), a two-step AOT cache on JDK 24, an AppCDS archive on 17-23.
# It never fails the build: when a training run fails there is no archive and one line says so. The
# JDK the archive was made for is recorded beside it; the launchers use the archive only with that JDK.
#   usage: cds.sh JAVA TARGET_DIR EXAMPLE_DIR
java=$1
target=$2
example=$3
jar="$target/ssot-guard.jar"
rm -f "$target/ssot-guard.jsa" "$target/ssot-guard.aot" "$target/ssot-guard.cds" \
  "$target/ssot-guard.aotconf"

say() { echo "cds: $*"; }

version=$("$java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.version = //p' | head -n 1)
vm=$("$java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.vm\.version = //p' | head -n 1)
major=$(echo "$version" | sed 's/^1\.//; s/[^0-9].*$//')
if [ -z "$major" ]; then
  say "no archive: the JDK's version could not be read"
  exit 0
fi
train() {
  # A training scan of the bundled example, as the tests' goldens and a user's first run do.
  "$java" "$@" -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -jar "$jar" scan "$example" \
    --format "text=$target/cds-training.txt" --format "json=$target/cds-training.json" \
    --format "sarif=$target/cds-training.sarif" --fail-on never >"$target/cds-training.log" 2>&1
}
if [ "$major" -ge 25 ]; then
  if train -XX:AOTCacheOutput="$target/ssot-guard.aot" -Xlog:aot=off -Xlog:cds=off \
    && [ -f "$target/ssot-guard.aot" ]; then
    kind=aot
  else
    say "no archive: the JDK $version training run failed (see target/cds-training.log)"
    exit 0
  fi
elif [ "$major" -ge 24 ]; then
  if train -XX:AOTMode=record -XX:AOTConfiguration="$target/ssot-guard.aotconf" -Xlog:cds=off \
    && "$java" -XX:AOTMode=create -XX:AOTConfiguration="$target/ssot-guard.aotconf" \
      -XX:AOTCache="$target/ssot-guard.aot" -Xlog:cds=off -jar "$jar" >>"$target/cds-training.log" 2>&1 \
    && [ -f "$target/ssot-guard.aot" ]; then
    kind=aot
  else
    say "no archive: the JDK $version training run failed (see target/cds-training.log)"
    exit 0
  fi
else
  # PR mode loads JGit's repository classes: a second run lists them (it may fail harmlessly).
  "$java" -Xshare:off -XX:DumpLoadedClassList="$target/ssot-guard-pr.classlist" -XX:+UseSerialGC \
    -jar "$jar" scan "$example" --changed-since HEAD --format "json=$target/cds-training-pr.json" \
    >"$target/cds-training-pr.log" 2>&1
  if train -Xshare:off -XX:DumpLoadedClassList="$target/ssot-guard-main.classlist" \
    && cat "$target/ssot-guard-main.classlist" "$target/ssot-guard-pr.classlist" 2>/dev/null \
      | awk '!seen[$0]++' >"$target/ssot-guard.classlist" \
    && "$java" -Xshare:dump -Xlog:cds=off -XX:SharedClassListFile="$target/ssot-guard.classlist" \
      -XX:SharedArchiveFile="$target/ssot-guard.jsa" -XX:+UseSerialGC -XX:TieredStopAtLevel=1 \
      -jar "$jar" >>"$target/cds-training.log" 2>&1 \
    && [ -f "$target/ssot-guard.jsa" ]; then
    kind=jsa
  else
    say "no archive: the JDK $version archive dump failed (see target/cds-training.log)"
    exit 0
  fi
fi
# Which archive, and the exact runtime it belongs to: the JAVA_RUNTIME_VERSION line of the JDK's
# release file, which the launchers read (a file read, no extra JVM start) and compare.
home=$(cd "$(dirname "$java")/.." && pwd)
runtime=$(sed -n 's/^JAVA_RUNTIME_VERSION=//p' "$home/release" 2>/dev/null | tr -d '"')
printf '%s %s\n' "$kind" "${runtime:-$vm}" >"$target/ssot-guard.cds"
exit 0
