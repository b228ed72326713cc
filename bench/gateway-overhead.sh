#!/usr/bin/env bash
# Gateway overhead benchmark: the same wrk load against a stand-in backend (bench/DelayBackend.java) called
# directly and through the gateway (JWT verification + per-caller rate limit + duty policy + audit record to
# Kafka + proxying), in the same run, at each backend delay. Prints throughput ratio, p50/p99 and the goal
# verdicts; raw wrk outputs, CPU breakdowns and logs go to bench/results/<timestamp>/. See docs/benchmarks.md.
#
#   bench/gateway-overhead.sh
#   DURATION=60s CONNECTIONS=128 DELAYS="20 0" bench/gateway-overhead.sh
#   BENCH_SMOKE=1 bench/gateway-overhead.sh   seconds, not minutes: 0 ms only, 2 s runs, 3 s of warm-up, no
#     waiting for a quiet machine; checks that every part starts and every call answers 200 (figures meaningless)
#
# Needs wrk (Debian/Ubuntu: apt-get install wrk), curl, unzip, Java 17. Builds the gateway and local-stack when their
# jars are missing (online; MVN_OFFLINE=-o builds offline), installing only the parent POM into ~/.m2.
#
# Environment (defaults):
#   DURATION (30s) CONNECTIONS (64) THREADS (2) DELAYS ("20 0")   the measured wrk runs, per path and delay
#   WARMUP_GATEWAY (30s) WARMUP_MAX (300s) WARMUP_JIT_MAX (10)  the gateway is loaded for at least
#     WARMUP_GATEWAY, then in 10 s steps until its C2 JIT compiler threads used less than WARMUP_JIT_MAX % of
#     a core during a step (a cold gateway on 2 cores needs minutes of load to reach full speed)
#   WARMUP_DIRECT (5s)                                          wrk warm-up of the backend alone
#   AUDIT (kafka): kafka = the gateway's audit records go to a throw-away KRaft broker (bench/BenchKafka.java),
#     as in the suite; off = GATEWAY_AUDIT_ENABLED=false (to see what audit costs)
#   GATEWAY (full): full = the suite's gateway; bare = Spring Cloud Gateway alone on the gateway's libraries and
#     application.yml, without token check, rate limit, duty policy and audit (bench/BareGateway.java): the
#     floor, i.e. what proxying through Spring Cloud Gateway costs on this machine before the suite adds anything
#   ISSUER_PORT (9100) BACKEND_PORT (9200) GATEWAY_PORT (9300) KAFKA_PORT (9400) KAFKA_CONTROLLER_PORT (9401)
#   GATEWAY_JVM_OPTS ("-XX:+UseSerialGC -Xmx256m -XX:+ExitOnOutOfMemoryError")  full C2: no TieredStopAtLevel
#   BACKEND_JVM_OPTS ("-XX:+UseSerialGC -Xmx256m")  KAFKA_JVM_OPTS ("-XX:+UseSerialGC -Xmx512m")
#   QUIET_MAX (10): a measured pair during which processes this script did not start used this share (%) of
#     the machine or more is NOISY; it is measured again (up to NOISY_RETRIES (2) times) after waiting up to
#     QUIET_WAIT (300) s for the machine to be quiet; the least noisy attempt is reported
# The gateway's per-caller rate limit is set to 1000000/s (burst 1000000) so that it never refuses the load.
# The jars are copied to a scratch directory first, so a rebuild during the run does not disturb it.
# Exit status: 0 when every run completed without errors (goals met or not), 1 when a run failed
# (non-2xx answers, socket errors, no requests, or a part that did not start).
set -euo pipefail

if [[ "${BENCH_SMOKE:-}" == 1 ]]; then
	: "${DURATION:=2s}" "${DELAYS:=0}" "${WARMUP_GATEWAY:=3s}" "${WARMUP_MAX:=3s}" "${WARMUP_DIRECT:=1s}"
	: "${NOISY_RETRIES:=0}" "${QUIET_WAIT:=0}" "${QUIET_MAX:=100}"
fi

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

