#!/usr/bin/env bash
# Gateway overhead benchmark, the gateway against its floor in one run (issue 18 item 2): the same wrk load against a
# stand-in backend (bench/DelayBackend.java) called three ways, back to back in every attempt and at each backend delay:
#   direct  the backend itself;
#   bare    Spring Cloud Gateway alone on the gateway's libraries and application.yml (bench/BareGateway.java): no token
#           check, rate limit, duty policy or audit — the floor, what proxying through Spring Cloud Gateway costs here;
#   full    the suite's gateway (JWT verification + per-caller rate limit + duty policy + audit record to Kafka +
#           proxying).
# Both gateways run side by side for the whole run (one process each, so their JIT-compiled code carries over from one
# delay to the next). wrk sends TOKENS different tokens in turn (a generated Lua script), so the gateway's cache of
# verified tokens is not measured with one token only; the direct path gets the same headers. Where the machine has
# two cores or more, wrk and the gateways are pinned to different cores (taskset). Prints, per delay, req/s and p50/p99
# of the three paths, full/bare, full/direct and bare/direct, the p99 differences and the goal verdicts, and a table of
# where the CPU went; raw wrk outputs, CPU breakdowns and logs go to bench/results/<timestamp>/. See docs/benchmarks.md.
#
#   bench/gateway-overhead.sh                                    about 15 minutes
#   DURATION=60s CONNECTIONS=128 DELAYS="20 0" bench/gateway-overhead.sh
#   PIN=0 bench/gateway-overhead.sh                              everything on every core, as before pinning
#   BENCH_SMOKE=1 bench/gateway-overhead.sh   seconds, not minutes: 0 ms only, 2 s runs, 3 s of warm-up per gateway, no
#     waiting for a quiet machine, 10 s wrk timeout (cold gateways); checks that every part starts and every call
#     answers 200 (figures meaningless)
#
# GATEWAY=full|bare of earlier versions is gone: every run measures both gateways (and direct) in the same attempt.
#
# Needs wrk (Debian/Ubuntu: apt-get install wrk), curl, unzip, Java 17; taskset (util-linux) for pinning. Builds the
# gateway and local-stack when their jars are missing (online; MVN_OFFLINE=-o builds offline, and MVN_OFFLINE may carry
# further Maven flags such as -Dmaven.repo.local=...), installing only the parent POM into the local Maven repository.
#
# Environment (defaults):
#   DURATION (30s) CONNECTIONS (64) THREADS (2) DELAYS ("20 50 0")  the measured wrk runs, per path and delay
#   WRK_TIMEOUT (2s, wrk's own; 10s in the smoke mode): a call slower than this counts as a socket error
#   TOKENS (16)   HOUSING tokens from the dev issuer, one per caller (subjects bench-caller-1 ...), sent in turn
#   WARMUP_GATEWAY (30s) WARMUP_MAX (300s) WARMUP_JIT_MAX (10)  at each delay each gateway is loaded for at least
#     WARMUP_GATEWAY, then in 10 s steps until its C2 JIT compiler threads used less than WARMUP_JIT_MAX % of a core
#     during a step, WARMUP_MAX at most (a cold gateway on 2 cores needs minutes of load to reach full speed)
#   WARMUP_DIRECT (5s)                                          wrk warm-up of the backend alone
#   AUDIT (kafka): kafka = the full gateway's audit records go to a throw-away KRaft broker (bench/BenchKafka.java), as
#     in the suite; off = GATEWAY_AUDIT_ENABLED=false (to see what audit costs)
#   PIN (1): pin with taskset where the machine has >= 2 cores: wrk on WRK_CPUS (0), both gateways on GATEWAY_CPUS (1),
#     the backend, the issuer and Kafka on OTHER_CPUS (0) (taskset -c lists, e.g. "2,3" or "0-1"); PIN=0 pins
#     nothing. Without taskset or with one core the run goes on unpinned, with a note. A pinned JVM sees only its
#     CPUs (Runtime.availableProcessors()), as in a container limited to them.
#   ISSUER_PORT (9100) BACKEND_PORT (9200) GATEWAY_PORT (9300, the full gateway) BARE_PORT (GATEWAY_PORT + 1)
#   KAFKA_PORT (9400) KAFKA_CONTROLLER_PORT (9401)
#   GATEWAY_JVM_OPTS ("-XX:+UseSerialGC -Xmx256m -XX:+ExitOnOutOfMemoryError")  both gateways; full C2: no
#     TieredStopAtLevel
#   BACKEND_JVM_OPTS ("-XX:+UseSerialGC -Xmx256m")  KAFKA_JVM_OPTS ("-XX:+UseSerialGC -Xmx512m")
#   QUIET_MAX (10): an attempt (direct, bare, full) during one of whose runs processes this script did not start used
#     this share (%) of the machine or more is NOISY; it is measured again (up to NOISY_RETRIES (2) times) after
#     waiting up to QUIET_WAIT (300) s for the machine to be quiet; the least noisy attempt is reported
#   ASYNC_PROFILER (unset): the path of async-profiler's libasyncProfiler.so (Maven Central:
#     tools.profiler:async-profiler:<version>:jar:linux-x64, unpacked); set, the full gateway is profiled (CPU time,
#     itimer) during each of its measured runs, and the summary shows what share of its CPU each part of it took
#     (bench/gateway-profile-parts.awk over the collapsed stacks, kept as profile-full-<delay>ms-a<attempt>.collapsed)
# The full gateway's per-caller rate limit is set to 1000000/s (burst 1000000) so that it never refuses the load.
# The jars are copied to a scratch directory first, so a rebuild during the run does not disturb it.
# Exit status: 0 when every run completed without errors (goals met or not), 1 when a run failed (non-2xx answers,
# socket errors, no requests, a token refused, or a part that did not start).
set -euo pipefail

