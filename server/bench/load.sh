#!/usr/bin/env bash
# Load benchmark (issue 15): 50 people for 5 minutes while the bureau's pay day runs. Budget holders
# send returns with a statement upload (each read back), PAs open payslips, agency staff and an
# officer use their pages. Gatling (Java DSL, from Maven Central) drives it; the script starts its
# own server (H2, demo data, loopback only, ports 9386/9746), prints p95 per request type, errors
# and the machine's load, then stops the server. Never part of mvn verify.
#
# People arrive evenly over the first RAMP seconds (a working day's start), then each keeps going for
# the run's length. The server reports ready only after its warm-up (password hashing compiled,
# batch runtime started, sign-in page compiled), so the first requests meet a warm server.
#
#   server/bench/load.sh [users] [seconds] [ramp]        (defaults 50 300 60)
set -euo pipefail
cd "$(dirname "$0")/../.."
USERS=${1:-50}
SECONDS_RUN=${2:-300}
RAMP=${3:-60}
PORT=9386
WLP=server/target/liberty/wlp
SERVER=dpsLoad
BASE="http://127.0.0.1:$PORT"

echo "Building the WAR and the Liberty runtime..."
mvn -B -q -o -pl server -am package -DskipTests -DskipITs
if [ ! -x "$WLP/bin/server" ]; then
  mvn -B -q -o -pl server liberty:create liberty:install-feature
fi
$WLP/bin/server stop $SERVER >/dev/null 2>&1 || true
rm -rf "$WLP/usr/servers/$SERVER"
$WLP/bin/server create $SERVER >/dev/null
# loopback only
sed 's/host="\*"/host="127.0.0.1"/' server/src/main/liberty/config/server.xml > "$WLP/usr/servers/$SERVER/server.xml"
[ -f server/src/main/liberty/config/jvm.options ] && cp server/src/main/liberty/config/jvm.options "$WLP/usr/servers/$SERVER/"
mkdir -p "$WLP/usr/shared/resources/jdbc"
cp ~/.m2/repository/com/h2database/h2/*/h2-*.jar "$WLP/usr/shared/resources/jdbc/" 2>/dev/null || true
cp server/target/dps.war "$WLP/usr/servers/$SERVER/dropins/"
printf 'http.port=%s\nhttps.port=%s\n' $PORT $((PORT + 360)) > "$WLP/usr/servers/$SERVER/bootstrap.properties"
printf -- '-Ddps.demo=true\n' >> "$WLP/usr/servers/$SERVER/jvm.options"
# served over plain HTTP on purpose: no redirect to HTTPS
printf 'DPS_HTTPS_ONLY=false\n' > "$WLP/usr/servers/$SERVER/server.env"

echo "Starting the server (H2, demo data) on $BASE..."
$WLP/bin/server start $SERVER >/dev/null
trap '$WLP/bin/server stop $SERVER >/dev/null 2>&1 || true' EXIT
until curl -sf "$BASE/health/ready" >/dev/null; do sleep 2; done

echo "Load before:  $(uptime)"
mkdir -p server/bench/load/target
mvn -B -ntp -q -f server/bench/load/pom.xml gatling:test \
  -Dbase="$BASE" -Dusers="$USERS" -Dseconds="$SECONDS_RUN" -Dramp="$RAMP" \
  -Dstatement="$PWD/test-resources/src/main/resources/fixtures/statements/cr-dr-suffixes.pdf" \
  | tee server/bench/load/target/gatling-console.log | grep -E "Pay day|failed|OK=|KO=|Global:" || true
echo "Load after:   $(uptime)"

REPORT=$(ls -dt server/bench/load/target/gatling/*/ | head -1)
python3 server/bench/load/stats.py "$REPORT"
echo "Report: $REPORT/index.html"
