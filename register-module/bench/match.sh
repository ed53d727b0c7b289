#!/usr/bin/env bash
# JMH benchmark of one match query over 100,000 demo PA profiles (SampleTime mode): prints p50 and
# p95 in milliseconds for a full scan with Matcher.rank and for the RegisterIndex.
# Not part of mvn verify. Short by default (1 fork, 2 warm-up and 3 measured iterations) because
# the build machines have 2 shared cores; pass JMH options to change it, e.g. bench/match.sh -f 2
set -euo pipefail
module=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
root=$(cd "$module/.." && pwd)

echo "Building register-module test classes..." >&2
# -am: the shared kernel comes from the reactor (the last module to write the file is this one)
(cd "$root" && mvn -q -pl register-module -am test-compile dependency:build-classpath \
  -Dmdep.outputFile="$module/target/bench.classpath" -Dmdep.includeScope=test)

results="$module/target/jmh-match.txt"
java -Xmx2g -cp "$module/target/classes:$module/target/test-classes:$(cat "$module/target/bench.classpath")" \
  org.openjdk.jmh.Main 'org.dpsupport.register.bench.MatchBenchmark' \
  -f 1 -wi 2 -w 2s -i 3 -r 3s -jvmArgs "-Xmx2g" "$@" | tee "$results" >&2

echo
echo "One match query over 100,000 PA profiles (JMH SampleTime, ms/op):"
printf '%-22s %10s %10s %10s %8s\n' benchmark p50 p95 p99 samples
# JMH's summary: "MatchBenchmark.name  100000  sample  638  14.176 ± 1.035  ms/op" then ":p0.50" etc. lines.
awk '
  /^MatchBenchmark\.[A-Za-z0-9]+ / && $3 == "sample" { split($1, n, "."); order[++k] = n[2]; count[n[2]] = $4 }
  /^MatchBenchmark\.[A-Za-z0-9]+:p0\.(50|95|99) / { split($1, a, ":"); split(a[1], n, "."); pct[n[2], a[2]] = $(NF-1) }
  END { for (i = 1; i <= k; i++) { b = order[i]; printf "%-22s %10s %10s %10s %8s\n", b, pct[b, "p0.50"], pct[b, "p0.95"], pct[b, "p0.99"], count[b] } }
' "$results"
