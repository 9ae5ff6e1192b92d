#!/usr/bin/env bash
# Throughput under concurrency (issue #12): wrk with many connections against the main pages and API calls, and
# against the bare reference page (/bare.xhtml: JSF, no template, no data, no sign-in) served by the same server
# in the same run; every figure's ratio is taken against that page. wrk sends that page no cookie, so each of its
# requests also creates a session; the row "bare JSF page, cookie kept" is the same page for browsers that send
# theirs back (anonymous sessions made before the run). Every request is first run once for WARMUP without being
# measured (the JIT), then measured after another WARMUP. Also: the server's and the database's CPU time per request
# (less sensitive than throughput to how fast the shared machine is that minute), the time to ready and the heap
# after the run. Usage (after ./mvnw package -DskipTests, and `apt-get install wrk`):
#
#   bench/wrk.sh                       # demo data, in a fresh temporary data directory
#   DATA=/tmp/city40 bench/wrk.sh      # a generated city (README, "A generated city")
#
# Settings: CONNECTIONS (100), DURATION (20s), WARMUP (10s), SESSIONS (signed-in sessions per user, 25: one per
# wrk thread, CONNECTIONS / SESSIONS connections each), TIMEOUT (30s: a request unanswered by then counts as "not 200"),
# PROFILE=1 records a JDK Flight Recorder file of the whole run ($work/run.jfr), PORT (8089), HEAP (-Xmx, 2g),
# STALE=N (seconds; MySQL/MariaDB through COREPOLICY_DB_URL, with the mariadb client): during every measured row, what
# the dashboards count changes every N seconds, as an approved report or an edited task changes it, so the dashboards
# are measured while their figures are counted again under load,
# WAR (web/target/corepolicy.war), ONLY (a regular expression: measure only the requests whose label matches it, besides the bare page).
# Prints a Markdown table; figures in docs/performance.md.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install wrk)" >&2; exit 1; }

connections=${CONNECTIONS:-100}
duration=${DURATION:-20s}
warmup=${WARMUP:-10s}
sessions=${SESSIONS:-25}
# wrk's own default (2 s) drops slower answers from the latency figures: until 2026-12-01 every row's p99 was taken
# over the requests answered within 2 s (docs/performance.md).
timeout=${TIMEOUT:-30s}
port=${PORT:-8089}
base="http://127.0.0.1:$port"
work=$(mktemp -d /tmp/corepolicy-wrk.XXXX)
data=${DATA:-$work/data}
demo=$([ -z "${DATA:-}" ] && echo true || echo false)
jfr=()
[ "${PROFILE:-0}" = 1 ] && jfr=("-XX:FlightRecorderOptions:stackdepth=256" "-XX:StartFlightRecording=filename=$work/run.jfr,settings=profile,dumponexit=true")

started=$(date +%s.%N)
java "-Xmx${HEAP:-2g}" "${jfr[@]}" -Dcorepolicy.data.dir="$data" -Dcorepolicy.demo="$demo" \
     -jar web/target/payara-micro.jar --deploy "${WAR:-web/target/corepolicy.war}" --contextroot / --port "$port" --nocluster \
     > "$work/micro.log" 2>&1 &
micro=$!
trap 'kill $micro 2>/dev/null; wait $micro 2>/dev/null || true' EXIT
until curl -sf -o /dev/null "$base/health/ready"; do
    kill -0 $micro 2>/dev/null || { echo "the server stopped: $work/micro.log" >&2; exit 1; }
    if grep -q 'started WITHOUT a usable database' "$work/micro.log"; then
        echo "the server has no usable database: $work/micro.log" >&2; exit 1
    fi
    sleep 0.2
done
ready=$(echo "$(date +%s.%N) - $started" | bc)

# The Cookie header a browser would send from a curl cookie jar: both cookies (Payara's distributable session refuses
# the session without its version).
cookie_of() { # jar
    awk '$6 ~ /^JSESSIONID/ { c = c (c ? "; " : "") $6 "=" $7 } END { print c }' "$1"
}
# Signed-in browser sessions: the cookie of each, one per line in $work/USER.cookies.
sign_in() { # user
    local jar
    : > "$work/$1.cookies"
    for i in $(seq 1 "$sessions"); do
        jar="$work/$1.$i.jar"
        curl -s -c "$jar" -b "$jar" -o /dev/null "$base/login.xhtml"
        curl -s -c "$jar" -b "$jar" -o /dev/null -d "j_username=$1&j_password=demo1234&next=/" "$base/j_security_check"
        cookie_of "$jar" >> "$work/$1.cookies"
    done
}
sign_in planner
sign_in head
# Anonymous browsers that keep their cookie: a JSF page that keeps view state, as the bare page does, answers a
# request without one with a new session (PrimeFaces keeps its CSP nonce in the view map, which lives in the session;
# the application's stateless pages, such as the sign-in page, no longer do: faces.StatelessViews), so the reference
# row without a cookie also measures the creation of a session per request; the row "bare JSF page, cookie kept"
# measures the page alone. The reference is kept as it was, so that ratios stay comparable across the days.
: > "$work/anon.cookies"
for i in $(seq 1 "$sessions"); do
    curl -s -c "$work/anon.$i.jar" -o /dev/null "$base/bare.xhtml"
    cookie_of "$work/anon.$i.jar" >> "$work/anon.cookies"
