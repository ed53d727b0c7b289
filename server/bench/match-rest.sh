#!/usr/bin/env bash
# REST benchmark of the PA register's match query: loads 100,000 generated PA profiles into
# PostgreSQL (database dps7_bench), starts the server on it (demo users on, ports 9383/9743),
# rebuilds the match index, then times GET /api/v1/register/needs/{ref}/matches?limit=20 as the
# demo budget holder over a dozen needs: warm-up, then the measured queries; prints p50 and p95.
# Not part of mvn verify. Environment: COUNT (100000), QUERIES (500), WARMUP (100), PORT (9383),
# HTTPS_PORT (9743), DB (dps7_bench), PGHOST (127.0.0.1), MVN_OFFLINE (-o; set empty to go online).
set -euo pipefail
server=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
root=$(cd "$server/.." && pwd)
COUNT=${COUNT:-100000}
QUERIES=${QUERIES:-500}
WARMUP=${WARMUP:-100}
PORT=${PORT:-9383}
HTTPS_PORT=${HTTPS_PORT:-9743}
DB=${DB:-dps7_bench}
PGHOST=${PGHOST:-127.0.0.1}
MVN_OFFLINE=${MVN_OFFLINE--o}
base="http://localhost:$PORT"
holder=holder@demo.dpsupport.org
admin=admin@demo.dpsupport.org
password=demo-password-1
work="$server/target/match-rest"
psql_cmd=(psql -h "$PGHOST" -U postgres -v ON_ERROR_STOP=1 -q -d "$DB")
mkdir -p "$work"

echo "Building the WAR..." >&2
(cd "$root" && mvn -B $MVN_OFFLINE -q -pl server -am package -DskipTests -DskipITs)

echo "Writing $COUNT generated PA profiles as CSV..." >&2
java -Xmx2g -cp "$server/target/dps/WEB-INF/lib/*" \
  "$server/bench/RegisterBenchData.java" "$COUNT" "$work/csv" >&2

echo "Fresh database $DB..." >&2
psql -h "$PGHOST" -U postgres -q -c "DROP DATABASE IF EXISTS $DB" -c "CREATE DATABASE $DB"

# A Liberty of its own (unzipped from the runtime zip the build already uses), so the benchmark
# never touches the build's servers: server "dpsbench" with the real WAR in dropins.
m2=${M2_REPO:-$HOME/.m2/repository}
liberty_version=$(sed -n 's:.*<openliberty.version>\(.*\)</openliberty.version>.*:\1:p' "$root/pom.xml")
pg_version=$(sed -n 's:.*<postgresql.version>\(.*\)</postgresql.version>.*:\1:p' "$root/pom.xml")
wlp="$work/wlp"
if [ ! -x "$wlp/bin/server" ]; then
  echo "Unzipping Open Liberty $liberty_version..." >&2
  unzip -q "$m2/io/openliberty/openliberty-runtime/$liberty_version/openliberty-runtime-$liberty_version.zip" -d "$work"
fi
bench_server="$wlp/usr/servers/dpsbench"
"$wlp/bin/server" stop dpsbench >/dev/null 2>&1 || true
rm -rf "$bench_server"
"$wlp/bin/server" create dpsbench >/dev/null
cp "$server/src/main/liberty/config/server.xml" "$bench_server/server.xml"
mkdir -p "$wlp/usr/shared/resources/jdbc" "$bench_server/dropins"
cp "$m2/org/postgresql/postgresql/$pg_version/postgresql-$pg_version.jar" "$wlp/usr/shared/resources/jdbc/"
cp "$server/target/dps.war" "$bench_server/dropins/"
printf 'http.port=%s\nhttps.port=%s\n' "$PORT" "$HTTPS_PORT" > "$bench_server/bootstrap.properties"
printf -- '-Xmx2g\n-XX:+UseSerialGC\n-Ddps.demo=true\n' > "$bench_server/jvm.options"
printf 'DB_URL=jdbc:postgresql://%s:5432/%s\nDB_USER=postgres\nDB_PASSWORD=unused\nDPS_HTTPS_ONLY=false\n' "$PGHOST" "$DB" > "$bench_server/server.env"

