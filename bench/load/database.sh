# A fresh benchmark database on the machine's PostgreSQL, for run.sh and commit-batch.sh (sourced
# by them, after PGHOST, PGPORT and PGUSER are exported and DB is set): created empty with the
# settings KAIROS_BENCH_SYNCHRONOUS_COMMIT and KAIROS_BENCH_DB_SETTINGS ask for, and dropped by
# drop_database unless KEEP_DB=1.

fresh_database() {
    psql -q -d postgres -c "drop database if exists $DB" -c "create database $DB"
    if [ -n "${KAIROS_BENCH_SYNCHRONOUS_COMMIT:-}" ]; then
        psql -q -d postgres -c "alter database $DB set synchronous_commit = $KAIROS_BENCH_SYNCHRONOUS_COMMIT"
    fi
    for setting in ${KAIROS_BENCH_DB_SETTINGS:-}; do
        psql -q -d postgres -c "alter database $DB set ${setting%%=*} = '${setting#*=}'"
    done
}

drop_database() {
    if [ "${KEEP_DB:-0}" != 1 ]; then
        psql -q -d postgres -c "drop database if exists $DB"
    fi
}
