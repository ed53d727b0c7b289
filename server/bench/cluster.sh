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
EMPLOYERS=${CLUSTER_EMPLOYERS:-3000}
WORK=server/target/cluster
. server/bench/cluster-lib.sh

cluster_build
trap stop_all EXIT
cluster_start

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

echo
echo "HAProxy (round-robin, no stickiness): requests per server and status"
haproxy_summary 1
echo "Requests that failed at the load balancer (5xx or no answer): $(haproxy_failed 1)"
echo "Load average: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "Whole run: $(($(date +%s) - T0)) s (logs in $WORK and $WLP/usr/servers/dpsCluster{A,B}/logs)"
exit $rc
