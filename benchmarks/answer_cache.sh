#!/usr/bin/env bash
# The answer cache under load: the packaged app on the system PostgreSQL 15 with -Xmx384m, the same
# varied verdict questions (answer_cache.lua) with the cache off, then on; writes ANSWER_CACHE.md.
#   benchmarks/answer_cache.sh            (after ./mvnw package; as root, PostgreSQL 15 started)
set -euo pipefail
cd "$(dirname "$0")/.."
. benchmarks/lib.sh
out=benchmarks/ANSWER_CACHE.md
fresh_database remontada_cache
run() { # NAME CACHE_ENABLED
    REMONTADA_CACHE_ENABLED=$2 start_app remontada_cache 8097 384m "target/bench-cache-$1.log"
    wrk -t2 -c16 -d10s -s benchmarks/answer_cache.lua http://127.0.0.1:8097 > /dev/null   # warm-up
    wrk -t2 -c16 -d20s --latency -s benchmarks/answer_cache.lua http://127.0.0.1:8097 > "target/bench-cache-$1.wrk"
    rss=$(ps -o rss= -p "$(pgrep -P "$APP" java)")
    stop_app
    printf '| %s | %s | %s | %s | %s MiB |\n' "$1" \
        "$(awk '/Requests\/sec/ {print $2}' "target/bench-cache-$1.wrk")" \
        "$(awk '$1 == "50%" {print $2}' "target/bench-cache-$1.wrk")" \
        "$(awk '$1 == "99%" {print $2}' "target/bench-cache-$1.wrk")" "$((rss / 1024))"
}
{
    echo "# The answer cache under load"
    echo
    echo "Command: \`benchmarks/answer_cache.sh\` on $(date -u +%F), $(nproc) cores, $(java -version 2>&1 | head -1), app heap -Xmx384m,"
    echo "PostgreSQL $(su postgres -c 'psql -tAc "SHOW server_version"'). wrk -t2 -c16, 10 s warm-up then 20 s, GET, the club and deficit"
    echo "drawn per request from 100 clubs and deficits 1-4 (\`answer_cache.lua\`). wrk, the app and PostgreSQL share the cores."
    echo
    echo "| cache | requests/s | p50 | p99 | resident memory after the run |"
    echo "|---|---|---|---|---|"
    run off false
    run on true
} > "$out"
cat "$out"
