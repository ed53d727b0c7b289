#!/usr/bin/env bash
# Benchmark: server time of every staff list page with 10,000 employers on PostgreSQL. Seeds the
# bureau as pay-day.sh does (seed-bureau.sql: 10,000 employers, 18,500 PAs, approved December
# timesheets) plus seed-pages.sql (two finalised pay runs each, 3% with PAYE overdue, every bench
# direct payment monitored), then asks each page 3 times to warm up and 20 times timed with curl's
# time to first byte, signed in with HTTP Basic (one PBKDF2 check per request, as a browser's
# session would not pay), and prints the median and the 95th percentile with the load average. The
# sign-in page, which reads nothing, is timed alongside as a baseline: on a loaded machine compare
# each page with it rather than with the 200 ms target.
#
#   server/bench/pages.sh [employers] [pas]      (defaults 10000 18500)
#
# Needs PostgreSQL on 127.0.0.1:5432 (user postgres, trust). Database: $DPS_BENCH_DB (default
# dps_pages_bench), dropped and re-created, and dropped again at the end unless KEEP_DB=1. Port
# $DPS_BENCH_PORT (default 9290). Never part of mvn verify.
set -euo pipefail
cd "$(dirname "$0")/../.."
EMPLOYERS=${1:-10000}
PAS=${2:-18500}
DB=${DPS_BENCH_DB:-dps_pages_bench}
PORT=${DPS_BENCH_PORT:-9290}
RUNS=20
WLP=server/target/liberty/wlp
SERVER=dpsPagesBench
PSQL="psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -q"
BASE="http://localhost:$PORT"

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
cleanup() {
  $WLP/bin/server stop $SERVER >/dev/null 2>&1 || true
  if [ "${KEEP_DB:-0}" != 1 ]; then $PSQL -c "DROP DATABASE IF EXISTS $DB" || true; fi
}
trap cleanup EXIT
until curl -sf "$BASE/health/ready" >/dev/null; do sleep 2; done
# the demo's monitoring caseload loads on a managed thread once the scheduler runs: wait for it
until [ "$($PSQL -d $DB -t -A -c "SELECT count(*) FROM dp_account WHERE reference = 'DP-BDG-155'")" = 1 ]; do
  sleep 2
done

echo "Seeding $EMPLOYERS employers and $PAS PAs, their pay runs and monitoring..."
$PSQL -d $DB -v employers=$EMPLOYERS -v pas=$PAS -f server/bench/seed-bureau.sql
$PSQL -d $DB -v employers=$EMPLOYERS -f server/bench/seed-pages.sql
employers=$($PSQL -d $DB -t -A -c "SELECT count(*) FROM payroll_employer")
monitored=$($PSQL -d $DB -t -A -c "SELECT count(*) FROM mon_account")
ACCOUNT=$((50000000 + EMPLOYERS / 2))

AGENCY="payroll@demo.dpsupport.org:demo-password-1"
OFFICER="officer@demo.dpsupport.org:demo-password-1"
ADMIN="admin@demo.dpsupport.org:demo-password-1"
PAGES=(
  "baseline: sign-in page (no query)|$AGENCY|/signin.xhtml"
  "agency employers (page 1)|$AGENCY|/agency/payroll.xhtml"
  "agency employers (page 200)|$AGENCY|/agency/payroll.xhtml?page=200"
  "agency pay runs of one employer|$AGENCY|/agency/payroll-runs.xhtml?account=$ACCOUNT"
  "agency PAs of one employer|$AGENCY|/agency/payroll-employees.xhtml?account=$ACCOUNT"
  "agency starter checklist|$AGENCY|/agency/payroll-starter.xhtml?account=$ACCOUNT"
  "agency start|$AGENCY|/agency/index.xhtml"
  "officer queue (page 1)|$OFFICER|/officer/monitoring-queue.xhtml"
  "officer queue (page 10)|$OFFICER|/officer/monitoring-queue.xhtml?page=10"
  "officer queue, searched|$OFFICER|/officer/monitoring-queue.xhtml?q=DP-BENCH-0003"
  "officer reports|$OFFICER|/officer/monitoring-reports.xhtml"
  "officer start|$OFFICER|/officer/index.xhtml"
  "admin start|$ADMIN|/admin/index.xhtml"
)

# median and 95th percentile (nearest rank) of the numbers on stdin, in ms
stats() { sort -n | awk '{a[NR]=$1} END {m=(NR%2)?a[(NR+1)/2]:(a[NR/2]+a[NR/2+1])/2; p=a[int(0.95*NR+0.999)]; printf "%6.0f ms %6.0f ms", m*1000, p*1000}'; }

echo
echo "Staff list pages, $employers employers on the payroll, $monitored direct payments monitored"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-34s %-8s %9s %9s\n' "page" "status" "median" "p95"
for entry in "${PAGES[@]}"; do
  IFS='|' read -r name auth path <<<"$entry"
  status=$(curl -s -o /dev/null -w '%{http_code}' -u "$auth" "$BASE$path")
  for _ in 1 2 3; do curl -s -o /dev/null -u "$auth" "$BASE$path"; done
  times=$(for _ in $(seq $RUNS); do curl -s -o /dev/null -w '%{time_starttransfer}\n' -u "$auth" "$BASE$path"; done)
  printf '%-34s %-8s %s\n' "$name" "$status" "$(echo "$times" | stats)"
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