if [[ "${BENCH_SMOKE:-}" == 1 ]]; then
	: "${DURATION:=2s}" "${DELAYS:=0}" "${WARMUP_GATEWAY:=3s}" "${WARMUP_MAX:=3s}" "${WARMUP_DIRECT:=1s}"
	: "${NOISY_RETRIES:=0}" "${QUIET_WAIT:=0}" "${QUIET_MAX:=100}" "${WRK_TIMEOUT:=10s}"
fi

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

DURATION="${DURATION:-30s}"
CONNECTIONS="${CONNECTIONS:-64}"
THREADS="${THREADS:-2}"
WRK_TIMEOUT="${WRK_TIMEOUT:-2s}"
DELAYS="${DELAYS:-20 50 0}"
TOKENS="${TOKENS:-16}"
WARMUP_GATEWAY="${WARMUP_GATEWAY:-30s}"
WARMUP_MAX="${WARMUP_MAX:-300s}"
WARMUP_JIT_MAX="${WARMUP_JIT_MAX:-10}"
WARMUP_DIRECT="${WARMUP_DIRECT:-5s}"
AUDIT="${AUDIT:-kafka}"
PIN="${PIN:-1}"
WRK_CPUS="${WRK_CPUS:-0}"
GATEWAY_CPUS="${GATEWAY_CPUS:-1}"
OTHER_CPUS="${OTHER_CPUS:-0}"
ISSUER_PORT="${ISSUER_PORT:-9100}"
BACKEND_PORT="${BACKEND_PORT:-9200}"
GATEWAY_PORT="${GATEWAY_PORT:-9300}"
BARE_PORT="${BARE_PORT:-$((GATEWAY_PORT + 1))}"
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
PATHS=(direct bare full)

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
ASYNC_PROFILER="${ASYNC_PROFILER:-}"
if [[ -n "$ASYNC_PROFILER" ]]; then
	[[ -f "$ASYNC_PROFILER" ]] || { echo "ASYNC_PROFILER=$ASYNC_PROFILER: no such file (libasyncProfiler.so)" >&2; exit 1; }
	command -v jcmd >/dev/null 2>&1 || { echo "ASYNC_PROFILER needs jcmd (the JDK's)" >&2; exit 1; }
fi
if [[ -n "${GATEWAY:-}" ]]; then
	echo "NOTE: GATEWAY=$GATEWAY is ignored: every run now measures direct, the bare and the full gateway" >&2
fi
if ! [[ "$TOKENS" =~ ^[1-9][0-9]*$ ]]; then
	echo "TOKENS must be a positive number" >&2
	exit 1
fi

# --- pinning -----------------------------------------------------------------------------------------------
# the command prefixes that pin wrk, the gateways and the rest (empty when not pinning)
WRK_PIN=() GATEWAY_PIN=() OTHER_PIN=()
if [[ "$PIN" == 0 ]]; then
	PINNING="off (PIN=0)"
elif ! command -v taskset >/dev/null 2>&1; then
	PINNING="off: taskset is missing (Debian/Ubuntu package util-linux)"
	echo "NOTE: not pinning: taskset is missing (util-linux); wrk and the gateways share every core" >&2
