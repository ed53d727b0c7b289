#!/usr/bin/env bash
# The cluster test: two Liberty servers from the built WAR on one PostgreSQL database, behind HAProxy
# (Debian's, round-robin, no sticky sessions, health checks on /health/ready), both with
# DPS_CLUSTER=true (sessions in the database: server/src/main/liberty/config/cluster-true.xml).
# Then ClusterScenario (server/src/test/java/.../it/monitoring) runs through the load balancer:
#   1. a PA suspended on server A leaves server B's matches within 10 s;
#   2. a budget holder signs in (Chromium, JavaScript off) and starts a return; the bureau's pay day
#      starts on A (B sees it running and refuses a second start); server A is killed with SIGKILL;
#      the holder finishes the return through B, still signed in, and it is stored as typed; B sees
#      the pay day interrupted, and starting it again on B finishes the same month, each employer once.
# Prints what HAProxy saw (requests per server, failed requests) and the run time.
#
#   server/bench/cluster.sh
#
# Environment: CLUSTER_DB (database, default dps_h2, dropped and re-created), CLUSTER_PORT (the load
# balancer's port, default 9380; servers A and B take the next two, HTTPS 300 above), CLUSTER_EMPLOYERS
# (the bureau seeded for the pay day, default 3000: enough that the pay day still runs when A dies).
# Needs PostgreSQL on 127.0.0.1:5432 (user postgres, trust), /usr/sbin/haproxy, chromium and
# chromedriver. Not part of mvn verify (it takes longer than CI's budget allows for one test).
set -euo pipefail
cd "$(dirname "$0")/../.."
T0=$(date +%s)
DB=${CLUSTER_DB:-dps_h2}
LB=${CLUSTER_PORT:-9380}
PORT_A=$((LB + 1))
PORT_B=$((LB + 2))
EMPLOYERS=${CLUSTER_EMPLOYERS:-3000}
WLP=server/target/liberty/wlp
WORK=server/target/cluster
PSQL="psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -q"
HAPROXY_PID=

echo "Building the WAR and the Liberty runtime..."
mvn -B -q -o -pl server -am package -DskipTests
if [ ! -x "$WLP/bin/server" ]; then
  # the full runtime the build's Liberty plugin uses (every feature already in it)
  unzip -q ~/.m2/repository/io/openliberty/openliberty-runtime/26.0.0.3/openliberty-runtime-26.0.0.3.zip \
    -d server/target/liberty
fi
mkdir -p "$WLP/usr/shared/resources/jdbc" "$WORK"
cp ~/.m2/repository/org/postgresql/postgresql/42.7.14/postgresql-42.7.14.jar "$WLP/usr/shared/resources/jdbc/"

stop_all() {
  for s in dpsClusterA dpsClusterB; do $WLP/bin/server stop $s >/dev/null 2>&1 || true; done
  if [ -n "$HAPROXY_PID" ]; then kill "$HAPROXY_PID" 2>/dev/null || true; fi
}
trap stop_all EXIT

# server NAME ID HTTP_PORT: a fresh Liberty server from the WAR, in cluster mode, serving plain HTTP on purpose
# (DPS_HTTPS_ONLY=false) because this HAProxy talks plain HTTP to it
make_server() {
  local name=$1 id=$2 port=$3 dir="$WLP/usr/servers/$1"
  $WLP/bin/server stop "$name" >/dev/null 2>&1 || true
  rm -rf "$dir"
  $WLP/bin/server create "$name" >/dev/null
  cp server/src/main/liberty/config/{server.xml,jvm.options,cluster-true.xml} "$dir/"
  cp server/target/dps.war "$dir/dropins/"
  printf 'http.port=%s\nhttps.port=%s\n' "$port" $((port + 300)) > "$dir/bootstrap.properties"
  printf 'DB_URL=jdbc:postgresql://127.0.0.1:5432/%s\nDB_USER=postgres\nDB_PASSWORD=postgres\nDPS_DEMO=true\nDPS_HTTPS_ONLY=false\nDPS_CLUSTER=true\nDPS_SERVER_ID=%s\n' \
    "$DB" "$id" > "$dir/server.env"
}

