#!/usr/bin/env bash
# Benchmark (issue 17): two servers against one behind the same load balancer, side by side in one run.
# Starts two Liberty servers from the WAR in cluster mode on one fresh PostgreSQL database behind
# HAProxy (round-robin, no stickiness: cluster-lib.sh, as the cluster test), seeds a bureau of
# BENCH_EMPLOYERS employers (1.85 PAs each) with approved timesheets for December 2026 to March 2027,
# then measures four rounds in the order one, two, two, one server (so a drift in the machine's load
# falls on both alike); "one" takes server B out of HAProxy's rotation (maintenance mode, B stays
# running but idle), "two" puts it back. Each round:
#   (a) a bureau pay day for the next month through HAProxy: wall seconds, payslips per second, both
#       servers' CPU seconds, which server ran the batch job;
#   (b) the mixed page load (Gatling, server/bench/load: holders upload statements and read each
#       return back, PAs open payslip PDFs, agency staff and officers sign in on the page and open
#       theirs; no pay day alongside): requests per second, p95 per request type, errors, the servers'
#       CPU milliseconds per request, requests each server answered.
# Then the kill run: the mixed load through both servers, server B killed with SIGKILL halfway; counts
# the requests that failed at the client and at HAProxy, the virtual users signed out (a request after
# sign-in answered 401, sent to the sign-in page or showing its form), the uploads acknowledged and
# whether each is in the database. Gatling sends a request once more if it got no answer or a
# 502/503/504 (the request in flight on B when it died); those retries are counted apart.
# Prints `uptime` before and after and the ratios two/one.
#
#   server/bench/cluster-bench.sh
#
# Environment: CLUSTER_DB (database, default dps_cluster_bench, dropped and re-created), CLUSTER_PORT
# (HAProxy's port, default 9580; servers A and B take the next two, HTTPS 300 above), BENCH_EMPLOYERS
# (default 1000), BENCH_USERS (virtual users in the mixed load, default 60), BENCH_SECONDS (each
# user's time in the mixed load after arriving, default 60), BENCH_RAMP (seconds over which the users
# arrive, default 15), BENCH_PAUSE_MS (each user's pause between steps, "min-max", default 200-600,
# shorter than load.sh's so the servers rather than the pauses set the pace).
# Needs PostgreSQL on 127.0.0.1:5432 (user postgres, trust), /usr/sbin/haproxy and socat. About 25 min
# on a shared 2-core machine. Not part of mvn verify.
set -euo pipefail
cd "$(dirname "$0")/../.."
T0=$(date +%s)
DB=${CLUSTER_DB:-dps_cluster_bench}
LB=${CLUSTER_PORT:-9580}
EMPLOYERS=${BENCH_EMPLOYERS:-1000}
PAS=$((EMPLOYERS * 185 / 100))
USERS=${BENCH_USERS:-60}
SECS=${BENCH_SECONDS:-60}
RAMP=${BENCH_RAMP:-15}
PAUSE=${BENCH_PAUSE_MS:-200-600}
WORK=server/target/cluster-bench
. server/bench/cluster-lib.sh
AUTH="payroll@demo.dpsupport.org:demo-password-1"
BASE="http://127.0.0.1:$LB"
TICK=$(getconf CLK_TCK)

echo "Load at the start: $(uptime)"
cluster_build
rm -rf "$WORK" && mkdir -p "$WORK"
echo "Compiling the Gatling simulation..."
mvn -B -ntp -q -o -f server/bench/load/pom.xml test-compile
trap stop_all EXIT
cluster_start
PID_A=$(cat "$WLP/usr/servers/.pid/dpsClusterA.pid")
PID_B=$(cat "$WLP/usr/servers/.pid/dpsClusterB.pid")

echo "Seeding the bureau: $EMPLOYERS employers, $PAS PAs, approved timesheets December 2026 to March 2027..."
$PSQL -d "$DB" -v employers=$EMPLOYERS -v pas=$PAS -f server/bench/seed-bureau.sql
for k in 1 2 3; do
  # the same PAs' timesheets for the months after December (ids clear of December's)
  $PSQL -d "$DB" <<SQL