elif (($(nproc) < 2)); then
	PINNING="off: $(nproc) core"
	echo "NOTE: not pinning: this machine has one core" >&2
else
	for cpus in "$WRK_CPUS" "$GATEWAY_CPUS" "$OTHER_CPUS"; do
		if ! taskset -c "$cpus" true 2>/dev/null; then
			echo "cannot pin to CPUs \"$cpus\" (WRK_CPUS GATEWAY_CPUS OTHER_CPUS: taskset -c lists of this machine's CPUs)" >&2
			exit 1
		fi
	done
	WRK_PIN=(taskset -c "$WRK_CPUS")
	GATEWAY_PIN=(taskset -c "$GATEWAY_CPUS")
	OTHER_PIN=(taskset -c "$OTHER_CPUS")
	PINNING="wrk on CPU $WRK_CPUS, both gateways on CPU $GATEWAY_CPUS, backend, issuer and Kafka on CPU $OTHER_CPUS"
fi

STAMP="$(date +%Y%m%dT%H%M%S)"
OUT="$ROOT/bench/results/$STAMP"
SCRATCH=""

# name -> pid of every process this script started and still runs (issuer, kafka, full, bare, backend)
declare -A PIDS=()
cleanup() {
	local name
	# the full gateway first (it flushes its audit records to Kafka), the issuer and Kafka last
	for name in full bare backend kafka issuer; do
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
			echo "$name exited before it was ready; see its log in $OUT" >&2
			return 1
		fi
		sleep 0.25
	done
	echo "$name not ready after ${limit}s ($url); see its log in $OUT" >&2
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

PORTS=("$ISSUER_PORT" "$BACKEND_PORT" "$GATEWAY_PORT" "$BARE_PORT")
if [[ "$AUDIT" == kafka ]]; then PORTS+=("$KAFKA_PORT" "$KAFKA_CONTROLLER_PORT"); fi
for port in "${PORTS[@]}"; do
	if ! port_free "$port"; then
		echo "port $port is in use; free it or choose others (ISSUER_PORT BACKEND_PORT GATEWAY_PORT BARE_PORT KAFKA_PORT ...)" >&2
		exit 1
	fi
done

mkdir -p "$OUT"
SCRATCH="$(mktemp -d "${TMPDIR:-/tmp}/gateway-bench.XXXXXX")"

if [[ ! -f "$GATEWAY_JAR" || ! -f "$ISSUER_JAR" ]]; then
	echo "building the gateway and local-stack (dev issuer, Kafka jars) ..."
	# shellcheck disable=SC2086
	./mvnw -B -q install -N ${MVN_OFFLINE:-}
	# shellcheck disable=SC2086
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
	echo "load average: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo '?')"
	java -version 2>&1
	wrk --version 2>&1 | head -1 || true
	echo "gateway jar: $GATEWAY_JAR $(stat -c '%y' "$GATEWAY_JAR") sha256 $(sha256sum "$SCRATCH/gateway.jar" | cut -c1-16)"
	echo "git: $(git rev-parse --short HEAD 2>/dev/null || echo '?'), $(git status --porcelain 2>/dev/null | wc -l | tr -d ' ') changed files in the work tree"
	echo "DURATION=$DURATION CONNECTIONS=$CONNECTIONS THREADS=$THREADS WRK_TIMEOUT=$WRK_TIMEOUT DELAYS=\"$DELAYS\" TOKENS=$TOKENS AUDIT=$AUDIT"
	echo "WARMUP_GATEWAY=$WARMUP_GATEWAY WARMUP_MAX=$WARMUP_MAX WARMUP_JIT_MAX=$WARMUP_JIT_MAX WARMUP_DIRECT=$WARMUP_DIRECT QUIET_MAX=$QUIET_MAX NOISY_RETRIES=$NOISY_RETRIES"
	echo "pinning: $PINNING (PIN=$PIN WRK_CPUS=$WRK_CPUS GATEWAY_CPUS=$GATEWAY_CPUS OTHER_CPUS=$OTHER_CPUS)"
	echo "ports: issuer $ISSUER_PORT, backend $BACKEND_PORT, full gateway $GATEWAY_PORT, bare gateway $BARE_PORT, Kafka $KAFKA_PORT/$KAFKA_CONTROLLER_PORT"
	echo "GATEWAY_JVM_OPTS=$GATEWAY_JVM_OPTS"
	echo "BACKEND_JVM_OPTS=$BACKEND_JVM_OPTS"
	echo "KAFKA_JVM_OPTS=$KAFKA_JVM_OPTS"
	echo "full gateway env: GATEWAY_RATE_PER_SECOND=1000000 GATEWAY_RATE_BURST=1000000 GATEWAY_AUDIT_ENABLED=$([[ $AUDIT == kafka ]] && echo true || echo false)"
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
# meanwhile by each of our processes, wrk, and everything else ("other"), with the ticks behind each share
run_wrk() {
	local duration="$1" url="$2" file="$3" b0 t0 b1 t1 o0 o1 wrk_ticks
	read -r b0 t0 <<<"$(machine_ticks)"; o0="$(our_ticks)"
	# the subshell waits for wrk (taskset execs it), so its children's ticks (fields 16, 17 of its stat) are wrk's
	wrk_ticks="$(
		"${WRK_PIN[@]}" wrk -t"$THREADS" -c"$CONNECTIONS" -d"$duration" --timeout "$WRK_TIMEOUT" --latency -s "$SCRATCH/tokens.lua" "$url" \
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
seconds() { # 30s, 2m, 45 -> seconds
	awk -v d="$1" 'BEGIN { n = d + 0; if (d ~ /m$/) n *= 60; else if (d ~ /h$/) n *= 3600; print int(n) }'
}
# latency value from a wrk --latency line ("50%   20.53ms") in milliseconds
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
# cpu_per_request_us FILE NAME: CPU time of process NAME per request of the run in FILE, in microseconds
cpu_per_request_us() {
	awk -v n="$2" -v req="$(requests "$1")" -v hz="$(getconf CLK_TCK)" \
		'$1 == n && req > 0 { printf "%.0f", $3 / hz * 1e6 / req; found = 1 } END { if (!found) printf "-" }' "$1.cpu"
}
percent() { # percent A B -> 100 A / B with one decimal
	awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0 && a == a + 0) printf "%.1f", 100 * a / b; else printf "NaN" }'
}
difference() { # difference A B -> A - B, signed, two decimals
	awk -v a="$1" -v b="$2" 'BEGIN { printf "%+.2f", a - b }'
}

