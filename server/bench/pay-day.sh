#!/usr/bin/env bash
# Benchmark: one bureau pay day for 10,000 employers and 18,500 PAs on PostgreSQL, through the
# running server: the Jakarta Batch job, the engine, a tagged-PDF payslip per PA, FPS, BACS and
# pension files per employer. Prints wall time, payslips per second, the server's CPU seconds for
# the pay day (utime + stime from /proc/<pid>/stat: survives a loaded machine better than wall
# time), the statements per employer (PostgreSQL's per-table counters) and the server's peak memory.
#
#   server/bench/pay-day.sh [employers] [pas]      (defaults 10000 18500)
#
# Environment: BENCH_DB (database, default dps5_bench, dropped and re-created), BENCH_PORT (HTTP
# port, default 9282; HTTPS is 360 above), BENCH_SERVER (Liberty server name, default dpsBench),
# BENCH_JFR=FILE (record the pay day with Java Flight Recorder, profile settings, into FILE).
# Needs PostgreSQL on 127.0.0.1:5432 (user postgres, trust). Never part of mvn verify.
set -euo pipefail
cd "$(dirname "$0")/../.."
EMPLOYERS=${1:-10000}
PAS=${2:-18500}
DB=${BENCH_DB:-dps5_bench}
PORT=${BENCH_PORT:-9282}
WLP=server/target/liberty/wlp
SERVER=${BENCH_SERVER:-dpsBench}
PSQL="psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -q"

echo "Building the WAR and the Liberty runtime..."
mvn -B -q -o -pl server -am package -DskipTests
if [ ! -x "$WLP/bin/server" ]; then
  mvn -B -q -o -pl server liberty:create liberty:install-feature
fi
$WLP/bin/server stop $SERVER >/dev/null 2>&1 || true
rm -rf "$WLP/usr/servers/$SERVER"
$WLP/bin/server create $SERVER >/dev/null
cp server/src/main/liberty/config/server.xml server/src/main/liberty/config/jvm.options "$WLP/usr/servers/$SERVER/"
mkdir -p "$WLP/usr/shared/resources/jdbc"
cp ~/.m2/repository/org/postgresql/postgresql/42.7.14/postgresql-42.7.14.jar "$WLP/usr/shared/resources/jdbc/" 2>/dev/null || true
cp server/target/dps.war "$WLP/usr/servers/$SERVER/dropins/"
printf 'http.port=%s\nhttps.port=%s\n' $PORT $((PORT + 360)) > "$WLP/usr/servers/$SERVER/bootstrap.properties"
printf 'DB_URL=jdbc:postgresql://127.0.0.1:5432/%s\nDB_USER=postgres\nDB_PASSWORD=postgres\nDPS_DEMO=true\nDPS_HTTPS_ONLY=false\n' $DB \
  > "$WLP/usr/servers/$SERVER/server.env"

$PSQL -c "DROP DATABASE IF EXISTS $DB" -c "CREATE DATABASE $DB"
echo "Starting the server on PostgreSQL ($DB)..."
$WLP/bin/server start $SERVER >/dev/null
trap '$WLP/bin/server stop $SERVER >/dev/null 2>&1 || true' EXIT
until curl -sf "http://localhost:$PORT/health/ready" >/dev/null; do sleep 2; done

echo "Seeding $EMPLOYERS employers and $PAS PAs with approved December timesheets..."
seed_start=$(date +%s.%N)
$PSQL -d $DB -v employers=$EMPLOYERS -v pas=$PAS -f server/bench/seed-bureau.sql
echo "  seeded in $(echo "$(date +%s.%N) - $seed_start" | bc | xargs printf '%.1f') s"

