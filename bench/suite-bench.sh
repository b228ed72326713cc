# Sourced by the benchmark scripts that measure a whole suite started by `./suite up` (mixed-read.sh,
# suite-startup.sh): builds the jars it runs from when any is missing, and stops the suite the script started
# (SUITE_PID) on exit — the services may write their class archives on the way out, a minute or two the first time.

# refuses to go on when something answers on the gateway's port (a suite already running)
require_no_suite_running() {
	if (exec 3<>/dev/tcp/127.0.0.1/8080) 2>/dev/null; then
		echo "port 8080 answers: a suite (or something else) runs there; stop it first (./suite down)" >&2
		exit 1
	fi
}

# builds local-stack, the gateway and the services (and the parent POM, for an empty ~/.m2) unless their jars exist
build_suite_if_missing() {
	if [[ -f local-stack/target/local-stack-0.1.0-SNAPSHOT-exec.jar && -f gateway/target/gateway-0.1.0-SNAPSHOT.jar \
		&& -f housing-service/target/housing-service-0.1.0-SNAPSHOT.jar ]]; then
		return 0
	fi
	echo "building the suite ..."
	# shellcheck disable=SC2086
	./mvnw -B -q ${BENCH_MAVEN_QUIET:-} install -N ${MVN_OFFLINE:-}
	# shellcheck disable=SC2086
	./mvnw -B -q package ${MVN_OFFLINE:-} -DskipTests -Dfuzz.skip=true \
		-pl local-stack,gateway,housing-service,finance-service,planning-service,pipeline-service -am
}

SUITE_PID=""
stop_suite() {
	[[ -n "$SUITE_PID" ]] || return 0
	kill -TERM "$SUITE_PID" 2>/dev/null || true
	for _ in $(seq 1 300); do kill -0 "$SUITE_PID" 2>/dev/null || break; sleep 1; done
	SUITE_PID=""
}

# the process ids under $1, all the way down (the suite script's launcher JVM and the services' JVMs under it)
descendants() {
	local child
	for child in $(pgrep -P "$1"); do
		echo "$child"
		descendants "$child"
	done
}
