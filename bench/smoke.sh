#!/usr/bin/env bash
# Smoke run of every benchmark (issue 18): each script under bench/ in its BENCH_SMOKE=1 mode, one after the other —
# tiny sizes and durations, the same code paths — so that a broken benchmark is caught the day it breaks. The figures
# mean nothing. Run by .ci/run after `./mvnw verify`, whose jars and classes the scripts' builds find up to date.
# Usage: bench/smoke.sh [script names, default all]   e.g. bench/smoke.sh ledger event-latency
# Logs: bench/results/<timestamp>-smoke/<script>.log. Exit status 1 when any script failed (all are still run).
set -uo pipefail
cd "$(dirname "$0")/.."
scripts=("$@")
if ((${#scripts[@]} == 0)); then
  scripts=(event-latency grpc-overhead ledger pipeline-windows housing-import housing-projects gateway-overhead mixed-read suite-startup)
fi
logs="bench/results/$(date +%Y%m%dT%H%M%S)-smoke"
mkdir -p "$logs"
failed=0
summary=()
started=$SECONDS
for name in "${scripts[@]}"; do
  begin=$SECONDS
  echo "== smoke: bench/$name.sh (log: $logs/$name.log)"
  if BENCH_SMOKE=1 BENCH_MAVEN_QUIET=-q "bench/$name.sh" >"$logs/$name.log" 2>&1; then
    status=ok
  else
    status=FAILED
    failed=1
    tail -30 "$logs/$name.log"
  fi
  summary+=("$(printf '%-18s %-6s %4d s' "$name" "$status" $((SECONDS - begin)))")
  echo "${summary[-1]}"
done
echo "== benchmark smoke summary ($((SECONDS - started)) s in all)"
printf '%s\n' "${summary[@]}"
exit $failed
