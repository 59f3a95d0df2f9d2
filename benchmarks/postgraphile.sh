#!/usr/bin/env bash
# Remontada against PostGraphile, the server a user would pick instead (one SQL statement per
# GraphQL query, JSON built in PostgreSQL), over the same database: five questions asked of both
# under wrk in rounds A B A B, first with Remontada's answer cache off, then on. Replaces the
# section between the postgraphile markers of RESULTS.md (appended when it has none).
#
# Needs: root, the packaged app (./mvnw package -DskipTests), the system PostgreSQL 15 on port 5432
# (pg_ctlcluster 15 main start) with its postgres superuser, Node.js with npm (PostGraphile comes
# from benchmarks/postgraphile/package-lock.json through npm ci), wrk and jq.
# usage: benchmarks/postgraphile.sh
#   BENCH_WARMUP    seconds of warm-up per server and pass, shared by the questions (240: the JVM
#                   compiles graphql-java's paths over minutes of load; after one minute it ran a club
#                   by id at less than half the rate it held from the third minute on)
#   BENCH_DURATION  seconds of each wrk round (10); BENCH_CONNECTIONS  wrk connections (32)
# Takes /tmp/bench.lock for the whole run, so that no other benchmark loads the 2 cores meanwhile.
set -euo pipefail
cd "$(dirname "$0")/.."
source benchmarks/lib.sh

DB=remontada_postgraphile
DB_URI=postgresql://remontada:remontada@localhost:5432/$DB
APP_PORT=8095
POSTGRAPHILE_PORT=5095
HEAP=384m
WARMUP=${BENCH_WARMUP:-240}
DURATION=${BENCH_DURATION:-10}
CONNECTIONS=${BENCH_CONNECTIONS:-32}
QUESTIONS=(club club_matches season_matches country_clubs verdict)
HERE=benchmarks/postgraphile
WORK=target/postgraphile-bench
RESULTS=benchmarks/RESULTS.md
CLOCK_TICKS=$(getconf CLK_TCK)

declare -A TITLE=(
    [club]="a club by id"
    [club_matches]="a club's matches (50, clubs, goals)"
    [season_matches]="a season's matches (50, clubs, goals)"
    [country_clubs]="a country's clubs (20) with 10 matches each"
    [verdict]="a club's verdict, FIRST_LEG, deficit 1-3"
)

POSTGRAPHILE=
cleanup() {
    kill_app
    if [[ -n $POSTGRAPHILE ]]; then
        pkill -P "$POSTGRAPHILE" 2>/dev/null || true
        kill "$POSTGRAPHILE" 2>/dev/null || true
    fi
}
EXIT_TRAP=cleanup
trap cleanup EXIT

url() { # SERVER
    if [[ $1 == remontada ]]; then echo "http://127.0.0.1:$APP_PORT/graphql"; else echo "http://127.0.0.1:$POSTGRAPHILE_PORT/graphql"; fi
}

server_pid() { # SERVER: the process whose CPU time and memory are the server's
    if [[ $1 == remontada ]]; then pgrep -P "$APP" java; else echo "$POSTGRAPHILE"; fi
}

# cpu_ticks PID: CPU time in clock ticks of a process and its children: its own user and system
# time, that of the children it has reaped (PostgreSQL's ended backends) and that of those alive
# (PostGraphile's workers, PostgreSQL's backends).
cpu_ticks() {
    local total=0 pid stat fields
    for pid in "$1" $(pgrep -P "$1"); do
        stat=$(cat "/proc/$pid/stat" 2>/dev/null) || continue
        read -ra fields <<< "${stat##*) }"   # the fields after the command name, which may hold spaces
        total=$(( total + fields[11] + fields[12] + fields[13] + fields[14] ))
    done
    echo "$total"
}

# wrk_ticks: CPU time of the children this script has reaped, wrk's above all.
wrk_ticks() {
    local fields
    read -ra fields <<< "$(sed 's/.*) //' "/proc/$$/stat")"
    echo $(( fields[13] + fields[14] ))
}