# --- the run -----------------------------------------------------------------------------------------------
echo "results: $OUT"
echo "pinning: $PINNING"
echo "starting the dev issuer on :$ISSUER_PORT"
"${OTHER_PIN[@]}" java -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xmx128m -jar "$SCRATCH/local-stack.jar" issuer \
	--port "$ISSUER_PORT" --host 127.0.0.1 --public-url "http://127.0.0.1:$ISSUER_PORT" \
	>"$OUT/issuer.log" 2>&1 &
PIDS[issuer]=$!
mkdir -p "$SCRATCH/lib"
if [[ "$AUDIT" == kafka ]]; then
	echo "starting a throw-away Kafka broker on :$KAFKA_PORT for the full gateway's audit records"
	unzip -q -j -o "$SCRATCH/local-stack.jar" 'BOOT-INF/lib/*' -d "$SCRATCH/lib"
	# local-stack's own classes (its KafkaBroker) as a jar beside its libraries
	unzip -q -o "$SCRATCH/local-stack.jar" 'BOOT-INF/classes/*' -d "$SCRATCH/classes"
	(cd "$SCRATCH/classes/BOOT-INF/classes" && jar cf "$SCRATCH/lib/local-stack-classes.jar" .)
	# shellcheck disable=SC2086
	"${OTHER_PIN[@]}" java $KAFKA_JVM_OPTS -cp "$SCRATCH/lib/*" bench/BenchKafka.java "$KAFKA_PORT" "$KAFKA_CONTROLLER_PORT" \
		"$SCRATCH/kafka-data" >"$OUT/kafka.log" 2>&1 &
	PIDS[kafka]=$!
fi
wait_for "http://127.0.0.1:$ISSUER_PORT/.well-known/openid-configuration" issuer 60
if [[ "$AUDIT" == kafka ]]; then
	wait_for_line "$OUT/kafka.log" "^ready" kafka 120
fi

# token N: a HOUSING token for caller bench-caller-N (the issuer also gives every token its own jti and issue time)
token() {
	curl -fsS --max-time 5 -d role=HOUSING -d "sub=bench-caller-$1" "http://127.0.0.1:$ISSUER_PORT/token" \
		| sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p'
}
TOKEN_LIST=()
for ((i = 1; i <= TOKENS; i++)); do
	t="$(token "$i" || true)"
	TOKEN_LIST+=("$t")
	if [[ -z "$t" ]]; then
		echo "no token from the issuer; see $OUT/issuer.log" >&2
		exit 1
	fi