DURATION="${DURATION:-30s}"
CONNECTIONS="${CONNECTIONS:-64}"
THREADS="${THREADS:-2}"
DELAYS="${DELAYS:-20 0}"
WARMUP_GATEWAY="${WARMUP_GATEWAY:-30s}"
WARMUP_MAX="${WARMUP_MAX:-300s}"
WARMUP_JIT_MAX="${WARMUP_JIT_MAX:-10}"
WARMUP_DIRECT="${WARMUP_DIRECT:-5s}"
GATEWAY="${GATEWAY:-full}"
AUDIT="${AUDIT:-kafka}"
[[ "$GATEWAY" == bare ]] && AUDIT=off
ISSUER_PORT="${ISSUER_PORT:-9100}"
BACKEND_PORT="${BACKEND_PORT:-9200}"
GATEWAY_PORT="${GATEWAY_PORT:-9300}"
KAFKA_PORT="${KAFKA_PORT:-9400}"
KAFKA_CONTROLLER_PORT="${KAFKA_CONTROLLER_PORT:-9401}"
GATEWAY_JVM_OPTS="${GATEWAY_JVM_OPTS:--XX:+UseSerialGC -Xmx256m -XX:+ExitOnOutOfMemoryError}"
BACKEND_JVM_OPTS="${BACKEND_JVM_OPTS:--XX:+UseSerialGC -Xmx256m}"
KAFKA_JVM_OPTS="${KAFKA_JVM_OPTS:--XX:+UseSerialGC -Xmx512m}"
QUIET_MAX="${QUIET_MAX:-10}"
QUIET_WAIT="${QUIET_WAIT:-300}"
NOISY_RETRIES="${NOISY_RETRIES:-2}"
COMMUNITY_ID="6f1c2a9e-3b7d-4c58-9e21-5a0d4b7c8e13"
API_PATH="/api/housing/communities/$COMMUNITY_ID"

GATEWAY_JAR="gateway/target/gateway-0.1.0-SNAPSHOT.jar"
ISSUER_JAR="local-stack/target/local-stack-0.1.0-SNAPSHOT-exec.jar"

if ! command -v wrk >/dev/null 2>&1; then
	echo "wrk is not installed. Install it with:  sudo apt-get install -y wrk   (Debian/Ubuntu)" >&2
	echo "or build it from https://github.com/wg/wrk" >&2
	exit 1
fi
for tool in curl java unzip awk; do
	command -v "$tool" >/dev/null 2>&1 || { echo "$tool is required" >&2; exit 1; }
done
case "$AUDIT" in kafka | off) ;; *) echo "AUDIT must be kafka or off" >&2; exit 1 ;; esac
case "$GATEWAY" in full | bare) ;; *) echo "GATEWAY must be full or bare" >&2; exit 1 ;; esac

STAMP="$(date +%Y%m%dT%H%M%S)"
OUT="$ROOT/bench/results/$STAMP"
SCRATCH=""

