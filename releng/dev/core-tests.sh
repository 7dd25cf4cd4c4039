#!/usr/bin/env bash
# Fast inner loop for the plain-Java core: compiles bundles/org.p2mdbg.core and its tests with javac
# and runs them with the JUnit console launcher (jqwik included), without Tycho. The real build
# runs the same tests through maven-surefire (./p2mdbg test). Usage: releng/dev/core-tests.sh [-c Class]
set -euo pipefail
here=$(cd "$(dirname "$0")/../.." && pwd)
java_home=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
m2=${M2_REPO:-$HOME/.m2/repository}
out=${DEV_OUT:-/tmp/p2mdbg-dev-$$}
jar() { ls "$m2/$1" 2>/dev/null | head -1; }
cp="$(jar org/junit/platform/junit-platform-console-standalone/1.14.4/junit-platform-console-standalone-1.14.4.jar)"
for j in jqwik-api jqwik-engine; do cp="$cp:$m2/net/jqwik/$j/1.10.1/$j-1.10.1.jar"; done
cp="$cp:$m2/org/opentest4j/opentest4j/1.3.0/opentest4j-1.3.0.jar"
libs="$m2/info/picocli/picocli/4.7.7/picocli-4.7.7.jar"
for j in databind core annotations; do libs="$libs:$(ls $m2/com/fasterxml/jackson/core/jackson-$j/2.20*/jackson-$j-2.20*.jar | grep -v sources | head -1)"; done
rm -rf "$out"; mkdir -p "$out/main" "$out/test"
"$java_home/bin/javac" --release 21 -Xlint:all,-serial -Werror -d "$out/main" $(find "$here/bundles/org.p2mdbg.core/src" -name '*.java')
if [ -d "$here/bundles/org.p2mdbg.cli/src" ]; then
  "$java_home/bin/javac" --release 21 -d "$out/main" -cp "$out/main:$libs" $(find "$here/bundles/org.p2mdbg.cli/src" -name '*.java')
fi
"$java_home/bin/javac" --release 21 -d "$out/test" -cp "$out/main:$cp:$libs" $(find "$here/tests/org.p2mdbg.core.tests/src/test/java" -name '*.java')
sel=(--scan-classpath "$out/test" --include-classname '^.*(Test|Tests|Properties)$')
if [ "${1:-}" = "-c" ]; then sel=(--select-class "$2"); fi
"$java_home/bin/java" -jar "$(jar org/junit/platform/junit-platform-console-standalone/1.14.4/junit-platform-console-standalone-1.14.4.jar)" \
  execute --disable-banner --details=summary -cp "$out/main:$out/test:$libs:$m2/net/jqwik/jqwik-api/1.10.1/jqwik-api-1.10.1.jar:$m2/net/jqwik/jqwik-engine/1.10.1/jqwik-engine-1.10.1.jar:$m2/org/opentest4j/opentest4j/1.3.0/opentest4j-1.3.0.jar" "${sel[@]}"
