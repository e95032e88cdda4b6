#!/usr/bin/env bash
# The records-list benchmark end to end: the same steps as run.sh (build, fresh database, server,
# seed, warm-up, measure, stop, drop), with 1,022,000 appointments in 20 locations and the
# GET /records filters as scenarios. Results: bench/target/load/results.md. Seeding takes a few
# minutes; options after the script name go to the driver, as for run.sh.
set -euo pipefail
cd "$(dirname "$0")"
KAIROS_BENCH_MAIN=RecordsBenchmark KAIROS_BENCH_TIMEOUT=${KAIROS_BENCH_TIMEOUT:-2400} exec ./run.sh "$@"
