#!/usr/bin/env bash
# Builds the core and the JMH benchmarks (tests/org.p2mdbg.bench), runs them and writes
# tests/org.p2mdbg.bench/RESULTS.md (machine, scores, issue-4 goals). Takes 15-30 minutes.
# Usage: releng/bench.sh [JMH options]   default: -f 1 (1 fork; each benchmark class sets its own warmup, enough
#        for its scores to settle, and its own measured iterations: 10 shots for the recording pair, 5 for the populates, 3 for the rest)
#        e.g. releng/bench.sh -f 1 -wi 1 -i 1 -p pages=1048576 TranslateBenchmark   (a quick, smaller run)
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)

java_major() { "$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p'; }
jdk=""
for candidate in "${JAVA_HOME:-}" /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/*; do
  if [ -n "$candidate" ] && [ -x "$candidate/bin/javac" ] && [ "$(java_major "$candidate")" -ge 21 ] 2>/dev/null; then
    jdk=$candidate; break
  fi
done
if [ -z "$jdk" ]; then
  echo "bench.sh: no JDK 21 or newer found; install one (e.g. apt-get install openjdk-21-jdk-headless) or set JAVA_HOME" >&2
  exit 2
fi
export JAVA_HOME=$jdk

# offline when the local repository already holds JMH (as on the project's machines), else online
offline=""
[ -d "${HOME}/.m2/repository/org/openjdk/jmh/jmh-core/1.37" ] && offline="-o"
(cd "$here" && ./mvnw -B -ntp -q $offline -pl bundles/org.p2mdbg.core,bundles/org.p2mdbg.model,tests/org.p2mdbg.bench package -DskipTests)

jar="$here/tests/org.p2mdbg.bench/target/benchmarks.jar"
[ $# -eq 0 ] && set -- -f 1
# the commit measured, so that RESULTS.md can be traced to the code (uncommitted changes are said)
commit=$(cd "$here" && git rev-parse --short HEAD 2>/dev/null || echo unknown)
if [ "$commit" != unknown ] && [ -n "$(cd "$here" && git status --porcelain -- bundles tests/org.p2mdbg.bench/src 2>/dev/null)" ]; then
  commit="$commit with uncommitted changes to the sources"
fi
# the runner builds a 10 M-event trace for the memory goal; each benchmark fork has its own -Xmx4g
"$JAVA_HOME/bin/java" -Xmx2g -Dp2mdbg.bench.commit="$commit" -cp "$jar" org.p2mdbg.bench.BenchReport "$here/tests/org.p2mdbg.bench/RESULTS.md" "$@"
echo "bench.sh: wrote tests/org.p2mdbg.bench/RESULTS.md"