INSERT INTO timesheet (id, pa_employment_id, period_start, period_end, status, submitted_by, submitted_at, approved_by,
    approved_at, approval_reason, pay_run_id)
SELECT 70000000 + $k * 1000000 + n, 60000000 + n, DATE '2026-12-01' + interval '$k month',
       (DATE '2026-12-01' + interval '$((k + 1)) month' - interval '1 day')::date, 'APPROVED', 'bench', now(),
       'bench', now(), NULL, NULL
FROM generate_series(1, $PAS) AS n;
INSERT INTO timesheet_shift (id, timesheet_id, starts_at, ends_at, rate_type)
SELECT 80000000 + $k * 1000000 + n * 12 + d, 70000000 + $k * 1000000 + n,
       TIMESTAMP '2026-12-01 09:00' + interval '$k month' + (d || ' days')::interval,
       TIMESTAMP '2026-12-01 15:00' + interval '$k month' + (d || ' days')::interval, 'DAY'
FROM generate_series(1, $PAS) AS n, generate_series(0, 11) AS d;
ANALYZE timesheet; ANALYZE timesheet_shift;
SQL
done

# CPU ticks (utime + stime) of a process; 0 once it is gone
ticks() { awk '{print $14 + $15}' /proc/$1/stat 2>/dev/null || echo 0; }
# cpu_since A0 B0: both servers' CPU seconds since those tick counts (a killed server counts 0 after)
cpu_since() {
  local a=$(($(ticks $PID_A) - $1)) b=$(($(ticks $PID_B) - $2))
  secs $(( (a > 0 ? a : 0) + (b > 0 ? b : 0) ))
}
secs() { echo "scale=1; $1 / $TICK" | bc; }
haproxy_lines() { wc -l < "$WORK/haproxy.log"; }

# servers N: 1 takes B out of rotation (maintenance), 2 puts it back and waits until HAProxy sees it up
servers() {
  if [ "$1" = 1 ]; then
    haproxy_cmd "set server servers/b state maint" >/dev/null
  else
    haproxy_cmd "set server servers/b state ready" >/dev/null
    until haproxy_cmd "show stat" | grep -q '^servers,b,.*,UP,'; do sleep 0.5; done
  fi
}

# pay_day ROUND N MONTH: the bureau's pay day for MONTH through HAProxy, N servers in rotation
pay_day() {
  local round=$1 n=$2 month=$3
  local a0 b0 start run id p wall payslips paid due status server
  a0=$(ticks $PID_A) b0=$(ticks $PID_B)
  start=$(date +%s.%N)
  run=$(curl -sf -u "$AUTH" -H 'Content-Type: application/json' \
    -d "{\"month\":\"$month\",\"partitions\":2,\"chunkSize\":20}" "$BASE/api/v1/payroll/bureau-runs")
  id=$(echo "$run" | sed -E 's/.*"id":([0-9]+).*/\1/')
  while true; do
    p=$(curl -sf -u "$AUTH" "$BASE/api/v1/payroll/bureau-runs/$id")
    echo "$p" | grep -q '"finished":true' && break
    sleep 1
  done
  wall=$(echo "$(date +%s.%N) - $start" | bc)
  payslips=$(echo "$p" | sed -E 's/.*"payslips":([0-9]+).*/\1/')
  paid=$(echo "$p" | sed -E 's/.*"employersPaid":([0-9]+).*/\1/')
  due=$(echo "$p" | sed -E 's/.*"employersDue":([0-9]+).*/\1/')
  status=$(echo "$p" | sed -E 's/.*"batchStatus":"([A-Z_]+)".*/\1/')
  server=$($PSQL -d "$DB" -t -A -c "SELECT batch_server FROM bureau_run WHERE id = $id")
  printf '%s %s %s %.1f %s %.1f %s %s %s %s %s\n' "$round" "$n" "$month" "$wall" "$payslips" \
    "$(echo "$payslips / $wall" | bc -l)" "$(cpu_since $a0 $b0)" \
    "$server" "$paid" "$due" "$status" >> "$WORK/payday.txt"
  tail -1 "$WORK/payday.txt" | awk '{printf "  pay day %s, %s server(s): %s s, %s payslips, %s/s, CPU %s s, ran on %s, paid %s of %s, %s\n", $3, $2, $4, $5, $6, $7, $8, $9, $10, $11}'
}

