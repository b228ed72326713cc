#!/usr/bin/env bash
# Event latency, commit -> consumer effect (issue 18 item 3): transactions that each change a row and publish a fact
# through the platform's outbox (Spring Modulith's event publication registry, externalized to Kafka with acks=all and
# an idempotent producer), and an idempotent consumer (InboundEvents: the event id and the effect in one transaction),
# at 100, 500 and 1,000 events/s sustained for 60 s each (after a 10 s warm-up at 200/s). Each event's latency runs
# from its producing transaction's commit to the consumer's committed effect; p50/p95/p99/max per rate, and the legs
# (outbox relay, Kafka, consumer) that make it up. Real PostgreSQL on 127.0.0.1:5432 (or embedded), a real KRaft
# broker (the platform's test broker, in the benchmark's JVM). Goal: p99 <= 50 ms at 1,000 events/s.
# Usage: bench/event-latency.sh [rates, default 100,500,1000] [seconds per rate, default 60]
# BENCH_SMOKE=1: 2 s at 100/s after a 1 s warm-up (checks the script and that every event arrives). MVN_OFFLINE=-o
# builds offline. Nothing is installed into ~/.m2 but the parent POM. Report: bench/results/<timestamp>/event-latency.txt.
set -euo pipefail
rates="${1:-100,500,1000}" seconds="${2:-60}" warmup=10
if [[ "${BENCH_SMOKE:-}" == 1 ]]; then rates=100 seconds=2 warmup=1; fi
source "$(dirname "$0")/java-benchmark.sh"
java_benchmark platform EventLatencyBenchmark event-latency \
  -Dbench.rates="$rates" -Dbench.seconds="$seconds" -Dbench.warmup-seconds="$warmup"
