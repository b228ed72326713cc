#!/usr/bin/env bash
# gRPC overhead (issue 18 item 4): one unary RPC (GetFiscalCapacity, answered without work) served in one JVM on a
# plain grpc-java server ("bare"), on a plain server behind the platform's authentication (JWT from the dev issuer,
# Spring Security) and duty check interceptors ("auth + duty"), and on a service's own Spring gRPC port with every
# global interceptor ("service port"); a grpc-java client in the same JVM. Throughput at saturation (32 calls in
# flight, rounds alternating the paths), then p50/p99 at half of bare's saturation rate (an open loop, the same rate
# on every path). Goals: auth + duty >= 90 % of bare's throughput, p99 <= 2 ms at half saturation.
# Usage: bench/grpc-overhead.sh [seconds per measurement, default 15] [rounds, default 3]
# BENCH_SMOKE=1: 1 s measurements, one round (checks the script, the refusals and that no call fails). MVN_OFFLINE=-o
# builds offline. Nothing is installed into ~/.m2 but the parent POM. Report: bench/results/<timestamp>/grpc-overhead.txt.
# BENCH_PROFILER=<path of async-profiler's libasyncProfiler.so>: a breakdown run — every saturation measurement is
# CPU-profiled, collapsed stacks in platform/target/benchmarks/grpc-overhead-profile/ (bench/grpc-profile-breakdown.py
# sums them by part); its throughput figures carry the profiler's cost and are not reference figures.
set -euo pipefail
seconds="${1:-15}" rounds="${2:-3}" warmup=15
if [[ "${BENCH_SMOKE:-}" == 1 ]]; then seconds=1 rounds=1 warmup=1; fi
source "$(dirname "$0")/java-benchmark.sh"
java_benchmark platform GrpcOverheadBenchmark grpc-overhead \
  -Dbench.seconds="$seconds" -Dbench.rounds="$rounds" -Dbench.warmup-seconds="$warmup" \
  ${BENCH_PROFILER:+-Dbench.profiler="$BENCH_PROFILER"}