# mixed NAME [gatling options]: the mixed page load through HAProxy; its figures go to $WORK/NAME.*
mixed() {
  local name=$1 from a0 b0 report
  shift
  from=$(($(haproxy_lines) + 1))
  a0=$(ticks $PID_A) b0=$(ticks $PID_B)
  mvn -B -ntp -q -o -f server/bench/load/pom.xml gatling:test \
    -Dbase="$BASE" -Dusers="$USERS" -Dseconds="$SECS" -Dramp="$RAMP" -DpayDay=false \
    -DpauseMinMs="${PAUSE%-*}" -DpauseMaxMs="${PAUSE#*-}" -Dcounters="$PWD/$WORK/$name.counters" \
    -Dstatement="$PWD/test-resources/src/main/resources/fixtures/statements/cr-dr-suffixes.pdf" "$@" \
    > "$WORK/$name.gatling.log" 2>&1 || true # Gatling fails the build on any error; the figures say what failed
  cpu_since $a0 $b0 > "$WORK/$name.cpu"
  report=$(ls -dt server/bench/load/target/gatling/*/ | head -1)
  echo "$report" > "$WORK/$name.report"
  python3 server/bench/load/stats.py "$report" --line > "$WORK/$name.stats"
  haproxy_summary "$from" > "$WORK/$name.haproxy"
  haproxy_failed "$from" > "$WORK/$name.haproxy-failed"
  local line
  line=$(head -1 "$WORK/$name.stats")
  echo "  mixed load ($name): $line, servers' CPU $(cat "$WORK/$name.cpu") s, failed at HAProxy $(cat "$WORK/$name.haproxy-failed")"
}

echo
echo "Load before the rounds: $(uptime)"
: > "$WORK/payday.txt"
ROUND=0
for n in 1 2 2 1; do
  ROUND=$((ROUND + 1))
  month=$(date -d "2026-12-01 +$((ROUND - 1)) month" +%Y-%m)
  echo "Round $ROUND: $n server(s) in rotation"
  servers $n
  pay_day $ROUND $n "$month"
  mixed "round$ROUND-$n"
done
echo "Load after the rounds: $(uptime)"

echo
echo "Kill run: the mixed load through both servers, server B (pid $PID_B) killed with SIGKILL at $((RAMP + SECS / 2)) s"
servers 2
KILL_FROM=$(($(haproxy_lines) + 1))
mixed kill -DretryOnce=true &
GATLING=$!
sleep 12 # Gatling's start-up (Maven, the simulation's JVM)
sleep $((RAMP + SECS / 2))
kill -9 "$PID_B"
echo "  B killed at $(date +%T)"
wait $GATLING
acked=$(cat "$WORK/kill.counters.uploads" 2>/dev/null | grep -c . || true)
found=0
if [ "$acked" -gt 0 ]; then
  found=$($PSQL -d "$DB" -t -A -c "SELECT count(*) FROM mon_upload WHERE id IN ($(paste -sd, "$WORK/kill.counters.uploads"))")
fi
echo "Load at the end: $(uptime)"

# ---- the figures, side by side
echo
echo "=== Two servers against one (seed: $EMPLOYERS employers, $PAS PAs; mixed load: $USERS users, ${RAMP} s ramp + ${SECS} s, pauses $PAUSE ms) ==="
echo "Pay day (round, servers, month, wall s, payslips, payslips/s, both servers' CPU s, ran on, paid, due, status):"
sed 's/^/  /' "$WORK/payday.txt"
awk '{ w[$2] += $4; r[$2] += $6; c[$2] += $7; k[$2]++ }
  END { printf "  mean one server: %.1f s, %.1f payslips/s, CPU %.1f s; two servers: %.1f s, %.1f payslips/s, CPU %.1f s\n",
          w[1]/k[1], r[1]/k[1], c[1]/k[1], w[2]/k[2], r[2]/k[2], c[2]/k[2]
        printf "  ratio two/one: payslips/s %.2f, wall %.2f\n", (r[2]/k[2]) / (r[1]/k[1]), (w[2]/k[2]) / (w[1]/k[1]) }' "$WORK/payday.txt"
echo "Mixed load (requests, errors, requests/s, successful/s, p95 ms over all; servers' CPU ms per request):"
for f in "$WORK"/round*.stats; do
  name=$(basename "$f" .stats)
  req=$(head -1 "$f" | sed -E 's/requests=([0-9]+).*/\1/')
  printf '  %-9s %s cpu/request=%.1f ms\n' "$name" "$(head -1 "$f")" "$(echo "1000 * $(cat "$WORK/$name.cpu") / $req" | bc -l)"
done
python3 - "$WORK" <<'PY'
import glob, os, re, sys
work = sys.argv[1]
runs = {1: [], 2: []}
for f in sorted(glob.glob(os.path.join(work, "round*.stats"))):
    n = int(re.search(r"round\d+-(\d)", f).group(1))
    lines = open(f).read().splitlines()
    d = {k: float(v) for k, v in (kv.split("=") for kv in lines[0].split())}
    d.update({k: float(v) for k, v in (l.rsplit("=", 1) for l in lines[1:])})
    runs[n].append(d)
mean = lambda n, k: sum(r.get(k, 0) for r in runs[n]) / len(runs[n])
keys = sorted({k for rs in runs.values() for r in rs for k in r if k.startswith("p95[")})
print(f"  {'mean of two rounds':38} {'one':>8} {'two':>8} {'two/one':>8}")
for k, label in [("rps_ok", "successful requests/s"), ("errors", "errors"), ("p95", "p95 ms, all requests")] + [(k, k) for k in keys]:
    one, two = mean(1, k), mean(2, k)
    print(f"  {label:38} {one:8.1f} {two:8.1f} {two / one if one else float('nan'):8.2f}")
PY
echo "  requests per server (HAProxy), per round:"
for f in "$WORK"/round*.haproxy; do
  echo "    $(basename "$f" .haproxy): $(awk '{s[$2] += $1} END {for (k in s) printf "%s %d  ", k, s[k]}' "$f")"
done

echo
echo "=== Kill run (two servers, B killed with SIGKILL mid-load) ==="
echo "  $(head -1 "$WORK/kill.stats")"
grep -E '^p95\[' "$WORK/kill.stats" | sed 's/^/  /'
tr '\n' ' ' < "$WORK/kill.counters" | sed 's/^/  client: /'; echo
ko=$(head -1 "$WORK/kill.stats" | sed -E 's/.*errors=([0-9]+).*/\1/')
ok_retries=$(sed -n 's/^retrySucceeded=//p' "$WORK/kill.counters")
echo "  requests that failed at the client: $ko (first attempts answered 502/503/504 or not at all, then retried: $(sed -n 's/^retried=//p' "$WORK/kill.counters"), of which succeeded: $ok_retries)"
echo "  requests lost (failed, not recovered by the one retry): $((ko - ok_retries))"
echo "  requests that failed at HAProxy (5xx or no answer): $(haproxy_failed "$KILL_FROM"); per server and status:"
haproxy_summary "$KILL_FROM" | sed 's/^/    /'
echo "  uploads acknowledged: $acked, in the database afterwards: $found"
echo "Whole run: $(($(date +%s) - T0)) s (figures and logs in $WORK; Gatling reports: $(cat "$WORK/kill.report"))"
