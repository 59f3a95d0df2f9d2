#!/usr/bin/env bash
# Benchmarks: the bundled import (time, matches per second, peak memory) and the key queries
# against the raw SQL that answers them, on the bundled data and on 100 times it.
#
# Needs: the packaged application (./mvnw package -DskipTests), the system PostgreSQL running on
# port 5432 (pg_ctlcluster 15 main start) with its postgres superuser, psql and python3.
# usage: benchmarks/run.sh [results-file]
set -euo pipefail
cd "$(dirname "$0")/.."
RESULTS=${1:-benchmarks/RESULTS.md}
DB=remontada_bench
DB_URI="postgresql://remontada:remontada@localhost:5432/$DB"
PORT=8091
HEAP=${BENCH_HEAP:-384m}

source benchmarks/lib.sh
fresh_database $DB
LOG=$(mktemp)
start_app $DB $PORT "$HEAP" "$LOG"
IMPORT=$(grep "import: files" "$LOG" | sed 's/.*import: //')
IMPORT_MS=$(echo "$IMPORT" | grep -o '[0-9]* ms$' | grep -o '[0-9]*')
MATCHES=$(psql "$DB_URI" -Atc "SELECT count(*) FROM match")
STARTED=$(grep -o "started in [0-9.]*s" "$LOG")

# the steady state autovacuum would reach: statistics and visibility maps (for index-only scans) up to date
for table in club club_alias match tie goal deficit_occasion deficit_tally; do psql "$DB_URI" -q -c "VACUUM ANALYZE $table"; done
# a first full pass only warms the freshly started JVM up; the second is the one reported
python3 benchmarks/latency.py "http://localhost:$PORT" "$DB_URI" > /dev/null
ONE_X=$(python3 benchmarks/latency.py "http://localhost:$PORT" "$DB_URI")
psql "$DB_URI" -q -f benchmarks/scale_100x.sql > /dev/null
HUNDRED_X=$(python3 benchmarks/latency.py "http://localhost:$PORT" "$DB_URI")
stop_app
PEAK_KB=$(grep "Maximum resident set size" "$LOG.time" | grep -o '[0-9]*')

{
  echo "# Benchmark results"
  echo
  echo "Command: \`benchmarks/run.sh\` on $(date -u +%Y-%m-%d), $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB,"
  echo "$(java -version 2>&1 | head -1), $(psql "$DB_URI" -Atc 'SHOW server_version' | cut -d' ' -f1) PostgreSQL, app heap -Xmx$HEAP."
  echo
  echo "## Bundled import (first start of the packaged app against an empty database)"
  echo
  echo "- $IMPORT"
  echo "- $MATCHES matches stored in ${IMPORT_MS} ms: $(( MATCHES * 1000 / IMPORT_MS )) matches per second"
  echo "- application $STARTED (migration and import included); peak resident memory of the whole JVM: $(( PEAK_KB / 1024 )) MiB with a $HEAP heap cap"
  echo
  echo "## Queries on the bundled data"
  echo
  echo "$ONE_X"
  echo
  echo "## Queries on 100 times the bundled data (benchmarks/scale_100x.sql)"
  echo
  echo "$HUNDRED_X"
} > "$RESULTS"
cat "$RESULTS"
