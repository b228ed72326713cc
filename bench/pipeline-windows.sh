#!/usr/bin/env bash
# Dig-once trench windows at city scale (issue 14 item 10): 100,000 windows on the demo city's streets, then a window
# request (the whole opening path: protection lookup, overlap lookup, insert under the exclusion constraint) and a
# street's quarter calendar, over HTTP, against a plan read by primary key in the same run. Real pipeline-service,
# PostgreSQL on 127.0.0.1:5432 (or embedded), real Kafka broker. Builds what it needs from a fresh clone (online).
# Usage: bench/pipeline-windows.sh [windows, default 100000] [requests per measurement, default 1000];
# BENCH_SMOKE=1 for a seconds-long run (2,000 windows, 50 requests). Nothing of the service is installed into ~/.m2.
# The test JVM runs with the full JIT and the default collector (the suite's tests stop at C1 with the serial one).
# MVN_OFFLINE=-o builds offline. Report: bench/results/<timestamp>/pipeline-windows.txt.
set -euo pipefail
windows="${1:-100000}" requests="${2:-1000}"
if [[ "${BENCH_SMOKE:-}" == 1 ]]; then windows=2000 requests=50; fi
source "$(dirname "$0")/java-benchmark.sh"
java_benchmark pipeline-service PipelineWindowBenchmark pipeline-windows \
  -Dbench.windows="$windows" -Dbench.requests="$requests"
