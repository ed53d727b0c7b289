#!/usr/bin/env bash
# JMH benchmark of full gross to net (tax, NI, pension, student loan) on ONE thread.
# Prints employee-periods per second. Short by default (1 fork, 2 warm-up + 3 measured
# iterations of 2 s) because the machine is shared; override with JMH_ARGS.
#   payroll-module/bench/gross-to-net.sh
#   JMH_ARGS="-f 2 -wi 2 -i 3 -w 2s -r 2s" payroll-module/bench/gross-to-net.sh   (replaces the defaults)
#   SKIP_BUILD=1 ...   reuse the last build
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
java -cp "$cp" org.openjdk.jmh.Main GrossToNetBenchmark -t 1 -rf json -rff "$out" ${JMH_ARGS:--f 1 -wi 2 -i 3 -w 2s -r 2s} >&2
score=$(python3 -c "import json,sys; r=json.load(open(sys.argv[1]))[0]['primaryMetric']; print('%.0f %.0f' % (r['score'], r['scoreError'] if r['scoreError']==r['scoreError'] else 0))" "$out")
set -- $score
echo "gross-to-net, one thread: $1 employee-periods per second (± $2, JMH 99.9% interval)"