stop_server() {
  "$wlp/bin/server" stop dpsbench >/dev/null 2>&1 || true
}
trap stop_server EXIT
echo "Starting the server on $base (PostgreSQL $DB, demo users)..." >&2
"$wlp/bin/server" start dpsbench >/dev/null
for _ in $(seq 1 180); do
  if curl -fs "$base/health/ready" >/dev/null 2>&1; then break; fi
  sleep 1
done
curl -fs "$base/health/ready" >/dev/null || { echo "The server did not become ready on $base" >&2; exit 1; }

echo "Loading the profiles with COPY..." >&2
start=$(date +%s)
"${psql_cmd[@]}" <<SQL
\copy pa_profile (id, pa_ref, user_id, has_car, availability_mask, gender, rate_sought, about, visibility, status, decision_status, decision_by_role, decision_by, decision_on, decision_note, created_at, updated_at) from '$work/csv/pa_profile.csv' csv
\copy pa_contact (profile_id, full_name, email, telephone, address_lines, town, postcode, date_of_birth) from '$work/csv/pa_contact.csv' csv
\copy pa_area (profile_id, district) from '$work/csv/pa_area.csv' csv
\copy pa_skill (profile_id, skill) from '$work/csv/pa_skill.csv' csv
\copy pa_language (profile_id, language) from '$work/csv/pa_language.csv' csv
\copy pa_vetting (profile_id, dbs_level, dbs_issued_on, dbs_update_service, dbs_status_checked_on, rtw_checked_on, rtw_permission_ends_on, code_of_conduct_agreed_on) from '$work/csv/pa_vetting.csv' csv
\copy pa_reference (profile_id, referee, received_on, verified_on) from '$work/csv/pa_reference.csv' csv
\copy pa_training (profile_id, course, completed_on, expires_on) from '$work/csv/pa_training.csv' csv
ANALYZE;
SQL
echo "  loaded in $(( $(date +%s) - start )) s: $("${psql_cmd[@]}" -tA -c "select count(*) from pa_profile") profiles," \
  "$("${psql_cmd[@]}" -tA -c "select count(*) from pa_profile where status = 'APPROVED'") approved" >&2

echo "Vetting sweep and match index rebuild (staff action)..." >&2
sweep_ms=$(curl -fs -o "$work/sweep.json" -w '%{time_total}' -u "$admin:$password" -X POST "$base/api/v1/register/vetting-sweep" \
  | awk '{ printf "%d", $1 * 1000 }')
echo "  $(cat "$work/sweep.json") in $sweep_ms ms" >&2

echo "Describing needs for the demo budget holder..." >&2
account=$(curl -fs -u "$holder:$password" "$base/api/v1/accounts" \
  | python3 -c 'import json, sys; print(next(a["id"] for a in json.load(sys.stdin) if a["reference"] == "DP-BDG-0001"))')
needs=(NEED-900001)
i=0
for district in RM6 RM7 RM8 RM9 RM10 IG11; do
  for required in PERSONAL_CARE MOVING_AND_HANDLING; do
    i=$((i + 1))
    body="{\"area\":\"$district\",\"hours\":[\"MONDAY:MORNING\",\"TUESDAY:MORNING\",\"WEDNESDAY:EVENING\",\"THURSDAY:EARLY_MORNING\",\"SATURDAY:AFTERNOON\",\"SUNDAY:MORNING\"],\"requiredSkills\":[\"$required\"],\"preferredSkills\":[\"DEMENTIA\",\"COOKING\"],\"gender\":\"FEMALE\",\"genderImportance\":\"PREFERRED\",\"car\":\"PREFERRED\",\"maximumRate\":14.00}"
    ref=$(curl -fs -u "$holder:$password" -H 'Content-Type: application/json' -d "$body" \
      "$base/api/v1/register/accounts/$account/needs" | grep -o '"needRef":"[^"]*"' | cut -d'"' -f4)
    needs+=("$ref")
  done
done

echo >&2
echo "Match queries through the REST API over $COUNT PA profiles (PostgreSQL, one client, sequential):"
java "$server/bench/MatchRestBench.java" "$base" "$holder" "$password" "$WARMUP" "$QUERIES" "${needs[@]}"
