#!/bin/sh
# The release bundle: a runtime made with jlink holding only the modules ssot-guard needs, the jar,
# the class-data-sharing archive made for that runtime, bin/ssot and bin/ssot.cmd with the tuned JVM
# flags, and the docs. Writes TARGET/ssot-guard-VERSION-OS-ARCH.tar.gz and .zip.
#   usage: bundle.sh VERSION TARGET_DIR JAVA_HOME PROJECT_DIR
set -eu
version=$1
target=$2
jhome=$3
project=$4
os=$(uname -s | tr '[:upper:]' '[:lower:]')
case "$(uname -m)" in
  x86_64 | amd64) arch=x64 ;;
  aarch64 | arm64) arch=aarch64 ;;
  *) arch=$(uname -m) ;;
esac
name="ssot-guard-$version-$os-$arch"
stage="$target/bundle/$name"
rm -rf "$target/bundle" "$target/$name.tar.gz" "$target/$name.zip"
mkdir -p "$stage/bin" "$stage/lib"

major=$("$jhome/bin/java" -XshowSettings:properties -version 2>&1 \
  | sed -n 's/^ *java\.specification\.version = //p' | head -n 1)
modules=$("$jhome/bin/jdeps" --print-module-deps --ignore-missing-deps --multi-release "$major" \
  "$target/ssot-guard.jar")
# The probe's TLS to managed databases needs elliptic-curve ciphers (a module of its own on JDK 17).
if "$jhome/bin/java" --list-modules | grep -q '^jdk.crypto.ec@'; then
  modules="$modules,jdk.crypto.ec"
fi
if [ "$major" -ge 21 ]; then compress=zip-6; else compress=2; fi
# The runtime carries the JDK's own class-data archive; the application's archive records the jar's
# absolute path, so bin/ssot makes it where the bundle is unpacked, on its first run there.
"$jhome/bin/jlink" --add-modules "$modules" --output "$stage/runtime" --strip-debug \
  --no-man-pages --no-header-files --compress="$compress" --generate-cds-archive

cp "$target/ssot-guard.jar" "$stage/lib/"
cp "$project/README.md" "$project/CHANGELOG.md" "$stage/"
cp -r "$project/docs" "$stage/docs"

cat >"$stage/bin/ssot" <<'LAUNCHER'
#!/bin/sh
# ssot-guard from the release bundle: its own runtime, no JDK needed. The first run where the bundle
# lies writes the application's class-data archive beside the jar (it records the jar's path, so a
# moved bundle makes a new one); later runs map it and start faster. A read-only install runs without.
here=$(CDPATH='' cd -- "$(dirname -- "$0")/.." && pwd)
java="$here/runtime/bin/java"
jar="$here/lib/ssot-guard.jar"
flags="-XX:+UseSerialGC -XX:TieredStopAtLevel=1"
major=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$here/runtime/release")
if [ "${major:-0}" -ge 25 ]; then archive="$here/lib/ssot-guard.aot"; else archive="$here/lib/ssot-guard.jsa"; fi
made_at="$here/lib/ssot-guard.archive-path"
if [ -f "$archive" ] && [ "$(cat "$made_at" 2>/dev/null)" = "$here" ]; then
  if [ "${major:-0}" -ge 25 ]; then
    exec "$java" $flags "-XX:AOTCache=$archive" -Xlog:aot=off -Xlog:cds=off -jar "$jar" "$@"
  fi
  exec "$java" $flags -Xshare:auto "-XX:SharedArchiveFile=$archive" -Xlog:cds=off -jar "$jar" "$@"
fi
if [ -w "$here/lib" ]; then
  rm -f "$archive"
  printf '%s' "$here" >"$made_at"
  if [ "${major:-0}" -ge 25 ]; then
    exec "$java" $flags "-XX:AOTCacheOutput=$archive" -Xlog:aot=off -Xlog:cds=off -jar "$jar" "$@"
  fi
  exec "$java" $flags -Xshare:auto "-XX:ArchiveClassesAtExit=$archive" -Xlog:cds=off -jar "$jar" "$@"
fi
exec "$java" $flags -Xshare:auto -jar "$jar" "$@"
LAUNCHER
chmod +x "$stage/bin/ssot"
printf '%s\r\n' '@echo off' 'rem ssot-guard from the release bundle: its own runtime, no JDK needed.' 'setlocal' \
  'set "HERE=%~dp0.."' \
  '"%HERE%\runtime\bin\java" -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xshare:auto -jar "%HERE%\lib\ssot-guard.jar" %*' \
  'exit /b %ERRORLEVEL%' >"$stage/bin/ssot.cmd"

(cd "$target/bundle" && tar -czf "../$name.tar.gz" "$name")
(cd "$target/bundle" && "$jhome/bin/jar" --create --no-manifest --file "../$name.zip" "$name")
echo "bundle: $target/$name.tar.gz ($(du -k "$target/$name.tar.gz" | cut -f1) KB), $target/$name.zip"
