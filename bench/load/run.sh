#!/usr/bin/env bash
# The HTTP load benchmark end to end: build, a fresh database on the machine's PostgreSQL, a Kairos
# server on it (Flyway makes the schema), 100,000 seeded appointments, warm-up, measurements,
# then the server is stopped and the database dropped. Results: bench/target/load/results.md.
#
#   bench/load/run.sh                    # everything, about four minutes
#   SKIP_BUILD=1 bench/load/run.sh --seconds=5 --warmup-seconds=5    # options go to the driver
#
# Environment: PGHOST (127.0.0.1), PGPORT (5432), PGUSER (postgres, trust auth),
# KAIROS_BENCH_DB (kairos_bench), KAIROS_BENCH_PORT (18080), KEEP_DB=1 to keep the database,
# KAIROS_BENCH_JAVA_OPTS for the server's JVM (for example -XX:StartFlightRecording=filename=k.jfr),
# KAIROS_BENCH_JAR to measure another build of the server (default server/target/kairos.jar),
# KAIROS_BENCH_SYNCHRONOUS_COMMIT (on or off) for the database's synchronous_commit,
# KAIROS_RATE_LIMIT_PER_SECOND / KAIROS_RATE_LIMIT_PER_MINUTE for the server (default 0: off),
# KAIROS_BENCH_DB_SETTINGS for more of the database's settings, as name=value words, for example
# "log_min_duration_statement=0" to have PostgreSQL's log time every statement of the run.
set -euo pipefail
cd "$(dirname "$0")/../.."

export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
DB=${KAIROS_BENCH_DB:-kairos_bench}
PORT=${KAIROS_BENCH_PORT:-18080}
DB_URL="jdbc:postgresql://$PGHOST:$PGPORT/$DB"
OUT=bench/target/load

if [ "${SKIP_BUILD:-0}" != 1 ]; then
    mvn -q -pl server,bench -am -DskipTests package
fi
mkdir -p "$OUT"

. bench/load/database.sh
fresh_database

# The driver fires thousands of requests a second from one address: the per-address limits are
# off unless the environment sets them (KAIROS_RATE_LIMIT_PER_SECOND, KAIROS_RATE_LIMIT_PER_MINUTE).
KAIROS_RATE_LIMIT_PER_SECOND=${KAIROS_RATE_LIMIT_PER_SECOND:-0} KAIROS_RATE_LIMIT_PER_MINUTE=${KAIROS_RATE_LIMIT_PER_MINUTE:-0} \
KAIROS_DB_URL="$DB_URL" KAIROS_DB_USER="$PGUSER" KAIROS_PORT="$PORT" \
    java ${KAIROS_BENCH_JAVA_OPTS:-} -jar "${KAIROS_BENCH_JAR:-server/target/kairos.jar}" > "$OUT/server.log" 2>&1 &
SERVER=$!
stop() {
    kill "$SERVER" 2>/dev/null && wait "$SERVER" 2>/dev/null || true
    drop_database
}
trap stop EXIT

for _ in $(seq 120); do
    if curl -sf "http://127.0.0.1:$PORT/actuator/health/readiness" > /dev/null; then break; fi
    kill -0 "$SERVER" 2>/dev/null || { echo "Kairos did not start; see $OUT/server.log" >&2; exit 1; }
    sleep 1
done

echo "uptime before: $(uptime)" | tee "$OUT/uptime.txt"
timeout "${KAIROS_BENCH_TIMEOUT:-900}" java -cp bench/target/benchmarks.jar "dev.kairos.bench.load.${KAIROS_BENCH_MAIN:-LoadBenchmark}" --seed \
    --server="http://127.0.0.1:$PORT/" --server-pid="$SERVER" --db-url="$DB_URL" --db-user="$PGUSER" --out="$OUT/results.md" "$@"
echo "uptime after: $(uptime)" | tee -a "$OUT/uptime.txt"
