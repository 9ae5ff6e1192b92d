#!/usr/bin/env bash
# Portfolio benchmark: SQL statements and response times of the portfolio pages and API with the 49 demo
# tasks, then with 500 more. Statements are counted from H2's own trace (TRACE_LEVEL_FILE=2), so the count is
# what reached the database. Usage: bench/portfolio.sh (after ./mvnw package -DskipTests). Figures: docs/performance.md.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/common.sh
sign_in planner

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