await_ready() {
  local port=$1 until=$(($(date +%s) + 240))
  until curl -sf "http://localhost:$port/health/ready" >/dev/null; do
    if [ "$(date +%s)" -gt $until ]; then echo "Server on $port not ready after 240 s"; exit 1; fi
    sleep 1
  done
}

$PSQL -c "DROP DATABASE IF EXISTS $DB" -c "CREATE DATABASE $DB"
$PSQL -d "$DB" -c "CREATE SCHEMA liberty" # Liberty's own tables (cluster-true.xml)
make_server dpsClusterA a $PORT_A
make_server dpsClusterB b $PORT_B
echo "Starting server A (migrates the database, loads the demo)..."
t=$(date +%s)
$WLP/bin/server start dpsClusterA >/dev/null
await_ready $PORT_A
echo "  A ready in $(($(date +%s) - t)) s"
echo "Starting server B..."
t=$(date +%s)
$WLP/bin/server start dpsClusterB >/dev/null
await_ready $PORT_B
echo "  B ready in $(($(date +%s) - t)) s"

cat > "$WORK/haproxy.cfg" <<EOF
global
    log stdout format raw local0
    maxconn 512
defaults
    mode http
    log global
    option httplog
    timeout connect 2s
    timeout client 120s
    timeout server 120s
    # a request that could not reach a server goes to the other one (never a request a server got)
    retries 3
    option redispatch 1
frontend dps
    bind 127.0.0.1:$LB
    # no HTTP/2 upgrade (Java's HttpClient asks for h2c): every request is balanced on its own
    http-request del-header upgrade if { req.hdr(upgrade) -i h2c }
    http-request del-header http2-settings
    default_backend servers
backend servers
    balance roundrobin
    option httpchk GET /health/ready
    http-check expect status 200
    default-server inter 1s fall 2 rise 2
    server a 127.0.0.1:$PORT_A check
    server b 127.0.0.1:$PORT_B check
EOF
/usr/sbin/haproxy -db -f "$WORK/haproxy.cfg" > "$WORK/haproxy.log" 2>&1 &
HAPROXY_PID=$!
await_ready $LB

echo "Seeding the bureau's pay day: $EMPLOYERS employers with December timesheets..."
$PSQL -d "$DB" -v employers=$EMPLOYERS -v pas=$((EMPLOYERS * 185 / 100)) -f server/bench/seed-bureau.sql

PID_A=$(cat "$WLP/usr/servers/.pid/dpsClusterA.pid")
echo "Running ClusterScenario through HAProxy on $LB (server A is pid $PID_A)..."
t=$(date +%s)
set +e
mvn -B -o -pl server -am verify -P '!it-server' -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false \
  -Dit.test=ClusterScenario -Dit.failIfNoSpecifiedTests=false -Dit.http.port=$LB \
  -Dcluster.a=http://localhost:$PORT_A -Dcluster.b=http://localhost:$PORT_B -Dcluster.killPid=$PID_A \
  > "$WORK/scenario.log" 2>&1
rc=$?
set -e
echo "  scenario took $(($(date +%s) - t)) s, exit code $rc"
grep -E "^CLUSTER|Tests run:|FAIL|ERROR\]" "$WORK/scenario.log" | grep -v "^\[INFO\] Tests run: 0" | sort -u || true

# HAProxy's log: one line per request, "... servers/a 0/0/1/12/13 200 ..." (server, timers, status)
echo
echo "HAProxy (round-robin, no stickiness): requests per server and status"
grep -oE 'servers/[a-z<>A-Z]+ [-0-9/+]+ [-0-9]+' "$WORK/haproxy.log" | awk '{print $1, $3}' | sort | uniq -c || true
failed=$(grep -cE 'servers/[a-z<>A-Z]+ [-0-9/+]+ (5[0-9][0-9]|-1) ' "$WORK/haproxy.log" || true)
echo "Requests that failed at the load balancer (5xx or no answer): $failed"
echo "Load average: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "Whole run: $(($(date +%s) - T0)) s (logs in $WORK and $WLP/usr/servers/dpsCluster{A,B}/logs)"
exit $rc
