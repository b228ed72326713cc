#!/usr/bin/env bash
# Subsidy-ledger throughput with its invariants on vs plain inserts of the same rows (same run, same database), and
# the latency of a commitment (hold + post) under 8 concurrent callers. Real finance-service context, PostgreSQL on
# 127.0.0.1:5432 (or embedded). Usage: bench/ledger.sh [transfers per round, default 20000] [rounds, default 3]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q verify -pl finance-service -am -Dfuzz.skip=true -Dtest=LedgerBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
  -Dbench.transfers="${1:-20000}" -Dbench.rounds="${2:-3}"
cat finance-service/target/benchmarks/ledger.txt