# name -> pid of every process this script started and still runs
declare -A PIDS=()
cleanup() {
	local name
	# the gateway first (it flushes its audit records to Kafka), the issuer and Kafka last
	for name in gateway backend kafka issuer; do
		stop "$name"
	done
	if [[ -n "$SCRATCH" ]]; then rm -rf "$SCRATCH"; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# stop NAME: stops one process this script started
stop() {
	local pid="${PIDS[$1]:-}"
	[[ -n "$pid" ]] || return 0
	kill "$pid" 2>/dev/null || true
	wait "$pid" 2>/dev/null || true
	unset "PIDS[$1]"
}

port_free() {
	! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

# wait_for URL NAME [SECONDS]: until URL answers 2xx, failing early when the process died
wait_for() {
	local url="$1" name="$2" limit="${3:-90}" i
	for ((i = 0; i < limit * 4; i++)); do
		if curl -fsS -o /dev/null --max-time 2 "$url" 2>/dev/null; then
			return 0
		fi
		if ! kill -0 "${PIDS[$name]}" 2>/dev/null; then
			echo "$name exited before it was ready; see $OUT/$name*.log" >&2
			return 1
		fi
		sleep 0.25
	done
	echo "$name not ready after ${limit}s ($url); see $OUT/$name*.log" >&2
	return 1
}

# wait_for_line FILE TEXT NAME [SECONDS]
wait_for_line() {
	local file="$1" text="$2" name="$3" limit="${4:-90}" i
	for ((i = 0; i < limit * 4; i++)); do
		grep -q "$text" "$file" 2>/dev/null && return 0
		if ! kill -0 "${PIDS[$name]}" 2>/dev/null; then
			echo "$name exited before it was ready; see $file" >&2
			return 1
		fi
		sleep 0.25
	done
	echo "$name not ready after ${limit}s; see $file" >&2
	return 1
}

PORTS=("$ISSUER_PORT" "$BACKEND_PORT" "$GATEWAY_PORT")
if [[ "$AUDIT" == kafka ]]; then PORTS+=("$KAFKA_PORT" "$KAFKA_CONTROLLER_PORT"); fi
for port in "${PORTS[@]}"; do
	if ! port_free "$port"; then
		echo "port $port is in use; free it or choose others (ISSUER_PORT BACKEND_PORT GATEWAY_PORT KAFKA_PORT ...)" >&2
		exit 1
	fi
done

mkdir -p "$OUT"
SCRATCH="$(mktemp -d "${TMPDIR:-/tmp}/gateway-bench.XXXXXX")"

if [[ ! -f "$GATEWAY_JAR" || ! -f "$ISSUER_JAR" ]]; then
	echo "building the gateway and local-stack (dev issuer, Kafka jars) ..."
	./mvnw -B -q install -N ${MVN_OFFLINE:-}
	./mvnw -B -q package ${MVN_OFFLINE:-} -DskipTests -Dfuzz.skip=true -pl gateway,local-stack -am
fi
# run from copies: other people may rebuild the jars while this runs
cp "$GATEWAY_JAR" "$SCRATCH/gateway.jar"
cp "$ISSUER_JAR" "$SCRATCH/local-stack.jar"
for jar in "$SCRATCH/gateway.jar" "$SCRATCH/local-stack.jar"; do
	if ! unzip -tqq "$jar" >/dev/null 2>&1; then
		echo "$jar is not a complete jar (being rebuilt right now?); try again in a minute" >&2
		exit 1
	fi
done

{
	echo "date: $(date -Is)"
	echo "host: $(uname -srm), nproc $(nproc)"
	grep -m1 'model name' /proc/cpuinfo 2>/dev/null || true
	java -version 2>&1
	wrk --version 2>&1 | head -1 || true
	echo "gateway jar: $GATEWAY_JAR $(stat -c '%y' "$GATEWAY_JAR") sha256 $(sha256sum "$SCRATCH/gateway.jar" | cut -c1-16)"
	echo "git: $(git rev-parse --short HEAD 2>/dev/null || echo '?'), $(git status --porcelain 2>/dev/null | wc -l | tr -d ' ') changed files in the work tree"
	echo "DURATION=$DURATION CONNECTIONS=$CONNECTIONS THREADS=$THREADS DELAYS=\"$DELAYS\" AUDIT=$AUDIT"
	echo "WARMUP_GATEWAY=$WARMUP_GATEWAY WARMUP_MAX=$WARMUP_MAX WARMUP_JIT_MAX=$WARMUP_JIT_MAX WARMUP_DIRECT=$WARMUP_DIRECT QUIET_MAX=$QUIET_MAX NOISY_RETRIES=$NOISY_RETRIES"
	echo "GATEWAY_JVM_OPTS=$GATEWAY_JVM_OPTS"
	echo "BACKEND_JVM_OPTS=$BACKEND_JVM_OPTS"
	echo "KAFKA_JVM_OPTS=$KAFKA_JVM_OPTS"
	echo "gateway env: GATEWAY_RATE_PER_SECOND=1000000 GATEWAY_RATE_BURST=1000000 GATEWAY_AUDIT_ENABLED=$([[ $AUDIT == kafka ]] && echo true || echo false)"
} >"$OUT/environment.txt" 2>&1

# --- CPU accounting (clock ticks) --------------------------------------------------------------------------
# "busy total" of the whole machine from /proc/stat; busy = user, nice, system and steal (interrupt time,
# mostly loopback networking, is charged to no process and left out)
machine_ticks() {
	awk '$1 == "cpu" { busy = $2 + $3 + $4 + $9; print busy, busy + $5 + $6 + $7 + $8; exit }' /proc/stat
}
# user + system ticks of one process (0 when gone)
proc_ticks() {
	awk '{ print $14 + $15 }' "/proc/$1/stat" 2>/dev/null || echo 0
}
# "name=ticks ..." for every process this script runs
our_ticks() {
	local name
	for name in "${!PIDS[@]}"; do
		printf '%s=%s ' "$name" "$(proc_ticks "${PIDS[$name]}")"
	done
}

# waits (up to QUIET_WAIT s) until processes this script did not start use less than QUIET_MAX % of the machine
wait_quiet() {
	local waited=0 b0 t0 b1 t1 o0 o1 share
	while :; do
		read -r b0 t0 <<<"$(machine_ticks)"; o0="$(our_ticks)"
		sleep 3
		read -r b1 t1 <<<"$(machine_ticks)"; o1="$(our_ticks)"
		share="$(awk -v b=$((b1 - b0)) -v t=$((t1 - t0)) -v o0="$o0" -v o1="$o1" '
			function sum(s,   n, a, i, kv) { n = split(s, a, " "); x = 0; for (i = 1; i <= n; i++) { split(a[i], kv, "="); x += kv[2] } return x }
			BEGIN { f = t > 0 ? 100 * (b - (sum(o1) - sum(o0))) / t : 0; printf "%d", f < 0 ? 0 : f }')"
		if ((share < QUIET_MAX)); then
			echo "machine quiet: other processes use ${share}% of it"
			return 0
		fi
		if ((waited >= QUIET_WAIT)); then
			echo "WARNING: other processes still use ${share}% of the machine after ${waited}s; measuring anyway" >&2
			return 0
		fi
		((waited == 0)) && echo "other processes use ${share}% of the machine; waiting up to ${QUIET_WAIT}s for quiet ..."
		waited=$((waited + 3))
	done
}

# run_wrk DURATION URL FILE: raw wrk output in FILE, and in FILE.cpu the share of the machine (%) used
# meanwhile by each of our processes, wrk, and everything else ("other")
run_wrk() {
	local duration="$1" url="$2" file="$3" b0 t0 b1 t1 o0 o1 wrk_ticks
	read -r b0 t0 <<<"$(machine_ticks)"; o0="$(our_ticks)"
	# the subshell waits for wrk, so its children's ticks (fields 16, 17 of its stat) are wrk's
	wrk_ticks="$(
		wrk -t"$THREADS" -c"$CONNECTIONS" -d"$duration" --latency -H "Authorization: Bearer $TOKEN" "$url" \
			>"$file" 2>&1 || echo "wrk exited with status $?" >>"$file"
		awk '{ print $16 + $17 }' "/proc/$BASHPID/stat"
	)"
	read -r b1 t1 <<<"$(machine_ticks)"; o1="$(our_ticks)"
	awk -v b=$((b1 - b0)) -v t=$((t1 - t0)) -v w="$wrk_ticks" -v o0="$o0" -v o1="$o1" '
		BEGIN {
			n = split(o0, a, " "); for (i = 1; i <= n; i++) { split(a[i], kv, "="); start[kv[1]] = kv[2] }
			n = split(o1, a, " "); for (i = 1; i <= n; i++) { split(a[i], kv, "="); used[kv[1]] = kv[2] - start[kv[1]]; ours += used[kv[1]] }
			for (name in used) printf "%s %.1f %d\n", name, 100 * used[name] / t, used[name]
			printf "wrk %.1f %d\n", 100 * w / t, w
			other = b - ours - w; if (other < 0) other = 0
			printf "other %.1f %d\n", 100 * other / t, other
			printf "elapsed-ticks - %d\n", t
		}' >"$file.cpu"
}

# --- wrk output parsing ------------------------------------------------------------------------------------
# latency value from a wrk --latency line ("50%   20.53ms") in milliseconds
seconds() { # 30s, 2m, 45 -> seconds
	awk -v d="$1" 'BEGIN { n = d + 0; if (d ~ /m$/) n *= 60; else if (d ~ /h$/) n *= 3600; print int(n) }'
}
latency_ms() {
	awk -v pct="$1" '
		$1 == pct && $2 ~ /^[0-9.]+(us|ms|s|m)$/ {
			v = $2; unit = v; sub(/^[0-9.]+/, "", unit); sub(/[a-z]+$/, "", v)
			f = (unit == "us") ? 0.001 : (unit == "ms") ? 1 : (unit == "s") ? 1000 : 60000
			printf "%.2f", v * f; found = 1; exit
		}
		END { if (!found) printf "NaN" }' "$2"
}
rps() {
	awk '/^Requests\/sec:/ { printf "%.1f", $2; found = 1 } END { if (!found) printf "NaN" }' "$1"
}
requests() {
	awk '/ requests in / { print $1; found = 1 } END { if (!found) print 0 }' "$1"
}
# non-2xx answers plus socket errors reported by wrk (and 1 if wrk itself failed)
wrk_errors() {
	awk '
		/Non-2xx or 3xx responses:/ { n += $NF }
		/Socket errors:/ { gsub(/,/, ""); n += $4 + $6 + $8 + $10 }
		/^wrk exited with status/ { n += 1 }
		END { print n + 0 }' "$1"
}
cpu_share() { # cpu_share FILE NAME -> % of the machine
	awk -v n="$2" '$1 == n { print $2; found = 1 } END { if (!found) print 0 }' "$1.cpu"
}
# gateway CPU time per request in microseconds
cpu_per_request_us() {
	awk -v req="$(requests "$1")" -v hz="$(getconf CLK_TCK)" '$1 == "gateway" && req > 0 { printf "%.0f", $3 / hz * 1e6 / req; found = 1 } END { if (!found) printf "-" }' "$1.cpu"
}

# --- the run -----------------------------------------------------------------------------------------------
echo "results: $OUT"
echo "starting the dev issuer on :$ISSUER_PORT"
java -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xmx128m -jar "$SCRATCH/local-stack.jar" issuer \
	--port "$ISSUER_PORT" --host 127.0.0.1 --public-url "http://127.0.0.1:$ISSUER_PORT" \
	>"$OUT/issuer.log" 2>&1 &
PIDS[issuer]=$!
if [[ "$AUDIT" == kafka ]]; then
	echo "starting a throw-away Kafka broker on :$KAFKA_PORT for the gateway's audit records"
	mkdir -p "$SCRATCH/lib"
	unzip -q -j -o "$SCRATCH/local-stack.jar" 'BOOT-INF/lib/*' -d "$SCRATCH/lib"
	# local-stack's own classes (its KafkaBroker) as a jar beside its libraries
	unzip -q -o "$SCRATCH/local-stack.jar" 'BOOT-INF/classes/*' -d "$SCRATCH/classes"
	(cd "$SCRATCH/classes/BOOT-INF/classes" && jar cf "$SCRATCH/lib/local-stack-classes.jar" .)
	# shellcheck disable=SC2086
	java $KAFKA_JVM_OPTS -cp "$SCRATCH/lib/*" bench/BenchKafka.java "$KAFKA_PORT" "$KAFKA_CONTROLLER_PORT" \
		"$SCRATCH/kafka-data" >"$OUT/kafka.log" 2>&1 &
	PIDS[kafka]=$!
fi
wait_for "http://127.0.0.1:$ISSUER_PORT/.well-known/openid-configuration" issuer 60
if [[ "$AUDIT" == kafka ]]; then
	wait_for_line "$OUT/kafka.log" "^ready" kafka 120
fi

token() {
	curl -fsS --max-time 5 -d role=HOUSING "http://127.0.0.1:$ISSUER_PORT/token" \
		| sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p'
}

# CPU ticks of the gateway's C2 compiler threads: while they are busy the gateway is not yet at full speed
c2_ticks() {
	local task sum=0 t
	for task in /proc/"${PIDS[gateway]}"/task/*; do
		t="$(awk '/\(C2 Compiler/ { sub(/^.*\) /, ""); print $12 + $13 }' "$task/stat" 2>/dev/null || true)"
		sum=$((sum + ${t:-0}))
	done
	echo "$sum"
}

# warm_up_gateway DELAY: load through the gateway for at least WARMUP_GATEWAY, then in 10 s steps until the
# C2 compiler used less than WARMUP_JIT_MAX % of a core during the last step (or WARMUP_MAX s in all)
warm_up_gateway() {
	local min max elapsed span c0 c1 jit hz file="$OUT/warmup-gateway-${1}ms.txt"
	min="$(seconds "$WARMUP_GATEWAY")" max="$(seconds "$WARMUP_MAX")" hz="$(getconf CLK_TCK)"
	echo "warm-up: gateway for at least ${min}s, then until its JIT compiler is nearly idle (at most ${max}s)"
	: >"$file"
	span=$min elapsed=0
	while :; do
		c0="$(c2_ticks)"
		run_wrk "${span}s" "$GATEWAY_URL" "$file.part"
		cat "$file.part" >>"$file"
		c1="$(c2_ticks)"
		elapsed=$((elapsed + span))
		jit=$(((c1 - c0) * 100 / (hz * span)))
		echo "  ${elapsed}s: $(rps "$file.part") req/s through the gateway, $(wrk_errors "$file.part") errors, C2 compiler ${jit}% of a core" \
			| tee -a "$OUT/warmup.log"
		((jit < WARMUP_JIT_MAX)) && break
		if ((elapsed >= max)); then
			echo "  WARNING: the JIT compiler is still busy after ${elapsed}s of warm-up; measuring anyway" | tee -a "$OUT/warmup.log" >&2
			break
		fi
		span=10
	done
	rm -f "$file.part" "$file.part.cpu"
}

FAILED=0
ROWS=()
CPU_ROWS=()

# gateway_command: the suite's gateway, or (GATEWAY=bare) Spring Cloud Gateway alone with the gateway's configuration
gateway_command() {
	if [[ "$GATEWAY" == full ]]; then
		# shellcheck disable=SC2086
		exec java $GATEWAY_JVM_OPTS -jar "$SCRATCH/gateway.jar"
	fi
	mkdir -p "$SCRATCH/gateway-lib" "$SCRATCH/gateway-classes"
	unzip -q -j -o "$SCRATCH/gateway.jar" 'BOOT-INF/lib/*' -d "$SCRATCH/gateway-lib"
	unzip -q -j -o "$SCRATCH/gateway.jar" 'BOOT-INF/classes/application.yml' -d "$SCRATCH/gateway-classes"
	# shellcheck disable=SC2086
	exec java $GATEWAY_JVM_OPTS -cp "$SCRATCH/gateway-lib/*" bench/BareGateway.java \
		--spring.config.location="$SCRATCH/gateway-classes/application.yml"
}

echo "starting the $([[ "$GATEWAY" == bare ]] && echo "bare Spring Cloud Gateway" || echo gateway) on :$GATEWAY_PORT (one gateway for every delay: it keeps its JIT-compiled code)"
# shellcheck disable=SC2086
SERVER_PORT="$GATEWAY_PORT" \
	JWT_ISSUER_URI="http://127.0.0.1:$ISSUER_PORT" \
	JWT_AUDIENCE=renovation-suite \
	HOUSING_URL="http://127.0.0.1:$BACKEND_PORT" \
	GATEWAY_RATE_PER_SECOND=1000000 \
	GATEWAY_RATE_BURST=1000000 \
	GATEWAY_AUDIT_ENABLED="$([[ $AUDIT == kafka ]] && echo true || echo false)" \
	KAFKA_BOOTSTRAP_SERVERS="127.0.0.1:$KAFKA_PORT" \
	gateway_command >"$OUT/gateway.log" 2>&1 &
PIDS[gateway]=$!
wait_for "http://127.0.0.1:$GATEWAY_PORT/actuator/health/readiness" gateway 180
TOKEN="$(token)"
if [[ -z "$TOKEN" ]]; then
	echo "no token from the issuer" >&2
	exit 1
fi
DIRECT_URL="http://127.0.0.1:$BACKEND_PORT$API_PATH"
GATEWAY_URL="http://127.0.0.1:$GATEWAY_PORT$API_PATH"

for delay in $DELAYS; do
	echo
	echo "=== backend delay ${delay} ms ==="
	wait_quiet
	# shellcheck disable=SC2086
	java $BACKEND_JVM_OPTS bench/DelayBackend.java "$BACKEND_PORT" "$delay" >"$OUT/backend-${delay}ms.log" 2>&1 &
	PIDS[backend]=$!
	if ! wait_for "http://127.0.0.1:$BACKEND_PORT/ping" backend 60; then
		FAILED=1
		ROWS+=("| $delay ms | | | | | | | | FAILED RUN (the backend did not start) |")
		stop backend
		continue
	fi

	# both paths must answer 200 with the community (the gateway may first meet connections to the last backend)
	check_failed=0
	for url in "$DIRECT_URL" "$GATEWAY_URL"; do
		for _ in 1 2 3 4 5; do
			code="$(curl -sS -o "$OUT/check.json" -w '%{http_code}' --max-time 10 -H "Authorization: Bearer $TOKEN" "$url" || true)"
			[[ "$code" == 200 ]] && grep -q "$COMMUNITY_ID" "$OUT/check.json" && break
			sleep 1
		done
		if [[ "$code" != 200 ]] || ! grep -q "$COMMUNITY_ID" "$OUT/check.json"; then
			echo "sanity check failed: $url answered $code: $(cat "$OUT/check.json" 2>/dev/null)" >&2
			check_failed=1
		fi
	done
	if [[ $check_failed != 0 ]]; then
		FAILED=1
		ROWS+=("| $delay ms | | | | | | | | FAILED RUN (sanity check: not 200) |")
		stop backend
		continue
	fi

	warm_up_gateway "$delay"
	echo "warm-up: direct $WARMUP_DIRECT"
	run_wrk "$WARMUP_DIRECT" "$DIRECT_URL" "$OUT/warmup-direct-${delay}ms.txt"

	best="" best_noise=1000
	for ((attempt = 1; attempt <= 1 + NOISY_RETRIES; attempt++)); do
		((attempt == 1)) || wait_quiet
		d="$OUT/direct-${delay}ms-a$attempt.txt"
		g="$OUT/gateway-${delay}ms-a$attempt.txt"
		echo "[$attempt] direct:  wrk -t$THREADS -c$CONNECTIONS -d$DURATION --latency $DIRECT_URL"
		run_wrk "$DURATION" "$DIRECT_URL" "$d"
		echo "[$attempt] gateway: wrk -t$THREADS -c$CONNECTIONS -d$DURATION --latency $GATEWAY_URL"
		run_wrk "$DURATION" "$GATEWAY_URL" "$g"
		noise="$(awk -v a="$(cpu_share "$d" other)" -v b="$(cpu_share "$g" other)" 'BEGIN { printf "%d", (a > b ? a : b) + 0.5 }')"
		echo "[$attempt] $(rps "$d") req/s direct, $(rps "$g") req/s gateway; other processes used up to ${noise}% of the machine"
		if ((noise < best_noise)); then
			best="$attempt" best_noise="$noise"
		fi
		((noise < QUIET_MAX)) && break
		((attempt <= NOISY_RETRIES)) && echo "[$attempt] NOISY (other processes >= ${QUIET_MAX}%): measuring again"
	done
	d="$OUT/direct-${delay}ms-a$best.txt"
	g="$OUT/gateway-${delay}ms-a$best.txt"
	cp "$d" "$OUT/direct-${delay}ms.txt"
	cp "$g" "$OUT/gateway-${delay}ms.txt"

	d_rps="$(rps "$d")" g_rps="$(rps "$g")"
	d50="$(latency_ms 50% "$d")" d99="$(latency_ms 99% "$d")"
	g50="$(latency_ms 50% "$g")" g99="$(latency_ms 99% "$g")"
	d_err="$(wrk_errors "$d")" g_err="$(wrk_errors "$g")"
	ratio="$(awk -v g="$g_rps" -v d="$d_rps" 'BEGIN { if (d > 0) printf "%.1f", 100 * g / d; else print "NaN" }')"
	p99diff="$(awk -v g="$g99" -v d="$d99" 'BEGIN { printf "%+.2f", g - d }')"

	if [[ "$d_err" != 0 || "$g_err" != 0 || "$(requests "$d")" == 0 || "$(requests "$g")" == 0 ]]; then
		verdict="FAILED RUN (errors: direct $d_err, gateway $g_err)"
		FAILED=1
	elif [[ "$delay" == 20 ]]; then
		if awk -v r="$ratio" -v p="$p99diff" 'BEGIN { exit !(r >= 90 && p <= 5) }'; then
			verdict="goal met (>= 90 % and p99 <= direct + 5 ms)"
		else
			verdict="goal MISSED (>= 90 % and p99 <= direct + 5 ms)"
		fi
	elif [[ "$delay" == 0 ]]; then
		if awk -v r="$ratio" 'BEGIN { exit !(r >= 40) }'; then
			verdict="goal met (>= 40 %)"
		else
			verdict="goal MISSED (>= 40 %)"
		fi
	else
		verdict="no goal at this delay"
	fi
	((best_noise < QUIET_MAX)) || verdict="NOISY: $verdict"
	ROWS+=("$(printf '| %s ms | %s | %s | %s %% | %s / %s | %s / %s | %s | %s |' \
		"$delay" "$d_rps" "$g_rps" "$ratio" "$d50" "$d99" "$g50" "$g99" "$p99diff" "$verdict")")
	CPU_ROWS+=("$(printf '| %s ms | %s / %s | %s / %s | %s / %s | %s / %s | %s / %s | %s |' "$delay" \
		"$(cpu_share "$d" backend)" "$(cpu_share "$g" backend)" \
		"$(cpu_share "$d" gateway)" "$(cpu_share "$g" gateway)" \
		"$(cpu_share "$d" kafka)" "$(cpu_share "$g" kafka)" \
		"$(cpu_share "$d" wrk)" "$(cpu_share "$g" wrk)" \
		"$(cpu_share "$d" other)" "$(cpu_share "$g" other)" \
		"$(cpu_per_request_us "$g")")")
	echo "${ROWS[-1]}"

	stop backend
done
# every call through the gateway (warm-up, checks and measured runs) should be in audit.records
if [[ "$AUDIT" == kafka ]]; then
	stop gateway
	# shellcheck disable=SC2086
	java -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -cp "$SCRATCH/lib/*" bench/BenchKafka.java count "127.0.0.1:$KAFKA_PORT" \
		audit.records >"$OUT/audit-count.log" 2>&1 || true
	stop kafka
	sent="$(cat "$OUT"/warmup-gateway-*ms.txt "$OUT"/gateway-*ms-a*.txt 2>/dev/null | awk '/ requests in / { n += $1 } END { print n + 0 }')"
	audited="$(sed -n 's/^audit.records: \(-\{0,1\}[0-9]*\) records$/\1/p' "$OUT/audit-count.log")"
	echo "audit: ${audited:-?} records in audit.records for ${sent} calls counted by wrk through the gateway (plus a few checks)" \
		>"$OUT/audit-count.txt"
fi
if grep -qE "audit (record .* not sent|queue full)" "$OUT/gateway.log"; then
	echo "NOTE: the gateway reports audit records not sent or dropped:" >&2
	grep -E "audit (record .* not sent|queue full)" "$OUT/gateway.log" | head -3 >&2
fi

{
	echo "Gateway overhead ($GATEWAY gateway), wrk -t$THREADS -c$CONNECTIONS -d$DURATION, audit $AUDIT, $(nproc) cores, $(date -Is)"
	echo
	echo "| backend delay | direct req/s | gateway req/s | gateway / direct | direct p50 / p99 (ms) | gateway p50 / p99 (ms) | p99 difference (ms) | verdict |"
	echo "|---|---|---|---|---|---|---|---|"
	for row in "${ROWS[@]+"${ROWS[@]}"}"; do echo "$row"; done
	echo
	echo "CPU during the measured runs, % of the whole machine ($(nproc) cores = 100 %), direct run / gateway run:"
	echo
	echo "| backend delay | backend | gateway | kafka | wrk | other processes | gateway CPU per request (µs) |"
	echo "|---|---|---|---|---|---|---|"
	for row in "${CPU_ROWS[@]+"${CPU_ROWS[@]}"}"; do echo "$row"; done
	if [[ -f "$OUT/audit-count.txt" ]]; then
		echo
		cat "$OUT/audit-count.txt"
	fi
} | tee "$OUT/summary.md"

echo
echo "raw wrk outputs, CPU breakdowns (*.cpu) and logs: $OUT"
if [[ $FAILED != 0 ]]; then
	echo "at least one run FAILED (errors or a part that did not start); its figures are not valid" >&2
	exit 1
fi
