#!/usr/bin/env bash
# Reporting and approval benchmark: SQL statements and response times of the report, queue and document pages
# and API, with one reporting period, then with 60 more periods (about 2,900 more reports) and 60 more documents
# on their lines. Statements are counted from H2's own trace (TRACE_LEVEL_FILE=2). Usage: bench/reporting.sh
# (after ./mvnw package -DskipTests). Figures: docs/performance.md.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/common.sh
sign_in officer

page() { curl -s -b "$jar" "$base$1"; }
api() { curl -s -u officer:demo1234 "$base$1"; }
post() { curl -s -u "$1:demo1234" -H 'Content-Type: application/json' "$base$2" -d "$3"; }
field() { grep -o "\"$1\":[0-9]*" | head -1 | cut -d: -f2; }

open_period() { # year month -> period id
    post planner /api/periods "{\"kind\":\"MONTHLY\",\"year\":$1,\"number\":$2,\"dueDate\":\"$1-$(printf %02d "$2")-20\",\"graceDays\":3}" | field id
}
task=$(api "/api/tasks?q=1-2&size=1" | field id)
submit_report() { # period -> document id, submitted by the officer on the proposed line
    local report version
    report=$(api "/api/reports?period=$1&task=$task" | field id)
    version=$(api "/api/reports/$report" | field version)
    curl -s -o /dev/null -u officer:demo1234 -X PUT -H 'Content-Type: application/json' "$base/api/reports/$report" -d \
        "{\"version\":$version,\"status\":\"ON_TRACK\",\"progressPercent\":50,\"results\":\"실적\",\"nextSteps\":\"계획\"}"
    version=$(api "/api/reports/$report" | field version)
    post officer "/api/reports/$report/submit" "{\"version\":$version}" | field documentId
}

measure() {
    local label=$1 period=$2 report document
    report=$(api "/api/reports?period=$period&task=$task" | field id)
    document=$(api "/api/reports/$report" | field documentId)
    for target in "page /reports/index.xhtml" "page /reports/edit.xhtml?id=$report" \
                  "page /approvals/index.xhtml?box=in-progress" "page /approvals/document.xhtml?id=$document" \
                  "page /tasks/card.xhtml?id=$task" \
                  "api /api/reports?period=$period&size=50" "api /api/approvals/inbox?box=in-progress" \
                  "api /api/approvals/$document" "api /api/tasks/$task/reports"; do
        set -- $target
        page "$2" >/dev/null; api "$2" >/dev/null
        printf '| %s | `%s` | %s | %s |\n' "$label" "$2" "$(statements $1 "$2")" \
            "$(millis curl -s $([ "$1" = page ] && echo "-b $jar" || echo "-u officer:demo1234") "$base$2")"
    done
}

echo "| data | request | SQL statements | median ms (20 runs) |"
echo "|---|---|---|---|"
first=$(open_period 2040 1)
submit_report "$first" >/dev/null
measure "1 period, 1 document" "$first"
for y in $(seq 2041 2060); do
    p=$(open_period "$y" 1)
    for m in 1 2 3; do
        [ "$m" = 1 ] && submit_report "$p" >/dev/null
        [ "$m" != 1 ] && { q=$(open_period "$y" "$m"); submit_report "$q" >/dev/null; }
    done
done
measure "61 periods, 61 documents" "$first"
