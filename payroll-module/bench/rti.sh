#!/usr/bin/env bash
# JMH benchmark of one employer's FPS (two PAs) as a whole GovTalk message with its IRmark, on ONE
# thread. Prints microseconds per FPS. Short by default (1 fork, 2 warm-up + 3 measured iterations
# of 2 s) because the machine is shared; override with JMH_ARGS. SKIP_BUILD=1 reuses the last build.
#   payroll-module/bench/rti.sh
set -euo pipefail
module=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
root=$(cd "$module/.." && pwd)
if [ "${SKIP_BUILD:-}" != 1 ]; then
  echo "building payroll-module (tests skipped) ..." >&2
  mvn -q -f "$root/pom.xml" -pl payroll-module -am -DskipTests process-test-classes
fi
cp="$module/target/test-classes:$module/target/classes:$(cat "$module/target/bench.classpath")"
out=$(mktemp)
trap 'rm -f "$out"' EXIT
# shellcheck disable=SC2086
java -cp "$cp" org.openjdk.jmh.Main RtiMessageBenchmark -t 1 -rf json -rff "$out" ${JMH_ARGS:--f 1 -wi 2 -i 3 -w 2s -r 2s} >&2
score=$(python3 -c "import json,sys; r=json.load(open(sys.argv[1]))[0]['primaryMetric']; print('%.1f %.1f' % (r['score'], r['scoreError'] if r['scoreError']==r['scoreError'] else 0))" "$out")
set -- $score
echo "FPS with GovTalk envelope and IRmark, one employer with two PAs, one thread: $1 µs per FPS (± $2, JMH 99.9% interval)"
