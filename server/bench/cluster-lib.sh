# Shared by cluster.sh (the cluster test) and cluster-bench.sh (the two-servers-against-one benchmark):
# builds the WAR, makes two Liberty servers from it in cluster mode (DPS_CLUSTER=true) on one fresh
# PostgreSQL database and puts Debian's HAProxy in front (round-robin, no stickiness, /health/ready
# checks every second, redispatch of requests that could not connect). Source it from the repository's
# root after setting DB (database, dropped and re-created), LB (the load balancer's port; servers A and
# B take the next two, HTTPS 300 above) and WORK (a folder for logs and HAProxy's files).
#
#   cluster_build; cluster_start; ... ; (trap stop_all EXIT)
#
# HAProxy listens for admin commands on $WORK/haproxy.sock (haproxy_cmd "disable server servers/b").

WLP=server/target/liberty/wlp
PORT_A=$((LB + 1))
PORT_B=$((LB + 2))
PSQL="psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -q"
HAPROXY_PID=

cluster_build() {
  echo "Building the WAR and the Liberty runtime..."
  mvn -B -q -o -pl server -am package -DskipTests
  if [ ! -x "$WLP/bin/server" ]; then
    # the full runtime the build's Liberty plugin uses (every feature already in it)
    unzip -q ~/.m2/repository/io/openliberty/openliberty-runtime/26.0.0.3/openliberty-runtime-26.0.0.3.zip \
      -d server/target/liberty
  fi
  mkdir -p "$WLP/usr/shared/resources/jdbc" "$WORK"
  cp ~/.m2/repository/org/postgresql/postgresql/42.7.14/postgresql-42.7.14.jar "$WLP/usr/shared/resources/jdbc/"
}

stop_all() {
  for s in dpsClusterA dpsClusterB; do $WLP/bin/server stop $s >/dev/null 2>&1 || true; done
  if [ -n "$HAPROXY_PID" ]; then kill "$HAPROXY_PID" 2>/dev/null || true; fi
}

# make_server NAME ID HTTP_PORT: a fresh Liberty server from the WAR, in cluster mode, serving plain HTTP
# on purpose (DPS_HTTPS_ONLY=false) because this HAProxy talks plain HTTP to it
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

# A fresh database, servers A then B (A migrates it and loads the demo), HAProxy in front of both.
cluster_start() {
  $PSQL -c "DROP DATABASE IF EXISTS $DB" -c "CREATE DATABASE $DB"
  $PSQL -d "$DB" -c "CREATE SCHEMA liberty" # Liberty's own tables (cluster-true.xml)
  make_server dpsClusterA a $PORT_A
  make_server dpsClusterB b $PORT_B
  echo "Starting server A (migrates the database, loads the demo)..."
  local t=$(date +%s)
  $WLP/bin/server start dpsClusterA >/dev/null
  await_ready $PORT_A
  echo "  A ready in $(($(date +%s) - t)) s"
  echo "Starting server B..."
  t=$(date +%s)
  $WLP/bin/server start dpsClusterB >/dev/null
  await_ready $PORT_B
  echo "  B ready in $(($(date +%s) - t)) s"

  rm -f "$WORK/haproxy.sock"
  cat > "$WORK/haproxy.cfg" <<EOF
global
    log stdout format raw local0
    maxconn 512
    stats socket $(realpath "$WORK")/haproxy.sock mode 600 level admin
defaults
    mode http
    log global
    option httplog
    timeout connect 2s
    timeout client 120s
    timeout server 120s
    # a busy server may take more than a second to answer its health check; with the default (the
    # check interval, 1 s) HAProxy took a saturated server out of rotation again and again and
    # answered 503 itself. A dead server refuses connections at once, so this does not slow finding it.
    timeout check 5s
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
}

# haproxy_cmd COMMAND: one command on HAProxy's admin socket (e.g. "disable server servers/b")
haproxy_cmd() {
  echo "$1" | socat stdio "unix-connect:$WORK/haproxy.sock"
}

# haproxy_summary FROM_LINE: requests per server and status in HAProxy's log from that line on,
# (lines look like "... servers/a 0/0/1/12/13 200 ..."), then the count of failed ones (5xx or no answer)
haproxy_summary() {
  local from=$1
  tail -n +"$from" "$WORK/haproxy.log" | grep -oE 'servers/[a-z<>A-Z]+ [-0-9/+]+ [-0-9]+' \
    | awk '{print $1, $3}' | sort | uniq -c || true
}
haproxy_failed() {
  local from=$1
  tail -n +"$from" "$WORK/haproxy.log" | grep -cE 'servers/[a-z<>A-Z]+ [-0-9/+]+ (5[0-9][0-9]|-1) ' || true
}
