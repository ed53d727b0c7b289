#!/usr/bin/env bash
# Benchmark (not a test): reads a batch of at least 1,000 generated statement pages on one core
# and prints pages per second and peak heap; then, in the same JVM on the same bytes, runs
# tabula-java 1.0.5 (stream mode, in its own class loader with its PDFBox 2) and prints its pages
# per second side by side. tabula comes from bench/pom.xml, never from the product's dependencies.
# Usage: monitoring-module/bench/statements.sh [pages]   (BENCH_XMX=64m to bound the heap,
#        BENCH_TABULA=0 to skip the comparison)
set -euo pipefail
module=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
root=$(cd "$module/.." && pwd)
cd "$root"
# one reactor build, so the shared kernel comes from kernel/target/classes (the last module to
# write the file is monitoring-module's)
mvn -q -B -ntp -pl monitoring-module -am test-compile dependency:build-classpath \
  -Dspotless.check.skip=true -Dmdep.includeScope=test -Dmdep.outputFile="$module/target/bench.classpath"
# the reactor's test-resources first: it holds the fixture layouts this checkout generates
cp="$module/target/classes:$module/target/test-classes:$root/test-resources/target/classes"
cp="$cp:$(cat "$module/target/bench.classpath")"
props=()
if [ "${BENCH_TABULA:-1}" != 0 ]; then
  mvn -q -B -ntp -f "$module/bench/pom.xml" dependency:build-classpath \
    -Dmdep.outputFile="$module/target/tabula.classpath"
  mkdir -p "$module/target/bench-tabula"
  javac -nowarn -d "$module/target/bench-tabula" -cp "$(cat "$module/target/tabula.classpath")" \
    "$module/bench/tabula/TabulaRunner.java"
  props=(-Dbench.tabula.classpath="$module/target/bench-tabula:$(cat "$module/target/tabula.classpath")")
fi
pin=()
if command -v taskset >/dev/null; then pin=(taskset -c 0); fi
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
echo "load before: $(uptime | sed 's/.*load average/load average/')"
"${pin[@]}" java -Xmx"${BENCH_XMX:-512m}" -XX:+UseSerialGC -XX:ActiveProcessorCount=1 \
  -Djava.util.logging.config.file=/dev/null "${props[@]}" \
  -cp "$cp" org.dpsupport.monitoring.bench.StatementBatchBenchmark "${1:-1000}"
echo "load after:  $(uptime | sed 's/.*load average/load average/')"
