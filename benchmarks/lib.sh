# Shared by the benchmark scripts: a fresh database on the system PostgreSQL, and the packaged
# application started against it under /usr/bin/time (for its peak memory).

# fresh_database NAME: drops and creates NAME, owned by the role remontada (password remontada).
fresh_database() {
    su postgres -c "psql -q -v ON_ERROR_STOP=1" <<SQL
DROP DATABASE IF EXISTS $1 WITH (FORCE);
DO \$\$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'remontada') THEN CREATE ROLE remontada LOGIN PASSWORD 'remontada'; END IF;
END \$\$;
CREATE DATABASE $1 OWNER remontada;
SQL
}

# start_app DATABASE PORT HEAP LOG: starts the packaged app in the background, with the JVM flags
# docker/Dockerfile.jvm and the manifest set (the serial collector, freed native memory returned every
# 5 s), and waits until it serves; APP holds the pid of /usr/bin/time, which writes LOG.time when the
# JVM ends. The app's settings come from the environment (REMONTADA_CACHE_ENABLED=false start_app ...). Should the
# script end early, its EXIT trap stops the JVM: kill_app, or EXIT_TRAP when the script has more to
# stop than the app (that function then calls kill_app itself).
start_app() {
    QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://localhost:5432/$1" QUARKUS_DATASOURCE_USERNAME=remontada QUARKUS_DATASOURCE_PASSWORD=remontada \
      /usr/bin/time -v -o "$4.time" java "-Xmx$3" -XX:+UseSerialGC -XX:TrimNativeHeapInterval=5000 -Dquarkus.http.port="$2" -jar target/quarkus-app/quarkus-run.jar > "$4" 2>&1 &
    APP=$!
    trap "${EXIT_TRAP:-kill_app}" EXIT
    for _ in $(seq 1 120); do grep -q "Listening on" "$4" && return 0; sleep 1; done
    cat "$4"
    return 1
}

# stop_app: stops the JVM, not /usr/bin/time, so that time still reports the peak memory.
stop_app() {
    pkill -P "$APP" java
    wait "$APP" 2>/dev/null || true
    APP=
    trap "${EXIT_TRAP:--}" EXIT
}

# kill_app: ends the JVM at once, if start_app started one that is still running.
kill_app() {
    if [[ -n ${APP:-} ]]; then pkill -P "$APP" java 2>/dev/null || true; fi
}
