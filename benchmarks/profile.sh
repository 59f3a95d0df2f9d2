#!/usr/bin/env bash
# Where the app's CPU goes, question by question: the packaged app with its answer cache off, under
# Java Flight Recorder sampling every millisecond while wrk asks one of postgraphile.sh's questions,
# each recording summarised by jfr_summary.py. Writes benchmarks/PROFILE.md (the recordings stay in
# target/profile/ for `jfr print` or JDK Mission Control).
#
# Needs: what postgraphile.sh needs, and a run of it first: its database and request bodies are
# reused. usage: benchmarks/profile.sh   (BENCH_PROFILE_SECONDS: load per question, 20)
set -euo pipefail
cd "$(dirname "$0")/.."
source benchmarks/lib.sh

DB=remontada_postgraphile
PORT=8096
BODIES=target/postgraphile-bench
WORK=target/profile
SECONDS_EACH=${BENCH_PROFILE_SECONDS:-20}
QUESTIONS=(club club_matches season_matches country_clubs verdict)
OUT=benchmarks/PROFILE.md

[[ -f $BODIES/remontada-club.bodies ]] || { echo "run benchmarks/postgraphile.sh first: it writes the request bodies" >&2; exit 1; }
mkdir -p "$WORK"
exec {lock}> /tmp/bench.lock
flock "$lock"

REMONTADA_CACHE_ENABLED=false REMONTADA_SHUTDOWN_DELAY=0s start_app $DB $PORT 384m "$WORK/app.log"
JVM=$(pgrep -P "$APP" java)
load() { # QUESTION SECONDS
    BENCH_BODIES="$BODIES/remontada-$1.bodies" wrk -t2 -c16 -d"$2s" -s benchmarks/postgraphile/load.lua "http://127.0.0.1:$PORT/graphql"
}
# the JIT compiles the hot paths before any recording (it takes minutes: see postgraphile.sh's BENCH_WARMUP)
for q in "${QUESTIONS[@]}"; do load "$q" 40 > /dev/null; done

# a copy of the JDK's profile settings with Java samples every millisecond instead of every 10 or 20
JDK=$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")
sed 's#<setting name="period" control="method-sampling-java-interval">[^<]*<#<setting name="period" control="method-sampling-java-interval">1 ms<#' \
    "$JDK/lib/jfr/profile.jfc" > "$WORK/samples.jfc"
{
    echo "# Where the CPU goes"
    echo
    echo "Command: \`benchmarks/profile.sh\` on $(date -u +%F), $(nproc) cores, $(java -version 2>&1 | head -1), -Xmx384m with the serial collector, answer cache off;"
    echo "each question of \`postgraphile.sh\` under \`wrk -t2 -c16\` for ${SECONDS_EACH} s with Java Flight Recorder sampling every"
    echo "millisecond, summarised by \`benchmarks/jfr_summary.py\`. wrk and PostgreSQL share the machine."
    for q in "${QUESTIONS[@]}"; do
        jcmd "$JVM" JFR.start name="$q" settings="$PWD/$WORK/samples.jfc" filename="$PWD/$WORK/$q.jfr" > /dev/null
        rate=$(load "$q" "$SECONDS_EACH" | awk '/^requests / {r = $2} /^duration_us / {d = $2} END {printf "%.0f", r / (d / 1e6)}')
        jcmd "$JVM" JFR.stop name="$q" > /dev/null
        echo
        echo "## $q ($rate requests/s while recorded)"
        echo
        python3 benchmarks/jfr_summary.py "$WORK/$q.jfr" 8
    done
} > "$OUT"
stop_app
cat "$OUT"
