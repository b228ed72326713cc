#!/usr/bin/env bash
# Survey import vs a raw PostgreSQL COPY of the same rows into the same tables (same run), and query latency at
# that scale (filtered page, keyset page, district summary). Real housing-service, PostgreSQL on 127.0.0.1:5432
# (or embedded), real Kafka broker. Usage: bench/housing-import.sh [communities, default 20000] [rounds, default 5; the first warms the JIT up]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B install -N && ./mvnw -q -B install -DskipTests -pl platform,demo-city -am
./mvnw -B verify -pl housing-service -Dtest=SurveyImportBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
  -Dbench.communities="${1:-20000}" -Dbench.rounds="${2:-5}" -Dsurefire.argLine="-Xmx2g"
cat housing-service/target/benchmarks/housing-import.txt
