#!/usr/bin/env bash
# Start time against a minimal application (issue #12, "Start time and memory"): the wall time from launching
# `java -jar payara-micro.jar --deploy WAR` to the first 200 of the application's readiness URL, for CorePolicy
# and for bench/minimal (one JPA entity, one EJB, one JSF page; no PrimeFaces: nothing but the platform) on the
# same Payara Micro, alternated, RUNS times each, each start in a fresh data directory. Also Payara's own
# "Payara Micro ready in N ms" from each log. Builds nothing; run first:
#
#   ./mvnw package -DskipTests                          # web/target/corepolicy.war and payara-micro.jar
#   ./mvnw -B -ntp -o -f bench/minimal/pom.xml package  # bench/minimal/target/minimal.war
#   bench/start.sh                                      # CorePolicy with its demo data on first start
#   DATA=/tmp/city40 bench/start.sh                     # also CorePolicy on a generated city (README)
#
# Settings: RUNS (starts of each, 5), HEAP (-Xmx of every start, 2g as in bench/wrk.sh), WAR
# (web/target/corepolicy.war), TIMEOUT (seconds per start, 300), PORT (CorePolicy, 8095), MINIMAL_PORT (8096).
# CorePolicy starts exactly as bench/wrk.sh starts it (demo data in a fresh directory, or DATA without demo).
# Ready means: CorePolicy's /health/ready answers 200 (database migrated, demo data loaded); the minimal
# application's /index.xhtml answers 200 with the row count it read through the EJB and JPA.
# Measure on an otherwise quiet machine: the load average before and after is printed with the table.
set -euo pipefail
cd "$(dirname "$0")/.."

runs=${RUNS:-5}
heap=${HEAP:-2g}
timeout=${TIMEOUT:-300}
port=${PORT:-8095}
minimal_port=${MINIMAL_PORT:-8096}
micro_jar=web/target/payara-micro.jar
war=${WAR:-web/target/corepolicy.war}
minimal_war=bench/minimal/target/minimal.war
for f in "$micro_jar" "$war" "$minimal_war"; do
    [ -f "$f" ] || { echo "$f is missing: build first (see the head of $0)" >&2; exit 1; }
done
if [ -n "${DATA:-}" ] && [ ! -d "$DATA" ]; then echo "DATA=$DATA is not a directory" >&2; exit 1; fi
work=$(mktemp -d /tmp/corepolicy-start.XXXX)

server=""
stop() {
    if [ -n "$server" ]; then
        kill "$server" 2>/dev/null || true
        wait "$server" 2>/dev/null || true
        server=""
    fi
}
trap stop EXIT
trap 'stop; exit 130' INT TERM

now_ms() { echo $(( ${EPOCHREALTIME/./} / 1000 )); }

# One start: launches the server, polls the readiness URL every 0.1 s, stops the server once it is ready.
# Appends "wall-ms payara-ms" to $work/LABEL.times; the server's log is $work/LABEL-RUN.log.
start_once() { # label run port readiness-path body-regex war java-options...
    local label=$1 run=$2 p=$3 path=$4 expect=$5 app=$6 log="$work/$1-$2.log" started ready code payara
    shift 6
    if curl -s -o /dev/null "http://127.0.0.1:$p/"; then
        echo "port $p is already in use" >&2
        exit 1
    fi
    started=$(now_ms)
    java "-Xmx$heap" "$@" -jar "$micro_jar" --deploy "$app" --contextroot / --port "$p" --nocluster > "$log" 2>&1 &
    server=$!
    while :; do
        code=$(curl -s -o "$work/body" -w '%{http_code}' "http://127.0.0.1:$p$path" || true)
        if [ "$code" = 200 ] && grep -Eq "$expect" "$work/body"; then break; fi
        kill -0 "$server" 2>/dev/null || { echo "$label: the server stopped: $log" >&2; exit 1; }
        (( $(now_ms) - started < timeout * 1000 )) || { echo "$label: not ready after $timeout s: $log" >&2; exit 1; }
        sleep 0.1
    done
    ready=$(( $(now_ms) - started ))
    # Payara logs its figure as the deployment ends, about when the page first answers; wait briefly for it.
    for _ in $(seq 1 50); do grep -q 'Payara Micro .* ready in' "$log" && break; sleep 0.1; done
    payara=$(sed -n 's/.*Payara Micro .* ready in \([0-9,]*\) (ms).*/\1/p' "$log" | head -1 | tr -d ,)
    stop
    echo "$ready ${payara:-?}" >> "$work/$label.times"
    printf '%s, run %s: ready after %.1f s (Payara: %s ms)\n' "$label" "$run" "$(echo "$ready / 1000" | bc -l)" \
        "${payara:-?}" >&2
}

