#!/usr/bin/env bash
# Shared by the benchmarks: starts Payara Micro with the built WAR on an H2 database that traces every
# statement (TRACE_LEVEL_FILE=2), signs a browser session in, and measures statements and times of requests.
# Sourced, not run. Sets: base, jar (the session's cookies), trace; defines statements and millis.
work=$(mktemp -d /tmp/corepolicy-bench.XXXX)
port=${PORT:-8089}
base="http://127.0.0.1:$port"
trace="$work/db/corepolicy.trace.db"
java -Dcorepolicy.data.dir="$work" \
     "-Dcorepolicy.db.url=jdbc:h2:file:$work/db/corepolicy;MODE=LEGACY;DB_CLOSE_ON_EXIT=FALSE;TRACE_LEVEL_FILE=2;TRACE_MAX_FILE_SIZE=512" \
     -Dcorepolicy.db.user=corepolicy -Dcorepolicy.demo=true \
     -jar web/target/payara-micro.jar --deploy web/target/corepolicy.war --contextroot / --port "$port" --nocluster \
     > "$work/micro.log" 2>&1 &
micro=$!
trap 'kill $micro 2>/dev/null; wait $micro 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do curl -sf "$base/health/ready" >/dev/null 2>&1 && break; sleep 1; done

jar="$work/cookies"
sign_in() { # user: the browser session of the page requests
    curl -s -c "$jar" -b "$jar" -o /dev/null "$base/login.xhtml"
    curl -s -c "$jar" -b "$jar" -o /dev/null -d "j_username=$1&j_password=demo1234&next=/" "$base/j_security_check"
}

statements() { # statements one request sends to the database
    local before after
    before=$(grep -c '^/\*SQL' "$trace" || true)
    "$@" >/dev/null
    sleep 0.3
    after=$(grep -c '^/\*SQL' "$trace" || true)
    echo $((after - before))
}
millis() { # median of 20 requests, in ms
    for _ in $(seq 1 20); do "$@" -o /dev/null -w '%{time_total}\n'; done | sort -n | sed -n 10p | awk '{printf "%.0f", $1 * 1000}'
}
