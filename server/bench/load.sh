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
python3 - "$REPORT/js/stats.js" <<'PY'
import json, re, sys
# Gatling 3.13 writes the report's figures as a JavaScript object: quote its bare keys to read it
text = open(sys.argv[1]).read()
text = text[text.index("{"):]
text = re.sub(r'(^|[{,\n])(\s*)([A-Za-z_][A-Za-z0-9_]*)\s*:', r'\1\2"\3":', text)
stats, _ = json.JSONDecoder().raw_decode(text)
rows = []
def walk(node):
    if node.get("type") == "REQUEST":
        s = node["stats"]
        rows.append((s["name"], s["numberOfRequests"]["total"], s["numberOfRequests"]["ko"],
                     s["percentiles3"]["total"], s["meanResponseTime"]["total"]))
    for child in node.get("contents", {}).values():
        walk(child)
walk(stats)
g = stats["stats"]
print(f"{'request type':36} {'requests':>9} {'errors':>7} {'p95 ms':>7} {'mean ms':>8}")
for name, n, ko, p95, mean in sorted(rows):
    print(f"{name:36} {n:>9} {ko:>7} {p95:>7} {mean:>8}")
print(f"{'ALL':36} {g['numberOfRequests']['total']:>9} {g['numberOfRequests']['ko']:>7} "
      f"{g['percentiles3']['total']:>7} {g['meanResponseTime']['total']:>8}")
PY
echo "Report: $REPORT/index.html"
