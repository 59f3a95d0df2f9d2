#!/usr/bin/env bash
# How the import scales: on top of the bundle, import a synthetic engsoccerdata file N times the
# size of champs.csv (N copies of its history between their own clubs) through the running
# application's importMatches mutation, then import the same file again (everything unchanged).
# Appends a section to the results file.
#
# Needs what benchmarks/run.sh needs. usage: benchmarks/import_scaling.sh [copies] [results-file]
set -euo pipefail
cd "$(dirname "$0")/.."
COPIES=${1:-10}
RESULTS=${2:-benchmarks/RESULTS.md}
DB=remontada_import_bench
PORT=8092
HEAP=${BENCH_HEAP:-1g}
export REMONTADA_ADMIN_TOKEN=benchmark-token

source benchmarks/lib.sh
fresh_database $DB

FILE=$(mktemp --suffix=.csv)
python3 benchmarks/synthetic_champs.py "$COPIES" src/main/resources/data/engsoccerdata/champs.csv > "$FILE"
LOG=$(mktemp)
start_app $DB $PORT "$HEAP" "$LOG"

report() {
    java scripts/ImportFile.java "http://localhost:$PORT" --format ENGSOCCERDATA_CSV "$FILE" | tail -1
}
FIRST=$(report)
AGAIN=$(report)
MATCHES=$(psql "postgresql://remontada:remontada@localhost:5432/$DB" -Atc "SELECT count(*) FROM match")
stop_app
PEAK_KB=$(grep "Maximum resident set size" "$LOG.time" | grep -o '[0-9]*')
field() { echo "$1" | grep -o "\"$2\":[0-9]*" | grep -o '[0-9]*$'; }
{
  echo
  echo "## Import scaling: a synthetic file of $COPIES times champs.csv (\`benchmarks/import_scaling.sh $COPIES\`)"
  echo
  echo "- $(wc -l < "$FILE") rows, $(( $(stat -c %s "$FILE") / 1024 )) KiB, sent through the importMatches mutation into the running app (bundle already imported)"
  echo "- first import: $(field "$FIRST" matchesRead) matches read, $(field "$FIRST" inserted) inserted, $(field "$FIRST" clubsInserted) clubs, $(field "$FIRST" ties) ties derived, in $(field "$FIRST" millis) ms: $(( $(field "$FIRST" inserted) * 1000 / $(field "$FIRST" millis) )) matches per second"
  echo "- same file again: $(field "$AGAIN" inserted) inserted, $(field "$AGAIN" unchanged) unchanged, in $(field "$AGAIN" millis) ms"
  echo "- database afterwards: $MATCHES matches; peak resident memory of the application JVM: $(( PEAK_KB / 1024 )) MiB (heap cap $HEAP)"
} >> "$RESULTS"
rm -f "$FILE"
tail -6 "$RESULTS"