# machine_ticks: CPU time the whole machine has been busy, whoever for: the other engineers' builds
# and benchmarks show up as what no process of the run accounts for.
machine_ticks() {
    awk '$1 == "cpu" {print $2 + $3 + $4 + $7 + $8 + $9}' /proc/stat
}

rss_mib() { # PID...: resident memory now, summed
    local kib=0 pid
    for pid in "$@"; do kib=$(( kib + $(awk '/^VmRSS/ {print $2}' "/proc/$pid/status") )); done
    echo $(( kib / 1024 ))
}

start_postgraphile() {
    (cd "$HERE" && exec node_modules/.bin/postgraphile --connection "$DB_URI" --schema public \
        --host 127.0.0.1 --port "$POSTGRAPHILE_PORT" --cluster-workers 2 --disable-query-log \
        --append-plugins "$PWD/club_matches.js,postgraphile-plugin-connection-filter") > "$WORK/postgraphile.log" 2>&1 &
    POSTGRAPHILE=$!
    # each worker builds its own schema: ready when both have answered
    for _ in $(seq 1 60); do
        if [[ $(grep -c "listening on port $POSTGRAPHILE_PORT" "$WORK/postgraphile.log") -ge 2 ]]; then return 0; fi
        sleep 1
    done
    cat "$WORK/postgraphile.log"
    return 1
}

# write_bodies: for each question, every set of variables it can be asked with (the clubs that
# played, the competition seasons and countries the record holds, the clubs that faced a first-leg
# deficit with deficits 1 to 3), one a line, then each server's request bodies in the same order.
write_bodies() {
    local q server
    declare -A variables=(
        [club]="SELECT json_build_object('id', id::text) FROM club
                WHERE EXISTS (SELECT FROM match WHERE home_club_id = club.id OR away_club_id = club.id) ORDER BY id"
        [season_matches]="SELECT json_build_object('competition', competition, 'season', season)
                FROM (SELECT DISTINCT competition, season FROM match) s ORDER BY competition, season"
        [country_clubs]="SELECT json_build_object('country', country)
                FROM (SELECT DISTINCT country FROM club WHERE country IS NOT NULL) c ORDER BY country"
        [verdict]="SELECT json_build_object('id', club_id::text, 'deficit', deficit)
                FROM (SELECT DISTINCT club_id FROM deficit_occasion WHERE scope = 'FIRST_LEG') o
                CROSS JOIN generate_series(1, 3) deficit ORDER BY club_id, deficit"
    )
    variables[club_matches]=${variables[club]}
    for q in "${QUESTIONS[@]}"; do
        psql "$DB_URI" -Atc "${variables[$q]}" > "$WORK/$q.variables"
        for server in remontada postgraphile; do
            jq -c --rawfile query "$HERE/questions/$server/$q.graphql" '{query: $query, variables: .}' \
                "$WORK/$q.variables" > "$WORK/$server-$q.bodies"
        done
    done
}

# ask SERVER QUESTION LINE: the answer to that line's body, in the shape both servers share
# (questions/SERVER/QUESTION.jq); fails on an error, a missing answer or a null one.
ask() {
    local answer
    answer=$(sed -n "$3p" "$WORK/$1-$2.bodies" | curl -s -H 'Content-Type: application/json' --data-binary @- "$(url "$1")")
    if ! jq -e '.errors == null and (.data | type) == "object" and all(.data[]; . != null)' <<< "$answer" > /dev/null; then
        echo "$1 answers $2 ($(sed -n "$3p" "$WORK/$2.variables")) wrongly: $answer" >&2
        return 1
    fi
    jq -c -f "$HERE/questions/$1/$2.jq" <<< "$answer"
}

# check_answers QUESTION: before any load, ten draws spread over the question's variables, asked
# once of each server: both answer without errors, and with the same clubs, matches, goals, counts.
check_answers() {
    local n line remontada postgraphile
    n=$(wc -l < "$WORK/$1.variables")
    for line in $(seq 1 $(( (n + 9) / 10 )) "$n"); do
        remontada=$(ask remontada "$1" "$line")
        postgraphile=$(ask postgraphile "$1" "$line")
        if [[ $remontada != "$postgraphile" ]]; then
            echo "the servers answer $1 ($(sed -n "${line}p" "$WORK/$1.variables")) differently:" >&2
            diff <(jq . <<< "$remontada") <(jq . <<< "$postgraphile") >&2 || true
            return 1
        fi
    done
}

