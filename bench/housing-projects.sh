#!/usr/bin/env bash
# Renovation projects at city scale (issue 11): the project list and the reserve pool at 50,000 projects on the demo
# city's 20,000 communities, against a primary-key read in the same run, and compiling 2,000-project annual plans
# with both rules checked. Real housing-service, PostgreSQL on 127.0.0.1:5432 (or embedded), real Kafka broker;
# finance-service stood in for over gRPC. Usage: bench/housing-projects.sh [communities, default 20000]
# [plan size, default 2000] [plan rounds, default 3].
# BENCH_SMOKE=1: 200 communities, a 20-project plan, 1 round, 50 calls per query (seconds; checks the script).
# MVN_OFFLINE=-o builds offline. Nothing is installed into ~/.m2 but the parent POM.
# Report: bench/results/<timestamp>/housing-projects.txt.
set -euo pipefail
communities="${1:-20000}" plan="${2:-2000}" rounds="${3:-3}" calls=1000
if [[ "${BENCH_SMOKE:-}" == 1 ]]; then communities=200 plan=20 rounds=1 calls=50; fi
source "$(dirname "$0")/java-benchmark.sh"
BENCH_JVM_OPTS="${BENCH_JVM_OPTS:--Xmx2g}" java_benchmark housing-service ProjectBenchmark housing-projects \
  -Dbench.communities="$communities" -Dbench.plan="$plan" -Dbench.rounds="$rounds" -Dbench.calls="$calls"
