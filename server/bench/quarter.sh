#!/usr/bin/env bash
# One quarter of monitoring at scale on PostgreSQL (database dps6_bench, recreated):
# load accounts, schedule their Quartz return triggers, fire the quarter, reconcile statements.
# Prints each phase's time and the peak heap. Never part of `mvn verify`.
#
#   server/bench/quarter.sh [accounts=100000] [statements=10000] [threads=4]
set -euo pipefail
cd "$(dirname "$0")/../.."
ACCOUNTS=${1:-100000}
STATEMENTS=${2:-10000}
THREADS=${3:-4}
DB=dps6_bench
PGHOST=${PGHOST:-127.0.0.1}
psql -q -h "$PGHOST" -U postgres -c "DROP DATABASE IF EXISTS $DB" -c "CREATE DATABASE $DB"
mvn -B -q -o -pl server -am test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt \
    -Dmdep.includeScope=test >/dev/null
CP="server/target/test-classes:server/target/classes:monitoring-module/target/classes:$(cat server/target/bench-classpath.txt)"
java -Xmx1g -XX:+UseSerialGC -Dorg.slf4j.simpleLogger.defaultLogLevel=warn -cp "$CP" \
    org.dpsupport.server.bench.QuarterBenchmark "jdbc:postgresql://$PGHOST:5432/$DB?user=postgres" \
    "$ACCOUNTS" "$STATEMENTS" "$THREADS"