done
if (($(printf '%s\n' "${TOKEN_LIST[@]}" | sort -u | wc -l) != TOKENS)); then
	echo "the issuer gave the same token twice; the run would not measure $TOKENS tokens" >&2
	exit 1
fi
# wrk sends the tokens in turn, each thread from its own copy of the list (requests formatted once, at start)
{
	echo "-- generated by bench/gateway-overhead.sh: $TOKENS HOUSING tokens of the dev issuer, sent one after the other"
	echo "local tokens = {"
	printf '  "%s",\n' "${TOKEN_LIST[@]}"
	echo "}"
	cat <<'LUA'
local requests = {}
local n = 0

function init(args)
  for i, token in ipairs(tokens) do
    requests[i] = wrk.format(nil, nil, { ["Authorization"] = "Bearer " .. token })
  end
end

function request()
  n = n % #requests + 1
  return requests[n]
end
LUA
} >"$SCRATCH/tokens.lua"
echo "$TOKENS tokens (callers bench-caller-1 ... bench-caller-$TOKENS), sent in turn by wrk (-s tokens.lua)"

# c2_ticks NAME: CPU ticks of the C2 compiler threads of gateway NAME: while they are busy it is not yet at full speed
c2_ticks() {
	local task sum=0 t
	for task in /proc/"${PIDS[$1]}"/task/*; do
		t="$(awk '/\(C2 Compiler/ { sub(/^.*\) /, ""); print $12 + $13 }' "$task/stat" 2>/dev/null || true)"
		sum=$((sum + ${t:-0}))
	done
	echo "$sum"
}

# warm_up_gateway NAME DELAY: load through gateway NAME (full, bare) for at least WARMUP_GATEWAY, then in 10 s steps
# until its C2 compiler used less than WARMUP_JIT_MAX % of a core during the last step (or WARMUP_MAX s in all)
warm_up_gateway() {
	local name="$1" min max elapsed span c0 c1 jit hz file="$OUT/warmup-$1-${2}ms.txt"
	min="$(seconds "$WARMUP_GATEWAY")" max="$(seconds "$WARMUP_MAX")" hz="$(getconf CLK_TCK)"
	echo "warm-up: $name gateway for at least ${min}s, then until its JIT compiler is nearly idle (at most ${max}s)"
	: >"$file"
	span=$min elapsed=0
	while :; do
		c0="$(c2_ticks "$name")"
		run_wrk "${span}s" "${URL[$name]}" "$file.part"
		cat "$file.part" >>"$file"
		c1="$(c2_ticks "$name")"
		elapsed=$((elapsed + span))
		jit=$(((c1 - c0) * 100 / (hz * span)))
		echo "  $name ${2} ms ${elapsed}s: $(rps "$file.part") req/s, $(wrk_errors "$file.part") errors, C2 compiler ${jit}% of a core" \
			| tee -a "$OUT/warmup.log"
		((jit < WARMUP_JIT_MAX)) && break
		if ((elapsed >= max)); then
			echo "  WARNING: the $name gateway's JIT compiler is still busy after ${elapsed}s of warm-up; measuring anyway" \
				| tee -a "$OUT/warmup.log" >&2
			break
		fi
		span=10
	done
	rm -f "$file.part" "$file.part.cpu"
}

# profile start | profile stop FILE: CPU profile of the full gateway (async-profiler attached with jcmd), collapsed
# stacks in FILE; nothing without ASYNC_PROFILER
profile() {
	[[ -n "$ASYNC_PROFILER" ]] || return 0
	local options="start,event=itimer,interval=1ms,threads"
	[[ "$1" == stop ]] && options="stop,collapsed,threads,file=$2"
	# the options quoted once more: jcmd would read key=value pairs of its own otherwise
	jcmd "${PIDS[full]}" JVMTI.agent_load "$ASYNC_PROFILER" "\"$options\"" >>"$OUT/profiler.log" 2>&1 \
		|| echo "WARNING: async-profiler: $options failed (see $OUT/profiler.log)" >&2
}

# check URL TOKEN: the path answers 200 with the community (five tries: the gateways may first meet connections to
# the last backend); prints what it answered otherwise
check() {
	local code
	for _ in 1 2 3 4 5; do
		code="$(curl -sS -o "$OUT/check.json" -w '%{http_code}' --max-time 10 -H "Authorization: Bearer $2" "$1" || true)"
		[[ "$code" == 200 ]] && grep -q "$COMMUNITY_ID" "$OUT/check.json" && return 0
		sleep 1
	done
	echo "sanity check failed: $1 answered $code: $(cat "$OUT/check.json" 2>/dev/null)" >&2
	return 1
}

# gateway_command NAME: the suite's gateway (full), or Spring Cloud Gateway alone with the gateway's libraries and
# configuration (bare)
gateway_command() {
	if [[ "$1" == full ]]; then
		# shellcheck disable=SC2086
		exec "${GATEWAY_PIN[@]}" java $GATEWAY_JVM_OPTS -jar "$SCRATCH/gateway.jar"
	fi
	# shellcheck disable=SC2086
	exec "${GATEWAY_PIN[@]}" java $GATEWAY_JVM_OPTS -cp "$SCRATCH/gateway-lib/*" bench/BareGateway.java \
		--spring.config.location="$SCRATCH/gateway-classes/application.yml"
}
mkdir -p "$SCRATCH/gateway-lib" "$SCRATCH/gateway-classes"
unzip -q -j -o "$SCRATCH/gateway.jar" 'BOOT-INF/lib/*' -d "$SCRATCH/gateway-lib"
unzip -q -j -o "$SCRATCH/gateway.jar" 'BOOT-INF/classes/application.yml' -d "$SCRATCH/gateway-classes"

# start_gateway NAME PORT
start_gateway() {
	local audit=false
	[[ "$1" == full && "$AUDIT" == kafka ]] && audit=true
	SERVER_PORT="$2" \
		JWT_ISSUER_URI="http://127.0.0.1:$ISSUER_PORT" \
		JWT_AUDIENCE=renovation-suite \
		HOUSING_URL="http://127.0.0.1:$BACKEND_PORT" \
		GATEWAY_RATE_PER_SECOND=1000000 \
		GATEWAY_RATE_BURST=1000000 \
		GATEWAY_AUDIT_ENABLED="$audit" \
		KAFKA_BOOTSTRAP_SERVERS="127.0.0.1:$KAFKA_PORT" \
		gateway_command "$1" >"$OUT/gateway-$1.log" 2>&1 &
	PIDS[$1]=$!
}
echo "starting the full gateway on :$GATEWAY_PORT and bare Spring Cloud Gateway on :$BARE_PORT" \
	"(one of each for every delay: they keep their JIT-compiled code)"
start_gateway full "$GATEWAY_PORT"
start_gateway bare "$BARE_PORT"
wait_for "http://127.0.0.1:$GATEWAY_PORT/actuator/health/readiness" full 240
wait_for "http://127.0.0.1:$BARE_PORT/actuator/health/readiness" bare 240

declare -A URL=(
	[direct]="http://127.0.0.1:$BACKEND_PORT$API_PATH"
	[bare]="http://127.0.0.1:$BARE_PORT$API_PATH"
	[full]="http://127.0.0.1:$GATEWAY_PORT$API_PATH"
)

FAILED=0
ROWS=()
CPU_ROWS=()

# goal NAME EXPRESSION: "met (NAME)" or "MISSED (NAME)" by an awk EXPRESSION over fb fd (full/bare, full/direct in %)
# and pb pd (p99 of full minus bare, minus direct, in ms)
goal() {
	if awk -v fb="$fb" -v fd="$fd" -v pb="$pb" -v pd="$pd" "BEGIN { exit !($2) }"; then
		echo "met ($1)"
	else
		echo "MISSED ($1)"
	fi
}

for delay in $DELAYS; do
	echo
	echo "=== backend delay ${delay} ms ==="
	wait_quiet
	# shellcheck disable=SC2086
	"${OTHER_PIN[@]}" java $BACKEND_JVM_OPTS bench/DelayBackend.java "$BACKEND_PORT" "$delay" >"$OUT/backend-${delay}ms.log" 2>&1 &
	PIDS[backend]=$!
	if ! wait_for "http://127.0.0.1:$BACKEND_PORT/ping" backend 60; then
		FAILED=1
		ROWS+=("| $delay ms | | | | | | | | | | | | FAILED RUN (the backend did not start) |")
		stop backend
		continue
	fi

	# every path answers 200 with the community, and the full gateway accepts every token
	check_failed=0
	for path in "${PATHS[@]}"; do
		check "${URL[$path]}" "${TOKEN_LIST[0]}" || check_failed=1
	done
	for token in "${TOKEN_LIST[@]:1}"; do
		check "${URL[full]}" "$token" || check_failed=1
	done
	if [[ $check_failed != 0 ]]; then
		FAILED=1
		ROWS+=("| $delay ms | | | | | | | | | | | | FAILED RUN (sanity check: not 200) |")
		stop backend
		continue
	fi

	warm_up_gateway full "$delay"
	warm_up_gateway bare "$delay"
	echo "warm-up: direct $WARMUP_DIRECT"
	run_wrk "$WARMUP_DIRECT" "${URL[direct]}" "$OUT/warmup-direct-${delay}ms.txt"

	best="" best_noise=1000
	for ((attempt = 1; attempt <= 1 + NOISY_RETRIES; attempt++)); do
		((attempt == 1)) || wait_quiet
		noise=0
		for path in "${PATHS[@]}"; do
			f="$OUT/$path-${delay}ms-a$attempt.txt"
			printf '[%s] %-7s %swrk -t%s -c%s -d%s --timeout %s --latency -s tokens.lua %s\n' "$attempt" "$path:" \
				"${WRK_PIN[*]+"${WRK_PIN[*]} "}" "$THREADS" "$CONNECTIONS" "$DURATION" "$WRK_TIMEOUT" "${URL[$path]}"
			[[ "$path" == full ]] && profile start
			run_wrk "$DURATION" "${URL[$path]}" "$f"
			[[ "$path" == full ]] && profile stop "$OUT/profile-full-${delay}ms-a$attempt.collapsed"
			noise="$(awk -v a="$noise" -v b="$(cpu_share "$f" other)" 'BEGIN { b = int(b + 0.5); print (a > b ? a : b) }')"
		done
		echo "[$attempt] $(rps "$OUT/direct-${delay}ms-a$attempt.txt") req/s direct," \
			"$(rps "$OUT/bare-${delay}ms-a$attempt.txt") bare, $(rps "$OUT/full-${delay}ms-a$attempt.txt") full;" \
			"other processes used up to ${noise}% of the machine"
		if ((noise < best_noise)); then
			best="$attempt" best_noise="$noise"
		fi
		((noise < QUIET_MAX)) && break
		((attempt <= NOISY_RETRIES)) && echo "[$attempt] NOISY (other processes >= ${QUIET_MAX}%): measuring again"
	done
	declare -A F=() RPS=() P50=() P99=()
	errors=""
	for path in "${PATHS[@]}"; do
		F[$path]="$OUT/$path-${delay}ms.txt"
		cp "$OUT/$path-${delay}ms-a$best.txt" "${F[$path]}"
		cp "$OUT/$path-${delay}ms-a$best.txt.cpu" "${F[$path]}.cpu"
		RPS[$path]="$(rps "${F[$path]}")"
		P50[$path]="$(latency_ms 50% "${F[$path]}")"
		P99[$path]="$(latency_ms 99% "${F[$path]}")"
		if [[ "$(wrk_errors "${F[$path]}")" != 0 || "$(requests "${F[$path]}")" == 0 ]]; then
			errors+=" $path: $(wrk_errors "${F[$path]}") errors, $(requests "${F[$path]}") requests;"
		fi
	done
	floor="$(percent "${RPS[bare]}" "${RPS[direct]}")"
	fb="$(percent "${RPS[full]}" "${RPS[bare]}")"
	fd="$(percent "${RPS[full]}" "${RPS[direct]}")"
	pb="$(difference "${P99[full]}" "${P99[bare]}")"
	pd="$(difference "${P99[full]}" "${P99[direct]}")"

	if [[ -n "$errors" ]]; then
		errors="${errors# }"
		verdict="FAILED RUN (${errors%;})"
		FAILED=1
	elif [[ "$delay" == 20 ]]; then
		verdict="$(goal "full ≥ 98 % of bare, p99 ≤ bare + 1 ms" 'fb >= 98 && pb <= 1'); $(goal "full ≥ 95 % of direct, p99 ≤ direct + 3 ms" 'fd >= 95 && pd <= 3')"
	elif [[ "$delay" == 50 ]]; then
		verdict="$(goal "full ≥ 95 % of direct" 'fd >= 95')"
	elif [[ "$delay" == 0 ]]; then
		verdict="$(goal "full ≥ 97 % of bare" 'fb >= 97'); $(goal "full ≥ 30 % of direct" 'fd >= 30')"
	else
		verdict="no goal at this delay"
	fi
	((best_noise < QUIET_MAX)) || verdict="NOISY (other processes ${best_noise}%): $verdict"
	ROWS+=("$(printf '| %s ms | %s | %s | %s | %s / %s | %s / %s | %s / %s | %s %% | %s %% | %s %% | %s | %s | %s |' \
		"$delay" "${RPS[direct]}" "${RPS[bare]}" "${RPS[full]}" \
		"${P50[direct]}" "${P99[direct]}" "${P50[bare]}" "${P99[bare]}" "${P50[full]}" "${P99[full]}" \
		"$floor" "$fb" "$fd" "$pb" "$pd" "$verdict")")
	for path in "${PATHS[@]}"; do
		per_call="-"
		[[ "$path" == direct ]] || per_call="$(cpu_per_request_us "${F[$path]}" "$path")"
		CPU_ROWS+=("$(printf '| %s ms | %s | %s | %s | %s | %s | %s | %s | %s |' "$delay" "$path" \
			"$(cpu_share "${F[$path]}" backend)" "$(cpu_share "${F[$path]}" bare)" "$(cpu_share "${F[$path]}" full)" \
			"$(cpu_share "${F[$path]}" kafka)" "$(cpu_share "${F[$path]}" wrk)" "$(cpu_share "${F[$path]}" other)" \
			"$per_call")")
	done
	echo "${ROWS[-1]}"
	unset F RPS P50 P99

	stop backend
done
# every call through the full gateway (warm-up, checks and measured runs) should be in audit.records
stop full
stop bare
if [[ "$AUDIT" == kafka ]]; then
	# shellcheck disable=SC2086
	"${OTHER_PIN[@]}" java -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -cp "$SCRATCH/lib/*" bench/BenchKafka.java count \
		"127.0.0.1:$KAFKA_PORT" audit.records >"$OUT/audit-count.log" 2>&1 || true
	stop kafka
	sent="$(cat "$OUT"/warmup-full-*ms.txt "$OUT"/full-*ms-a*.txt 2>/dev/null | awk '/ requests in / { n += $1 } END { print n + 0 }')"
	audited="$(sed -n 's/^audit.records: \(-\{0,1\}[0-9]*\) records$/\1/p' "$OUT/audit-count.log")"
	{
		echo "audit: ${audited:-?} records in audit.records for ${sent} calls counted by wrk through the full gateway (plus the sanity checks)"
		if [[ -z "$audited" ]] || ((audited < sent)); then
			echo "WARNING: fewer audit records than calls: records were lost (see $OUT/audit-count.log and gateway-full.log)"
		fi
	} >"$OUT/audit-count.txt"
fi
if grep -qE "audit (record .* not sent|queue full)" "$OUT/gateway-full.log"; then
	echo "NOTE: the full gateway reports audit records not sent or dropped:" >&2
	grep -E "audit (record .* not sent|queue full)" "$OUT/gateway-full.log" | head -3 >&2
fi

{
	echo "Gateway overhead: direct, bare Spring Cloud Gateway and the full gateway, wrk -t$THREADS -c$CONNECTIONS -d$DURATION," \
		"$TOKENS tokens in turn, audit $AUDIT, $(nproc) cores, $(date -Is)"
	echo "Pinning: $PINNING"
	echo
	echo "| backend delay | direct req/s | bare req/s | full req/s | direct p50 / p99 (ms) | bare p50 / p99 (ms) | full p50 / p99 (ms) | bare / direct (floor) | full / bare | full / direct | p99 full − bare (ms) | p99 full − direct (ms) | verdict |"
	echo "|---|---|---|---|---|---|---|---|---|---|---|---|---|"
	for row in "${ROWS[@]+"${ROWS[@]}"}"; do echo "$row"; done
	echo
	echo "CPU during the measured runs, % of the whole machine ($(nproc) cores = 100 %), one line per path run:"
	echo
	echo "| backend delay | path | backend | bare gateway | full gateway | kafka | wrk | other processes | gateway CPU per request (µs) |"
	echo "|---|---|---|---|---|---|---|---|---|"
	for row in "${CPU_ROWS[@]+"${CPU_ROWS[@]}"}"; do echo "$row"; done
	if [[ -f "$OUT/audit-count.txt" ]]; then
		echo
		cat "$OUT/audit-count.txt"
	fi
	for profile in "$OUT"/profile-full-*ms-a*.collapsed; do
		[[ -f "$profile" ]] || continue
		echo
		echo "Where the full gateway's CPU went, $(basename "$profile" .collapsed) (async-profiler, itimer; the leaf-most frame that names a part decides):"
		echo
		awk -f bench/gateway-profile-parts.awk "$profile"
	done
} | tee "$OUT/summary.md"

echo
echo "raw wrk outputs, CPU breakdowns (*.cpu) and logs: $OUT"
if [[ $FAILED != 0 ]]; then
	echo "at least one run FAILED (errors, a refused token or a part that did not start); its figures are not valid" >&2
	exit 1
fi