load() { # SERVER QUESTION SECONDS [OUTPUT]
    BENCH_BODIES="$WORK/$1-$2.bodies" wrk -t2 -c"$CONNECTIONS" -d"$3s" --latency -s "$HERE/load.lua" "$(url "$1")" > "${4:-/dev/null}"
}

# wait_for_quiet: between rounds, waits (20 s at most) until the machine is all but idle, so that
# another engineer's build or benchmark is less likely to land in a round; the tables say what
# other processes took all the same.
wait_for_quiet() {
    local before
    for _ in $(seq 1 20); do
        before=$(machine_ticks)
        sleep 1
        # both servers idle: less than half of one core busy means nobody else is working hard
        if (( ($(machine_ticks) - before) * 2 < CLOCK_TICKS )); then return 0; fi
    done
}

# round PASS SERVER QUESTION N: one measured wrk round, appended to rounds.tsv with the CPU time
# the server, PostgreSQL, wrk and the whole machine spent in it, and the round's wall-clock time.
round() {
    local out="$WORK/$1-$2-$3-$4.wrk" server_pid server postgres wrk machine elapsed_us
    echo "cache $1: $2, $3, round $4" >&2
    wait_for_quiet
    server_pid=$(server_pid "$2")
    server=$(cpu_ticks "$server_pid"); postgres=$(cpu_ticks "$POSTMASTER"); wrk=$(wrk_ticks)
    machine=$(machine_ticks); elapsed_us=${EPOCHREALTIME/./}
    load "$2" "$3" "$DURATION" "$out"
    machine=$(( $(machine_ticks) - machine )); elapsed_us=$(( ${EPOCHREALTIME/./} - elapsed_us ))
    wrk=$(( $(wrk_ticks) - wrk ))
    server=$(( $(cpu_ticks "$server_pid") - server )); postgres=$(( $(cpu_ticks "$POSTMASTER") - postgres ))
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$1" "$2" "$3" \
        "$(awk '$1 ~ /^(requests|duration_us|p99_us|graphql_errors|http_errors|socket_errors)$/ {printf "%s%s", sep, $2; sep = "\t"}' "$out")" \
        "$server" "$postgres" "$wrk" "$machine" "$elapsed_us" >> "$WORK/rounds.tsv"
}