minimal() { # run: a fresh H2 file database
    start_once minimal "$1" "$minimal_port" /index.xhtml '<span id="count">[1-9][0-9]*</span>' "$minimal_war" \
        "-Dminimal.db.url=jdbc:h2:file:$work/minimal-$1/minimal;MODE=LEGACY;DB_CLOSE_ON_EXIT=FALSE"
}
corepolicy() { # run: the demo data in a fresh data directory, as bench/wrk.sh without DATA
    start_once corepolicy "$1" "$port" /health/ready UP "$war" \
        -Dcorepolicy.data.dir="$work/corepolicy-$1" -Dcorepolicy.demo=true
}
city() { # run: the generated city of DATA, as bench/wrk.sh with DATA (no demo data; the directory is used as is)
    start_once city "$1" "$port" /health/ready UP "$war" -Dcorepolicy.data.dir="$DATA" -Dcorepolicy.demo=false
}

load_before=$(uptime | sed 's/.*load average: //')
echo "$runs starts of each, alternated; logs in $work" >&2
for run in $(seq 1 "$runs"); do
    # The order flips every round, so that neither application always starts right after the other.
    if (( run % 2 )); then
        minimal "$run"; corepolicy "$run"; [ -z "${DATA:-}" ] || city "$run"
    else
        [ -z "${DATA:-}" ] || city "$run"; corepolicy "$run"; minimal "$run"
    fi
done
load_after=$(uptime | sed 's/.*load average: //')

median() { # label column (1: wall, 2: Payara's figure), in ms
    awk -v c="$2" '$c ~ /^[0-9]+$/ { print $c }' "$work/$1.times" | sort -n \
        | awk '{ v[NR] = $1 }
               END { if (NR % 2) print v[(NR + 1) / 2]; else if (NR) print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}
seconds() { if [ -n "$1" ]; then printf '%.1f' "$(echo "$1 / 1000" | bc -l)"; else printf '?'; fi; }
base=$(median minimal 1)
row() { # label description
    local wall min max
    wall=$(median "$1" 1)
    min=$(cut -d' ' -f1 "$work/$1.times" | sort -n | head -1)
    max=$(cut -d' ' -f1 "$work/$1.times" | sort -n | tail -1)
    printf '| %s | %s | %s | %s–%s | %s | %.2f |\n' "$2" "$(wc -l < "$work/$1.times")" "$(seconds "$wall")" \
        "$(seconds "$min")" "$(seconds "$max")" "$(seconds "$(median "$1" 2)")" "$(echo "$wall / $base" | bc -l)"
}

echo
echo "$(sed -n 's/.*\(Payara Micro [0-9.]* (build [0-9]*)\).*/\1/p' "$work/minimal-1.log" | head -1)," \
    "$(java -version 2>&1 | head -1), -Xmx$heap, $(nproc) cores; load average before: $load_before; after: $load_after."
echo
echo "| application | starts | ready, median s | min–max s | Payara's \"ready in\", median s | ÷ minimal's median |"
echo "|---|---|---|---|---|---|"
row minimal "minimal JSF + EJB + JPA (bench/minimal), fresh database"
row corepolicy "CorePolicy, demo data on first start"
[ -z "${DATA:-}" ] || row city "CorePolicy, existing data in $DATA (no demo data)"
echo
echo "Logs: $work"
