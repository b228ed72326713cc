#!/usr/bin/env bash
# Subsidy-ledger throughput with its invariants on vs plain inserts of the same rows (same run, same database), and
# the latency of a commit (the hold, as finance.funding-plan.commit makes it) and of hold + post under 8 concurrent
# callers, on one shared budget line and on a line each. Real finance-service context, PostgreSQL on
# 127.0.0.1:5432 (or embedded). Usage: bench/ledger.sh [transfers per round, default 20000] [rounds, default 3]
# BENCH_SMOKE=1: 400 transfers, 1 round, 160 commitments (seconds; checks the script). MVN_OFFLINE=-o builds offline.
# Nothing is installed into ~/.m2 but the parent POM. Report: bench/results/<timestamp>/ledger.txt.
set -euo pipefail
transfers="${1:-20000}" rounds="${2:-3}" commits=4000
if [[ "${BENCH_SMOKE:-}" == 1 ]]; then transfers=400 rounds=1 commits=160; fi
source "$(dirname "$0")/java-benchmark.sh"
java_benchmark finance-service LedgerBenchmark ledger \
  -Dbench.transfers="$transfers" -Dbench.rounds="$rounds" -Dbench.commits="$commits"
