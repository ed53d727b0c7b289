#!/usr/bin/env bash
# Benchmark (not a test): imports and reconciles 1,000,000 generated prepaid-card transactions on
# one core: by default 1,000 Clearcard files of 1,000 transactions (a council's cards over about
# eleven months), each read as CSV text row by row, its balances chained, then reconciled against
# the account's terms (council loads, spending by merchant category, cash and blocked businesses,
# surplus). Prints wall time, CPU time, transactions per second, flags and peak heap.
# Usage: monitoring-module/bench/cards.sh [cards] [transactions per card] [transactions a day]
#        e.g. cards.sh 1 1000000 100   (one card file of a million rows; BENCH_XMX=2g)
set -euo pipefail
module=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
root=$(cd "$module/.." && pwd)
cd "$root"
mvn -q -B -ntp -pl monitoring-module -am test-compile dependency:build-classpath \
  -Dspotless.check.skip=true -Dmdep.includeScope=test -Dmdep.outputFile="$module/target/bench.classpath"
cp="$module/target/classes:$module/target/test-classes:$(cat "$module/target/bench.classpath")"
pin=()
if command -v taskset >/dev/null; then pin=(taskset -c 0); fi
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
echo "load before: $(uptime | sed 's/.*load average/load average/')"
"${pin[@]}" java -Xmx"${BENCH_XMX:-1g}" -XX:+UseSerialGC -XX:ActiveProcessorCount=1 \
  -cp "$cp" org.dpsupport.monitoring.bench.CardBenchmark "${1:-1000}" "${2:-1000}" "${3:-3}"
echo "load after:  $(uptime | sed 's/.*load average/load average/')"
