#!/usr/bin/env bash
# Fast inner loop for the plain-Java core: compiles bundles/org.p2mdbg.core and its tests with javac
# and runs them with the JUnit console launcher (jqwik included), without Tycho. The real build
# runs the same tests through maven-surefire (./p2mdbg test).
# Usage: releng/dev/core-tests.sh [-c Class | -m Class#method]
# Jazzer fuzz tests run in regression mode over their committed inputs; JAZZER_FUZZ=1 with -m fuzzes
# one of them for real (docs/FILE-FORMAT.md, "Fuzzing").
set -euo pipefail
here=$(cd "$(dirname "$0")/../.." && pwd)
java_home=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
m2=${M2_REPO:-$HOME/.m2/repository}
out=${DEV_OUT:-/tmp/p2mdbg-dev-$$}
jar() { ls "$m2/$1" 2>/dev/null | head -1; }
cp="$(jar org/junit/platform/junit-platform-console-standalone/1.14.4/junit-platform-console-standalone-1.14.4.jar)"
for j in jqwik-api jqwik-engine; do cp="$cp:$m2/net/jqwik/$j/1.10.1/$j-1.10.1.jar"; done
cp="$cp:$m2/org/opentest4j/opentest4j/1.3.0/opentest4j-1.3.0.jar"
for j in jazzer-junit jazzer-api jazzer; do cp="$cp:$m2/com/code-intelligence/$j/0.26.0/$j-0.26.0.jar"; done
resources="$here/tests/org.p2mdbg.core.tests/src/test/resources"
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
if [ "${1:-}" = "-m" ]; then sel=(--select-method "$2"); fi
# the launcher's main class on a plain class path (not java -jar ... -cp), so that Jazzer's agent
# finds its native driver; the fuzz inputs are a resource root of their own (as in the pom)
"$java_home/bin/java" -XX:+EnableDynamicAgentLoading -cp "$out/main:$out/test:$resources:$resources/fuzz:$libs:$cp" \
  org.junit.platform.console.ConsoleLauncher execute --disable-banner --details=summary "${sel[@]}"
