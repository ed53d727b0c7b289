#!/usr/bin/env bash
# Benchmark (not a test): reads a batch of at least 1,000 generated statement pages on one core
# and prints pages per second and peak heap.
# Usage: monitoring-module/bench/statements.sh [pages]   (BENCH_XMX=64m to bound the heap)
set -euo pipefail
module=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
root=$(cd "$module/.." && pwd)
cd "$root"
mvn -q -pl monitoring-module test-compile
mvn -q -pl monitoring-module dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile="$module/target/bench.classpath"
cp="$module/target/classes:$module/target/test-classes:$(cat "$module/target/bench.classpath")"
pin=()
if command -v taskset >/dev/null; then pin=(taskset -c 0); fi
exec "${pin[@]}" java -Xmx"${BENCH_XMX:-512m}" -XX:+UseSerialGC -XX:ActiveProcessorCount=1 \
  -Djava.util.logging.config.file=/dev/null \
  -cp "$cp" org.dpsupport.monitoring.bench.StatementBatchBenchmark "${1:-1000}"
