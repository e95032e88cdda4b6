#!/usr/bin/env bash
# Committing bookings together, measured at the database without the HTTP server: build the bench,
# a fresh database on the machine's PostgreSQL, Kairos's schema (Flyway, the server's migrations)
# and run.sh's 100,000 seeded appointments, then the runs of CommitBatchBenchmark (one transaction
# per booking, then writers committing up to N together under a savepoint each), each checked for
# overlaps and for every acknowledged booking; the database is dropped at the end.
# Results: bench/target/load/commit-batch.md.
#
#   bench/load/commit-batch.sh           # everything, about three minutes
#   SKIP_BUILD=1 bench/load/commit-batch.sh --seconds=3 --warmup-seconds=2 --writers=1 --batch-sizes=1,8
#
# Options after the script name go to the driver (see Options: --seconds, --warmup-seconds,
# --booking-clients, --connections, --writers, --batch-sizes, --collide-every, --max-requests).
# Environment as for run.sh: PGHOST, PGPORT, PGUSER, KAIROS_BENCH_DB (kairos_commitbatch),
# KEEP_DB=1, KAIROS_BENCH_SYNCHRONOUS_COMMIT, KAIROS_BENCH_DB_SETTINGS, KAIROS_BENCH_TIMEOUT.
set -euo pipefail
cd "$(dirname "$0")/../.."

export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
DB=${KAIROS_BENCH_DB:-kairos_commitbatch}
DB_URL="jdbc:postgresql://$PGHOST:$PGPORT/$DB"
OUT=bench/target/load

if [ "${SKIP_BUILD:-0}" != 1 ]; then
    mvn -q -pl bench -am -DskipTests package
fi
mkdir -p "$OUT"

. bench/load/database.sh
fresh_database
trap drop_database EXIT

echo "uptime before: $(uptime)" | tee "$OUT/uptime.txt"
timeout "${KAIROS_BENCH_TIMEOUT:-900}" java -cp bench/target/benchmarks.jar dev.kairos.bench.load.CommitBatchBenchmark \
    --seed --db-url="$DB_URL" --db-user="$PGUSER" --out="$OUT/commit-batch.md" "$@"
echo "uptime after: $(uptime)" | tee -a "$OUT/uptime.txt"