PID=$(cat "$WLP/usr/servers/.pid/$SERVER.pid")
AUTH="payroll@demo.dpsupport.org:demo-password-1"
# server CPU ticks (utime + stime, fields 14 and 15 of /proc/<pid>/stat; the name field has no spaces)
cpu_ticks() { awk '{print $14 + $15}' /proc/$PID/stat; }
# CPU ticks of the PostgreSQL backends serving this database (the pool keeps its connections for
# the run): the other half of the pay day's work on the same two cores
pg_ticks() {
  local t=0 pid
  for pid in $($PSQL -d $DB -t -A -c "SELECT pid FROM pg_stat_activity WHERE datname = '$DB' AND pid <> pg_backend_pid()"); do
    [ -r /proc/$pid/stat ] && t=$((t + $(awk '{print $14 + $15}' /proc/$pid/stat)))
  done
  echo $t
}
# statements PostgreSQL ran on each table: index and sequential scans (reads) and rows inserted/updated
table_counts() {
  $PSQL -d $DB -t -A -F ' ' -c "SELECT relname, coalesce(idx_scan,0) + coalesce(seq_scan,0), n_tup_ins, n_tup_upd
    FROM pg_stat_user_tables ORDER BY relname"
}
sleep 1
before_counts=$(table_counts)
if [ -n "${BENCH_JFR:-}" ]; then
  jcmd $PID JFR.start name=payday settings=profile filename="$(realpath -m "$BENCH_JFR")" >/dev/null
fi
echo "Running the pay day (bureau-pay-run batch job, 2 partitions)..."
load_start=$(cut -d' ' -f1-3 /proc/loadavg)
cpu_start=$(cpu_ticks)
pg_start=$(pg_ticks)
start=$(date +%s.%N)
RUN=$(curl -sf -u "$AUTH" -H 'Content-Type: application/json' \
  -d '{"month":"2026-12","partitions":2,"chunkSize":20}' "http://localhost:$PORT/api/v1/payroll/bureau-runs")
ID=$(echo "$RUN" | sed -E 's/.*"id":([0-9]+).*/\1/')
while true; do
  P=$(curl -sf -u "$AUTH" "http://localhost:$PORT/api/v1/payroll/bureau-runs/$ID")
  echo "$P" | grep -q '"finished":true' && break
  sleep 1
done
end=$(date +%s.%N)
cpu_end=$(cpu_ticks)
pg_end=$(pg_ticks)
load=$(cut -d' ' -f1-3 /proc/loadavg)
if [ -n "${BENCH_JFR:-}" ]; then
  jcmd $PID JFR.stop name=payday >/dev/null
  echo "JFR recording: $BENCH_JFR"
fi
sleep 11 # PostgreSQL 15 flushes an idle connection's table counters within 10 s
after_counts=$(table_counts)
wall=$(echo "$end - $start" | bc)
payslips=$(echo "$P" | sed -E 's/.*"payslips":([0-9]+).*/\1/')
paid=$(echo "$P" | sed -E 's/.*"employersPaid":([0-9]+).*/\1/')
due=$(echo "$P" | sed -E 's/.*"employersDue":([0-9]+).*/\1/')
status=$(echo "$P" | sed -E 's/.*"batchStatus":"([A-Z_]+)".*/\1/')
peak=$(grep VmHWM /proc/$PID/status | awk '{printf "%.0f MB", $2/1024}')
pdfs=$($PSQL -d $DB -t -A -c "SELECT count(*) FROM payslip s JOIN pay_run r ON r.id = s.pay_run_id WHERE r.period_start = DATE '2026-12-01' AND length(s.pdf) > 1000")
echo
echo "Pay day 2026-12: $status, employers paid $paid of $due, payslips $payslips (PDFs stored: $pdfs)"
printf 'Wall time: %.1f s\n' "$wall"
printf 'Payslips per second: %.0f\n' "$(echo "$payslips / $wall" | bc -l)"
printf 'Server CPU: %.1f s (user + system)\n' "$(echo "($cpu_end - $cpu_start) / $(getconf CLK_TCK)" | bc -l)"
printf 'PostgreSQL CPU (backends of %s): %.1f s\n' "$DB" "$(echo "($pg_end - $pg_start) / $(getconf CLK_TCK)" | bc -l)"
echo "Peak server memory (VmHWM): $peak"
echo "Load average at the start: $load_start; at the end: $load"
echo
echo "Statements per employer paid (table: reads, rows inserted, rows updated):"
LC_ALL=C join <(echo "$before_counts" | LC_ALL=C sort) <(echo "$after_counts" | LC_ALL=C sort) | awk -v n="$paid" '
  { r = $5 - $2; i = $6 - $3; u = $7 - $4; tr += r; ti += i; tu += u
    if (r + i + u > 0) printf "  %-28s %7.2f %7.2f %7.2f\n", $1, r / n, i / n, u / n }
  END { printf "  %-28s %7.2f %7.2f %7.2f\n", "all tables", tr / n, ti / n, tu / n }'
