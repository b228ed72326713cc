#!/usr/bin/env bash
# Renovation projects at city scale (issue 11): the project list and the reserve pool at 50,000 projects on the demo
# city's 20,000 communities, against a primary-key read in the same run, and compiling 2,000-project annual plans
# with both rules checked. Real housing-service, PostgreSQL on 127.0.0.1:5432 (or embedded), real Kafka broker;
# finance-service stood in for over gRPC. Usage: bench/housing-projects.sh [communities, default 20000]
# [plan size, default 2000] [plan rounds, default 3]. Nothing is installed into ~/.m2.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B verify ${MVN_OFFLINE:-} -pl housing-service -am -Dfuzz.skip=true -Dtest=ProjectBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
  -Dbench.communities="${1:-20000}" -Dbench.plan="${2:-2000}" -Dbench.rounds="${3:-3}" -Dsurefire.argLine="-Xmx2g"
cat housing-service/target/benchmarks/housing-projects.txt
