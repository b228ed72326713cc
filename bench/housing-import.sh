#!/usr/bin/env bash
# Survey import vs a raw PostgreSQL COPY of the same rows into the same tables (same run), and query latency at
# that scale (filtered page, keyset page, district summary). Real housing-service, PostgreSQL on 127.0.0.1:5432
# (or embedded), real Kafka broker. Usage: bench/housing-import.sh [communities, default 20000] [rounds, default 5; the first warms the JIT up]
# BENCH_SMOKE=1: 200 communities, 1 round, 50 calls per query (seconds; checks the script). MVN_OFFLINE=-o builds
# offline. Nothing is installed into ~/.m2 but the parent POM. Report: bench/results/<timestamp>/housing-import.txt.
set -euo pipefail
communities="${1:-20000}" rounds="${2:-5}" calls=1000
if [[ "${BENCH_SMOKE:-}" == 1 ]]; then communities=200 rounds=1 calls=50; fi
source "$(dirname "$0")/java-benchmark.sh"
BENCH_JVM_OPTS="${BENCH_JVM_OPTS:--Xmx2g}" java_benchmark housing-service SurveyImportBenchmark housing-import \
  -Dbench.communities="$communities" -Dbench.rounds="$rounds" -Dbench.calls="$calls"
