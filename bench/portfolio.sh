#!/usr/bin/env bash
# Portfolio benchmark: SQL statements and response times of the portfolio pages and API with the 49 demo
# tasks, then with 500 more. Statements are counted from H2's own trace (TRACE_LEVEL_FILE=2), so the count is
# what reached the database. Usage: bench/portfolio.sh (after ./mvnw package -DskipTests). Figures: docs/performance.md.
set -euo pipefail
cd "$(dirname "$0")/.."
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
curl -s -c "$jar" -b "$jar" -o /dev/null "$base/login.xhtml"
curl -s -c "$jar" -b "$jar" -o /dev/null -d "j_username=planner&j_password=demo1234&next=/" "$base/j_security_check"

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
page() { curl -s -b "$jar" "$base$1"; }
api() { curl -s -u planner:demo1234 "$base$1"; }

measure() {
    local label=$1 id
    id=$(api "/api/tasks?q=1-2&size=1" | grep -o '"id":[0-9]*' | head -1 | cut -d: -f2)
    for target in "page /tasks/index.xhtml" "page /tasks/card.xhtml?id=$id" "api /api/tasks?size=20" "api /api/tasks/$id" \
                  "api /api/strategies"; do
        set -- $target
        page "$2" >/dev/null; api "$2" >/dev/null  # warm up
        printf '| %s | `%s` | %s | %s |\n' "$label" "$2" "$(statements $1 "$2")" \
            "$(millis curl -s $([ "$1" = page ] && echo "-b $jar" || echo "-u planner:demo1234") "$base$2")"
    done
}

echo "| tasks | request | SQL statements | median ms (20 runs) |"
echo "|---|---|---|---|"
measure "49"
for i in $(seq 1 500); do
    curl -s -o /dev/null -u planner:demo1234 -H 'Content-Type: application/json' "$base/api/tasks" -d "{
      \"managementNumber\":\"7-$((100 + i))\",\"title\":\"벤치마크 과제 $i\",\"strategyNumber\":7,\"owningUnitCode\":\"D-TOUR\",
      \"collaboratingUnitCodes\":[\"D-ARTS\",\"D-REGEN\"],\"sources\":[\"CITY_PLEDGE\"],\"start\":\"2024-01-01\",\"end\":\"2026-12-31\",
      \"term\":\"MEDIUM\",\"milestones\":[{\"year\":2024,\"quarter\":2,\"content\":\"계획\"},{\"year\":2025,\"quarter\":4,\"content\":\"완료\"}],
      \"kpis\":[{\"name\":\"지표\",\"unit\":\"건\",\"direction\":\"HIGHER\",\"baseline\":1,\"targets\":{\"2024\":2,\"2025\":3,\"2026\":4}}],
      \"fundPlan\":[{\"fiscalYear\":2024,\"source\":\"CITY\",\"amountWon\":100000000},{\"fiscalYear\":2025,\"source\":\"NATIONAL\",\"amountWon\":200000000}]}"
done
measure "549"