# pass NAME: warms both servers up on every question, then A B A B rounds per question.
pass() {
    local q server n per_question=$(( (WARMUP + ${#QUESTIONS[@]} - 1) / ${#QUESTIONS[@]} ))
    for server in remontada postgraphile; do
        for q in "${QUESTIONS[@]}"; do load "$server" "$q" "$per_question"; done
    done
    for q in "${QUESTIONS[@]}"; do
        for n in 1 2; do
            round "$1" remontada "$q" "$n"
            round "$1" postgraphile "$q" "$n"
        done
    done
    # after the load, before the app stops: what each server holds resident
    echo "- cache $1: Remontada's JVM $(rss_mib "$(server_pid remontada)") MiB resident (peak $(( $(awk '/^VmHWM/ {print $2}' "/proc/$(server_pid remontada)/status") / 1024 )) MiB), PostGraphile's three node processes $(rss_mib "$POSTGRAPHILE" $(pgrep -P "$POSTGRAPHILE")) MiB" >> "$WORK/memory.md"
}

# table PASS: per question, requests per second over both rounds of a server (requests summed,
# durations summed), the worse of its two p99s, its errors of every kind, and CPU milliseconds per
# request of the server and of PostgreSQL; then the geometric mean of the ratios.
table() {
    echo "| question | Remontada req/s | PostGraphile req/s | Remontada ÷ PostGraphile | p99 Remontada | p99 PostGraphile | errors Remontada | errors PostGraphile | CPU ms/request Remontada (app + PostgreSQL) | CPU ms/request PostGraphile (node + PostgreSQL) |"
    echo "|---|---|---|---|---|---|---|---|---|---|"
    awk -F'\t' -v pass="$1" -v ticks="$CLOCK_TICKS" -v order="${QUESTIONS[*]}" -v titles="$(for q in "${QUESTIONS[@]}"; do printf '%s\t' "${TITLE[$q]}"; done)" '
        $1 == pass {
            k = $3 SUBSEP $2
            requests[k] += $4; micros[k] += $5; if ($6 > p99[k]) p99[k] = $6
            errors[k] += $7 + $8 + $9; server_cpu[k] += $10; postgres_cpu[k] += $11
        }
        function cpu(k) { return sprintf("%.2f + %.2f", server_cpu[k] * 1000 / ticks / requests[k], postgres_cpu[k] * 1000 / ticks / requests[k]) }
        END {
            n = split(order, questions, " "); split(titles, title, "\t")
            for (i = 1; i <= n; i++) {
                r = questions[i] SUBSEP "remontada"; p = questions[i] SUBSEP "postgraphile"
                r_rate = requests[r] / (micros[r] / 1e6); p_rate = requests[p] / (micros[p] / 1e6)
                logs += log(r_rate / p_rate)
                printf "| %s | %.0f | %.0f | %.2f | %.1f ms | %.1f ms | %d | %d | %s | %s |\n", title[i], r_rate, p_rate, r_rate / p_rate,
                    p99[r] / 1000, p99[p] / 1000, errors[r], errors[p], cpu(r), cpu(p)
            }
            printf "\nGeometric mean of the ratios: **%.2f**.\n", exp(logs / n)
        }' "$WORK/rounds.tsv"
    echo
    # what other processes took, apart for each server's rounds: a build that lands in one server's
    # rounds only makes that server look slower
    awk -F'\t' -v pass="$1" -v cores="$(nproc)" -v ticks="$CLOCK_TICKS" '
        $1 == pass {
            seconds += $14 / 1e6; servers += $10; postgres += $11; wrk += $12; machine += $13
            busy[$2] += $13; other[$2] += $13 - $10 - $11 - $12
        }
        function share(part, whole) { return sprintf("%.0f %%", 100 * part / whole) }
        END {
            printf "Over these rounds the machine was busy %.0f %% of the time of its %d cores: the loaded server took %s of that,\n", 100 * machine / ticks / seconds / cores, cores, share(servers, machine)
            printf "PostgreSQL %s, wrk %s, other processes (other engineers'"'"' builds and benchmarks, the idle server) %s\n", share(postgres, machine), share(wrk, machine), share(machine - servers - postgres - wrk, machine)
            printf "(%s in Remontada'"'"'s rounds, %s in PostGraphile'"'"'s).\n", share(other["remontada"], busy["remontada"]), share(other["postgraphile"], busy["postgraphile"])
        }' "$WORK/rounds.tsv"
}

(cd "$HERE" && npm ci --no-audit --no-fund --loglevel=error)
mkdir -p "$WORK"
rm -f "$WORK"/*.wrk "$WORK/rounds.tsv" "$WORK/memory.md"

exec {lock}> /tmp/bench.lock
if ! flock -n "$lock"; then echo "waiting for /tmp/bench.lock (another benchmark runs)"; flock "$lock"; fi
STARTED=$(date +%s)

fresh_database $DB
REMONTADA_CACHE_ENABLED=false REMONTADA_SHUTDOWN_DELAY=0s start_app $DB $APP_PORT $HEAP "$WORK/app-off.log"
su postgres -c "psql -q -d $DB -c 'VACUUM ANALYZE'"
POSTMASTER=$(head -1 "$(su postgres -c "psql -Atc 'SHOW data_directory'")/postmaster.pid")
start_postgraphile
write_bodies
for q in "${QUESTIONS[@]}"; do check_answers "$q"; done
pass off
stop_app
REMONTADA_CACHE_ENABLED=true REMONTADA_SHUTDOWN_DELAY=0s start_app $DB $APP_PORT $HEAP "$WORK/app-on.log"
pass on
stop_app
MINUTES=$(( ($(date +%s) - STARTED + 59) / 60 ))

section=$WORK/section.md
{
    echo "<!-- postgraphile:begin -->"
    echo "## Remontada against PostGraphile, the same questions (\`benchmarks/postgraphile.sh\`)"
    echo
    echo "Command: \`benchmarks/postgraphile.sh\` on $(date -u +%F) (BENCH_WARMUP=$WARMUP BENCH_DURATION=$DURATION BENCH_CONNECTIONS=$CONNECTIONS, $MINUTES minutes),"
    echo "$(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(java -version 2>&1 | head -1), app heap -Xmx$HEAP with the serial collector (as the images run it), PostgreSQL $(psql "$DB_URI" -Atc 'SHOW server_version' | cut -d' ' -f1),"
    echo "PostGraphile $(jq -r .version "$HERE/node_modules/postgraphile/package.json") on Node.js $(node --version) (\`--cluster-workers 2 --disable-query-log\`, default inflection,"
    echo "postgraphile-plugin-connection-filter $(jq -r .version "$HERE/node_modules/postgraphile-plugin-connection-filter/package.json") and \`club_matches.js\`), $(wrk --version 2>&1 | head -1 | cut -d' ' -f1-2)."
    echo
    echo "Both servers run at once over one database of the bundled record ($(psql "$DB_URI" -Atc 'SELECT count(*) FROM match') matches), each with 20 database"
    echo "connections at most (PostGraphile: 10 per worker). PostGraphile's two plugins give it what the questions need:"
    echo "connection-filter for \"deficit at least N\" (its conditions are equalities only), \`club_matches.js\` for a club's matches"
    echo "home and away in one list (the schema relates a match to its clubs by two foreign keys)."
    echo
    echo "Each question is asked over POST, its variables drawn per request from the ids, seasons and countries in the database"
    echo "(the same sequence on both servers); the documents are in \`benchmarks/postgraphile/questions/\`. Before the load,"
    echo "both servers' answers are checked equal (clubs, matches, scores, goal minutes, counts) on ten draws of each question."
    echo "Per pass: each server warmed up for ${WARMUP} s over the five questions (a JVM compiles its hot paths over minutes of"
    echo "load, as a server that runs for hours has; Node.js gets the same), then per question rounds Remontada,"
    echo "PostGraphile, Remontada, PostGraphile of ${DURATION} s, \`wrk -t2 -c$CONNECTIONS --latency\`, each once the machine is all but"
    echo "idle (20 s of waiting at most). Requests per second sum both rounds of a server; p99 is the worse of its two rounds;"
    echo "errors count non-2xx answers, socket errors (wrk's 2 s timeout among them) and answers carrying \`\"errors\"\`. CPU is"
    echo "the server's and PostgreSQL's user and system time over the rounds, per request. wrk, both servers and PostgreSQL"
    echo "share the 2 cores."
    echo
    echo "Remontada's verdict computes more than PostGraphile's read of the same rows: the answer YES, NO or UNKNOWN needs the"
    echo "club's coverage (its matches per competition season); PostGraphile returns the counts and the overturned occasions."
    echo
    echo "### Answer cache off (\`REMONTADA_CACHE_ENABLED=false\`)"
    echo
    table off
    echo
    echo "### Answer cache on (the default)"
    echo
    table on
    echo
    echo "### Resident memory after the load"
    echo
    cat "$WORK/memory.md"
    echo "<!-- postgraphile:end -->"
} > "$section"

if grep -q '^<!-- postgraphile:begin -->$' "$RESULTS"; then
    awk -v section="$section" '
        $0 == "<!-- postgraphile:begin -->" { while ((getline line < section) > 0) print line; skipping = 1; next }
        $0 == "<!-- postgraphile:end -->" { skipping = 0; next }
        !skipping' "$RESULTS" > "$RESULTS.new"
    mv "$RESULTS.new" "$RESULTS"
else
    { echo; cat "$section"; } >> "$RESULTS"
fi
cat "$section"