done
api() { curl -s -u "$1:demo1234" "$base$2"; }
field() { { grep -o "\"$1\":[0-9]*" || true; } | head -1 | cut -d: -f2; }
echo "ready in $ready s; signed in" >&2
task=$(api planner "/api/tasks?q=1-1&size=1" | field id)
document=$(api head "/api/approvals/inbox?box=waiting&size=1" | field documentId)
[ -n "$document" ] || document=$(api head "/api/approvals/inbox?box=done&size=1" | field documentId)
# The department of the department-dashboard rows: the owning unit of that task.
unit=$(api planner "/api/tasks/$task" | python3 -c 'import json, sys; print(json.load(sys.stdin)["owningUnit"]["id"])')

# A personal API token of the planner's, for the Bearer rows (POST /api/me/tokens answers its secret once).
token=$(curl -s -u planner:demo1234 -H 'Content-Type: application/json' -d '{"name":"wrk","days":30}' \
    "$base/api/me/tokens" | { grep -o '"secret":"[^"]*"' || true; } | cut -d'"' -f4)
[ -n "$token" ] || echo "no API token was issued: the Bearer rows are left out" >&2

# The Lua script. Each wrk thread is one signed-in browser: it keeps one session and, as a browser does, sends
# back the session version that Payara's distributable session answers with (JSESSIONIDVERSION; a stale version
# makes Payara read the session back from its store on every request). Or it sends the Authorization header.
# Every answer that is not 200 is counted, so that a signed-out session (a 302 to the sign-in page) cannot pass
# for speed.
lua() { # cookie-file-or-empty header-or-empty
    cat <<EOF
local threads = {}
local next_id = 1
function setup(thread)
    thread:set("id", next_id)
    next_id = next_id + 1
    table.insert(threads, thread)
end
local header = "$2"
local sid, version
wrong = 0
function init(args)
    if "$1" ~= "" then
        local cookies = {}
        for line in io.lines("$1") do cookies[#cookies + 1] = line end
        local mine = cookies[(id - 1) % #cookies + 1]
        sid = mine:match("JSESSIONID=([^;]+)")
        version = mine:match("JSESSIONIDVERSION=([^;]+)")
    end
end
function request()
    local headers = {}
    if sid then headers["Cookie"] = "JSESSIONID=" .. sid .. (version and ("; JSESSIONIDVERSION=" .. version) or "") end
    if header ~= "" then headers["Authorization"] = header end
    return wrk.format(nil, nil, headers)
end
function response(status, headers)
    if status ~= 200 then wrong = wrong + 1 end
    local cookie = headers["Set-Cookie"]
    local seen = cookie and cookie:match("JSESSIONIDVERSION=([^;]+)")
    if seen and version and tonumber(seen:match(":(%d+)")) > tonumber(version:match(":(%d+)") or "0") then
        version = seen
    end
end
function done()
    local n = 0
    for _, thread in ipairs(threads) do n = n + thread:get("wrong") end
    print("not 200: " .. n)
end
EOF
}

to_ms() { # wrk's latency (e.g. 812.00us, 12.34ms, 1.20s) in ms
    awk -v v="$1" 'BEGIN { n = v + 0; if (v ~ /us$/) n /= 1000; else if (v ~ /ms$/) n *= 1; else if (v ~ /s$/) n *= 1000; printf "%.1f", n }'
}

# The CPU time a process used (user and system, in clock ticks), to give each row the server's and the database's CPU
# milliseconds per request: a figure that depends much less than throughput on how fast the shared machine is that
# minute (the bare page's throughput varied by half between runs minutes apart). "–" for a database not on this machine.
database=$(pgrep -o -x mariadbd || pgrep -o -x mysqld || true)
cpu_ticks() { if [ -n "$1" ] && [ -r "/proc/$1/stat" ]; then awk '{ print $14 + $15 }' "/proc/$1/stat"; fi; }
cpu_ms_per_request() { # ticks-before ticks-after requests
    if [ -z "$1" ] || [ -z "$2" ] || [ -z "$3" ] || [ "$3" = 0 ]; then echo "–"; return; fi
    echo "$1 $2 $3 $(getconf CLK_TCK)" | awk '{ printf "%.2f", ($2 - $1) * 1000 / $4 / $3 }'
}

# STALE: moves the dashboards' generation every STALE seconds (what DashboardSnapshots.changed() does in the service
# that changed something) until killed.
stale_loop() {
    local url=${COREPOLICY_DB_URL#jdbc:mysql://} hostport database_name
    hostport=${url%%/*}; database_name=${url#*/}; database_name=${database_name%%\?*}
    while sleep "$STALE"; do
        mariadb -h"${hostport%%:*}" -P"$([[ $hostport == *:* ]] && echo "${hostport#*:}" || echo 3306)" \
            -u"${COREPOLICY_DB_USER:-root}" ${COREPOLICY_DB_PASSWORD:+-p"$COREPOLICY_DB_PASSWORD"} "$database_name" \
            -e "UPDATE dashboard_generation SET generation = generation + 1 WHERE id = 1"
    done
}
if [ -n "${STALE:-}" ]; then
    [[ ${COREPOLICY_DB_URL:-} == jdbc:mysql://* ]] && command -v mariadb > /dev/null \
        || { echo "STALE needs COREPOLICY_DB_URL=jdbc:mysql://... and the mariadb client" >&2; exit 1; }
fi

rows=()
bare_rps=""
bare_p99=""
measure() { # label user-or-auth path
    local label=$1 who=$2 path=$3 cookies="" header="" out rps p50 p99 wrong socket check
    case $who in
        anon) ;;
        anon-kept) cookies="$work/anon.cookies";;
        basic:*) header="Basic $(printf '%s:demo1234' "${who#basic:}" | base64)";;
        bearer:*) header="Bearer ${who#bearer:}";;
        *) cookies="$work/$who.cookies";;
    esac
    lua "$cookies" "$header" > "$work/run.lua"
    if [ "$pass" = warm-up ]; then
        wrk -t"$sessions" -c"$connections" -d"$warmup" --timeout "$timeout" -s "$work/run.lua" "$base$path" > /dev/null
        return 0
    fi
    check=$(curl -s -o /dev/null -w '%{http_code}' ${cookies:+-H "Cookie: $(head -1 "$cookies")"} \
        ${header:+-H "Authorization: $header"} "$base$path")
    [ "$check" = 200 ] || { echo "$label: $path answered $check before the run" >&2; exit 1; }
    wrk -t"$sessions" -c"$connections" -d"$warmup" --timeout "$timeout" -s "$work/run.lua" "$base$path" > /dev/null
    local server_before database_before requests
    server_before=$(cpu_ticks $micro); database_before=$(cpu_ticks "$database")
    local staler=""
    if [ -n "${STALE:-}" ]; then stale_loop & staler=$!; fi
    out=$(wrk -t"$sessions" -c"$connections" -d"$duration" --timeout "$timeout" --latency -s "$work/run.lua" "$base$path")
    if [ -n "$staler" ]; then kill "$staler"; wait "$staler" 2>/dev/null || true; fi
    requests=$(echo "$out" | awk '/requests in/ { print $1 }')
    echo "$out" > "$work/$(echo "$label" | tr -c 'a-zA-Z0-9' _).wrk"
    rps=$(echo "$out" | awk '/^Requests\/sec/ { printf "%.0f", $2 }')
    p50=$(to_ms "$(echo "$out" | awk '$1 == "50%" { print $2 }')")
    p99=$(to_ms "$(echo "$out" | awk '$1 == "99%" { print $2 }')")
    wrong=$(echo "$out" | awk '/^not 200:/ { print $3 }')
    # Requests with no answer at all (wrk's socket errors: connect, read, write, its 2 s timeout) count too.
    socket=$(echo "$out" | awk '/Socket errors:/ { gsub(",", ""); print $4 + $6 + $8 + $10 }')
    [ -n "$socket" ] && [ "$socket" != 0 ] && wrong="${wrong:-0} (+$socket without an answer)"
    check=$(curl -s -o /dev/null -w '%{http_code}' ${cookies:+-H "Cookie: $(tail -1 "$cookies")"} \
        ${header:+-H "Authorization: $header"} "$base$path")
    [ "$check" = 200 ] || { echo "$label: $path answered $check after the run" >&2; exit 1; }
    if [ -z "$bare_rps" ]; then bare_rps=$rps; bare_p99=$p99; fi
    rows+=("$(printf '| %s | `%s` | %s | %s | %s | %.2f | %.1f | %s | %s | %s |' "$label" "$path" "$rps" "$p50" "$p99" \
        "$(echo "$rps / $bare_rps" | bc -l)" "$(echo "$p99 / $bare_p99" | bc -l)" "${wrong:-0}" \
        "$(cpu_ms_per_request "$server_before" "$(cpu_ticks $micro)" "$requests")" \
        "$(cpu_ms_per_request "$database_before" "$(cpu_ticks "$database")" "$requests")")")
    echo "${rows[-1]}" >&2
}

only=${ONLY:-.}
want() { [[ $1 =~ $only ]]; }
every_row() {
    measure "bare JSF page" anon /bare.xhtml
    want "bare JSF page, cookie kept" && measure "bare JSF page, cookie kept" anon-kept /bare.xhtml
    want "home" && measure "home" planner /index.xhtml
    want "home, department head" && measure "home, department head" head /index.xhtml
    want "task list" && measure "task list" planner /tasks/index.xhtml
    want "task list, one strategy" && measure "task list, one strategy" planner "/tasks/index.xhtml?strategy=1"
    want "task card" && measure "task card" planner "/tasks/card.xhtml?id=$task"
    want "approval queue" && measure "approval queue" head /approvals/index.xhtml
    want "approval queue, done" && measure "approval queue, done" head "/approvals/index.xhtml?box=done"
    want "approval document" && measure "approval document" head "/approvals/document.xhtml?id=$document"
    want "report list" && measure "report list" planner /reports/index.xhtml
    want "dashboard" && measure "dashboard" planner /dashboard/index.xhtml
    want "department dashboard" && measure "department dashboard" head "/dashboard/department.xhtml?id=$unit"
    want "sign-in page" && measure "sign-in page" anon /login.xhtml
    want "API task list, session" && measure "API task list, session" planner "/api/tasks?size=20"
    want "API task list, Basic" && measure "API task list, Basic" basic:planner "/api/tasks?size=20"
    want "API task, Basic" && measure "API task, Basic" basic:planner "/api/tasks/$task"
    want "API queue, Basic" && measure "API queue, Basic" basic:head "/api/approvals/inbox"
    want "API done box, Basic" && measure "API done box, Basic" basic:head "/api/approvals/inbox?box=done"
    want "API dashboard, Basic" && measure "API dashboard, Basic" basic:planner /api/dashboard
    want "API department dashboard, Basic" && measure "API department dashboard, Basic" basic:head "/api/dashboard/departments/$unit"
    want "API tasks at risk, Basic" && measure "API tasks at risk, Basic" basic:planner "/api/dashboard/risks"
    want "API task KPIs, Basic" && measure "API task KPIs, Basic" basic:planner "/api/tasks/$task/kpis"
    if [ -n "$token" ]; then
        want "API task list, token" && measure "API task list, token" "bearer:$token" "/api/tasks?size=20"
        want "API task, token" && measure "API task, token" "bearer:$token" "/api/tasks/$task"
    fi
    return 0
}
# Two passes over the rows. The first only warms up: each request for WARMUP, nothing recorded. Without it the rows
# measured first were measured before the JIT had compiled most of the pages' code: an empty page in the layout
# answered 504 requests/s as the first row of a run and 1,026 as its last (2026-12-01, docs/performance.md).
pass=warm-up
every_row
pass=measured
every_row

jcmd $micro GC.run > /dev/null
heap=$(jcmd $micro GC.heap_info | awk '/garbage-first heap/ { for (i = 1; i <= NF; i++) if ($i == "used") print $(i + 1) }')
rss=$(awk '/VmRSS/ { printf "%.0f MB", $2 / 1024 }' /proc/$micro/status)

echo
echo "Ready in $(printf '%.1f' "$ready") s; heap used after the run and a full GC: ${heap:-?}; resident: $rss."
echo "$connections connections over $sessions wrk threads (one signed-in session each), $duration per request after $warmup of warm-up, $(nproc) cores."
echo
echo "| request | path | requests/s | p50 ms | p99 ms | throughput ÷ bare | p99 ÷ bare | not 200 | server CPU ms/request | database CPU ms/request |"
echo "|---|---|---|---|---|---|---|---|---|---|"
printf '%s\n' "${rows[@]}"
[ "${PROFILE:-0}" = 1 ] && { jcmd $micro JFR.dump filename="$work/run.jfr" > /dev/null; echo; echo "Flight recording: $work/run.jfr"; }
[ -n "${STALE:-}" ] && echo "What the dashboards count changed every $STALE s during each measured row."
# A request that waited for a database connection until the pool gave up (RAR5117): none is expected.
echo "Connection-pool waits that gave up (RAR5117 in the server log): $(grep -c RAR5117 "$work/micro.log" || true)."
echo "Server log: $work/micro.log"
