# Sourced by the benchmark scripts whose benchmark is a JUnit class in a module's tests (not run on its own).
#
#   java_benchmark MODULE TEST NAME [maven arguments...]
#
# builds MODULE and what it needs from this checkout (the parent POM is installed first, so the module resolves
# renovation-parent on an empty ~/.m2; online unless MVN_OFFLINE=-o), runs the benchmark class TEST in its test JVM
# with the full JIT (the suite's tests stop at C1), and copies its report MODULE/target/benchmarks/NAME.txt to
# bench/results/<timestamp>/NAME.txt, printing it. Fails when the build or the benchmark fails (a benchmark asserts
# what makes its figures valid: every event delivered, no failed call, ...).
java_benchmark() {
  local module="$1" test="$2" name="$3"
  shift 3
  local root
  root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
  cd "$root"
  rm -f "$module/target/benchmarks/$name.txt"
  ./mvnw -q -B install -N ${MVN_OFFLINE:-}
  ./mvnw -B ${BENCH_MAVEN_QUIET:-} verify ${MVN_OFFLINE:-} -pl "$module" -am -Dfuzz.skip=true -Dtest="$test" \
    -Dsurefire.failIfNoSpecifiedTests=false -Dsurefire.argLine="${BENCH_JVM_OPTS:--Xmx1g}" "$@"
  local out="bench/results/$(date +%Y%m%dT%H%M%S)"
  mkdir -p "$out"
  cp "$module/target/benchmarks/$name.txt" "$out/$name.txt"
  cat "$out/$name.txt"
  echo "report: $out/$name.txt"
}
