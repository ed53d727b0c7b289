#!/usr/bin/env bash
# Benchmark (not a test, not in mvn verify): a month of managed (invoice agency) accounts, 5,000
# accounts of one agency with 3 invoices each (15,000), read, checked and paid in one Bacs
# Standard 18 payment file with a remittance advice PDF per provider per person, on PostgreSQL
# (database h5_managed_bench, made fresh and dropped after). See ManagedPaymentBench.java for
# exactly what is timed. Prints wall time, CPU seconds (this JVM and its PostgreSQL backend) and
# the machine's load before and after.
# Usage: server/bench/managed.sh [accounts]   Environment: PGHOST (127.0.0.1), DB (h5_managed_bench)
set -euo pipefail
server=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
root=$(cd "$server/.." && pwd)
DB=${DB:-h5_managed_bench}
PGHOST=${PGHOST:-127.0.0.1}
if [ ! -d "$server/target/dps/WEB-INF/lib" ] || [ ! -d "$server/target/classes/db" ]; then
  echo "Building the WAR..." >&2
  (cd "$root" && mvn -B -q -pl server -am package -DskipTests -DskipITs -Dspotless.check.skip=true)
fi
pg=$(ls "${M2_REPO:-$HOME/.m2/repository}"/org/postgresql/postgresql/*/postgresql-*.jar | grep -v sources | tail -1)
psql -h "$PGHOST" -U postgres -q -c "DROP DATABASE IF EXISTS $DB" -c "CREATE DATABASE $DB"
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
echo "load before: $(uptime | sed 's/.*load average/load average/')"
java -Xmx1g -cp "$server/target/classes:$server/target/dps/WEB-INF/lib/*:$pg" \
  "$server/bench/ManagedPaymentBench.java" "jdbc:postgresql://$PGHOST:5432/$DB" "${1:-5000}" "${OUT:-$server/target/managed-bench.txt}"
echo "load after:  $(uptime | sed 's/.*load average/load average/')"
psql -h "$PGHOST" -U postgres -q -c "DROP DATABASE IF EXISTS $DB"
