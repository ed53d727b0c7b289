#!/usr/bin/env bash
# Benchmark: one bureau pay day for 10,000 employers and 18,500 PAs on PostgreSQL, through the
# running server: the Jakarta Batch job, the engine, a tagged-PDF payslip per PA, FPS, BACS and
# pension files per employer. Prints wall time, payslips per second and the server's peak memory.
#
#   server/bench/pay-day.sh [employers] [pas]      (defaults 10000 18500)
#
# Needs PostgreSQL on 127.0.0.1:5432 (user postgres, trust). Uses database dps5_bench (dropped and
# re-created) and ports 9282/9642. Never part of mvn verify.
set -euo pipefail
cd "$(dirname "$0")/../.."
EMPLOYERS=${1:-10000}
PAS=${2:-18500}
DB=dps5_bench
PORT=9282
WLP=server/target/liberty/wlp
SERVER=dpsBench
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
printf 'DB_URL=jdbc:postgresql://127.0.0.1:5432/%s\nDB_USER=postgres\nDB_PASSWORD=postgres\nDPS_DEMO=true\n' $DB \
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
echo "Running the pay day (bureau-pay-run batch job, 2 partitions)..."
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
echo "Peak server memory (VmHWM): $peak"
