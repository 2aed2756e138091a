#!/usr/bin/env bash
# JMH benchmarks of the scan's hot code (bench/jmh/): builds them with the `jmh` Maven profile and runs
# them; extra arguments go to JMH (e.g. `bench/jmh.sh -f 1 -wi 1 -i 3 needles`). Needs only JDK 17.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/.." && pwd)"
cd "$root"
./mvnw -q -B -Pjmh -Dspotless.check.skip=true -Dcds.skip=true test-compile \
  dependency:build-classpath -Dmdep.outputFile=target/jmh.classpath -Dmdep.includeScope=test
mkdir -p "$here/results"
exec java -cp "target/test-classes:target/classes:$(cat target/jmh.classpath)" org.openjdk.jmh.Main \
  -rf json -rff "$here/results/jmh.json" "$@"
