#!/usr/bin/env bash
# Regenerates bundles/org.p2mdbg.model/src-gen and bundles/org.p2mdbg.model.edit/src-gen (plus the
# edit bundle's plugin.properties and icons) from bundles/org.p2mdbg.model/model/p2mdbg.genmodel,
# headless, with the EMF code generator from Maven Central. Commit what it changes.
# Usage: releng/org.p2mdbg.codegen/generate.sh
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)

java_version() { "$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p'; }
find_jdk() {
  for candidate in "${JAVA_HOME:-}" /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/*; do
    [ -n "$candidate" ] && [ -x "$candidate/bin/javac" ] || continue
    if [ "$(java_version "$candidate")" -ge 21 ] 2>/dev/null; then echo "$candidate"; return 0; fi
  done
  return 1
}
if ! JAVA_HOME=$(find_jdk); then
  echo "generate.sh: no JDK 21 or newer found; install one (e.g. apt-get install openjdk-21-jdk) or set JAVA_HOME" >&2
  exit 1
fi
export JAVA_HOME
# Maven's Guice warns about sun.misc.Unsafe on JDK 24 and newer; the option that silences it exists from 23
if [ "$(java_version "$JAVA_HOME")" -ge 23 ]; then
  export MAVEN_OPTS="--sun-misc-unsafe-memory-access=allow ${MAVEN_OPTS:-}"
fi

"$root/mvnw" -q -B -f "$here/pom.xml" compile exec:java -Dexec.args="$root"
echo "generated: bundles/org.p2mdbg.model/src-gen bundles/org.p2mdbg.model.edit/src-gen (+ plugin.properties, icons)"
