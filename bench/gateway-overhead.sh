#!/usr/bin/env bash
# Gateway overhead benchmark: the same wrk load against a stand-in backend called directly and through the
# gateway (JWT verification + per-caller rate limit + duty policy + proxying), in the same run, at each
# backend delay. Prints throughput ratio and p50/p99 and the goal verdicts; raw wrk outputs and logs go to
# bench/results/<timestamp>/. See docs/benchmarks.md.
#
#   bench/gateway-overhead.sh
#   DURATION=60s CONNECTIONS=128 DELAYS="20 0" bench/gateway-overhead.sh
#
# Environment (defaults): DURATION (30s) CONNECTIONS (64) THREADS (2) DELAYS ("20 0")
#   WARMUP_GATEWAY (15s) WARMUP_DIRECT (5s) ISSUER_PORT (9100) BACKEND_PORT (9200) GATEWAY_PORT (9300)
#   GATEWAY_JVM_OPTS ("-XX:+UseSerialGC -Xmx256m -XX:+ExitOnOutOfMemoryError"; full C2, no TieredStopAtLevel)
#   BACKEND_JVM_OPTS ("-XX:+UseSerialGC -Xmx256m")
#   QUIET_WAIT (300): seconds to wait, before each delay, for CPU used by processes this script did not
#     start to fall below QUIET_MAX (10, % of the whole machine); the run then goes ahead regardless
#   QUIET_MAX (10): above this share of the machine used by other processes during a measured wrk run,
#     the row is marked NOISY (figures kept, but not comparable)
# Exit status: 0 when every run completed without errors (goals met or not), 1 when a run failed
# (non-2xx answers, socket errors, or a part that did not start).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

DURATION="${DURATION:-30s}"
CONNECTIONS="${CONNECTIONS:-64}"
THREADS="${THREADS:-2}"
DELAYS="${DELAYS:-20 0}"
WARMUP_GATEWAY="${WARMUP_GATEWAY:-15s}"
WARMUP_DIRECT="${WARMUP_DIRECT:-5s}"
ISSUER_PORT="${ISSUER_PORT:-9100}"
BACKEND_PORT="${BACKEND_PORT:-9200}"
GATEWAY_PORT="${GATEWAY_PORT:-9300}"
GATEWAY_JVM_OPTS="${GATEWAY_JVM_OPTS:--XX:+UseSerialGC -Xmx256m -XX:+ExitOnOutOfMemoryError}"
BACKEND_JVM_OPTS="${BACKEND_JVM_OPTS:--XX:+UseSerialGC -Xmx256m}"
COMMUNITY_ID="6f1c2a9e-3b7d-4c58-9e21-5a0d4b7c8e13"
API_PATH="/api/housing/communities/$COMMUNITY_ID"

QUIET_WAIT="${QUIET_WAIT:-300}"
QUIET_MAX="${QUIET_MAX:-10}"

GATEWAY_JAR="gateway/target/gateway-0.1.0-SNAPSHOT.jar"
ISSUER_JAR="local-stack/target/local-stack-0.1.0-SNAPSHOT-exec.jar"

if ! command -v wrk >/dev/null 2>&1; then
	echo "wrk is not installed. Install it with:  sudo apt-get install -y wrk   (Debian/Ubuntu)" >&2
	echo "or build it from https://github.com/wg/wrk" >&2
	exit 1
fi
for tool in curl java; do
	command -v "$tool" >/dev/null 2>&1 || { echo "$tool is required" >&2; exit 1; }
done

STAMP="$(date +%Y%m%dT%H%M%S)"
OUT="$ROOT/bench/results/$STAMP"
mkdir -p "$OUT"

PIDS=()
cleanup() {
	local pid
	for pid in "${PIDS[@]}"; do
		kill "$pid" 2>/dev/null || true
	done
	for pid in "${PIDS[@]}"; do
		wait "$pid" 2>/dev/null || true
	done
	PIDS=()
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# stop one process this script started and forget it
stop() {
	local pid="$1" kept=() p
	kill "$pid" 2>/dev/null || true
	wait "$pid" 2>/dev/null || true
	for p in "${PIDS[@]}"; do [[ "$p" == "$pid" ]] || kept+=("$p"); done
	PIDS=("${kept[@]+"${kept[@]}"}")
}

port_free() {
	! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

# wait_for URL PID NAME [SECONDS]: until URL answers 2xx, failing early when the process died
wait_for() {
	local url="$1" pid="$2" name="$3" limit="${4:-90}" i
	for ((i = 0; i < limit * 4; i++)); do
		if curl -fsS -o /dev/null --max-time 2 "$url" 2>/dev/null; then
			return 0
		fi
		if ! kill -0 "$pid" 2>/dev/null; then
			echo "$name exited before it was ready; see its log in $OUT" >&2
			return 1
		fi
		sleep 0.25
	done
	echo "$name not ready after ${limit}s ($url); see its log in $OUT" >&2
	return 1
}

for port in "$ISSUER_PORT" "$BACKEND_PORT" "$GATEWAY_PORT"; do
	if ! port_free "$port"; then
		echo "port $port is in use; free it or set ISSUER_PORT / BACKEND_PORT / GATEWAY_PORT" >&2
		exit 1
	fi
done

if [[ ! -f "$GATEWAY_JAR" ]]; then
	echo "building the gateway ..."
	./mvnw -B -q -o package -DskipTests -pl gateway -am
fi
if [[ ! -f "$ISSUER_JAR" ]]; then
	echo "building local-stack (dev issuer) ..."
	./mvnw -B -q -o package -DskipTests -pl local-stack -am
fi

{
	echo "date: $(date -Is)"
	echo "host: $(uname -srm), nproc $(nproc)"
	grep -m1 'model name' /proc/cpuinfo 2>/dev/null || true
	java -version 2>&1
	wrk --version 2>&1 | head -1 || true
	echo "gateway jar: $GATEWAY_JAR $(stat -c '%y %s bytes' "$GATEWAY_JAR")"
	echo "git: $(git rev-parse --short HEAD 2>/dev/null || echo '?') $(git status --porcelain 2>/dev/null | wc -l | tr -d ' ') changed files"
	echo "DURATION=$DURATION CONNECTIONS=$CONNECTIONS THREADS=$THREADS DELAYS=\"$DELAYS\""
	echo "WARMUP_GATEWAY=$WARMUP_GATEWAY WARMUP_DIRECT=$WARMUP_DIRECT"
	echo "GATEWAY_JVM_OPTS=$GATEWAY_JVM_OPTS"
	echo "BACKEND_JVM_OPTS=$BACKEND_JVM_OPTS"
} >"$OUT/environment.txt" 2>&1

echo "results: $OUT"
echo "starting the dev issuer on :$ISSUER_PORT"
java -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xmx128m -jar "$ISSUER_JAR" issuer \
	--port "$ISSUER_PORT" --host 127.0.0.1 --public-url "http://127.0.0.1:$ISSUER_PORT" \
	>"$OUT/issuer.log" 2>&1 &
ISSUER_PID=$!
PIDS+=("$ISSUER_PID")
wait_for "http://127.0.0.1:$ISSUER_PORT/.well-known/openid-configuration" "$ISSUER_PID" issuer 60

token() {
	curl -fsS --max-time 5 -d role=HOUSING "http://127.0.0.1:$ISSUER_PORT/token" \
		| sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p'
}

# latency value from a wrk --latency line ("50%   20.53ms") in milliseconds
latency_ms() {
	local pct="$1" file="$2"
	awk -v pct="$pct" '
		$1 == pct && $2 ~ /^[0-9.]+(us|ms|s|m)$/ {
			v = $2; unit = v; sub(/^[0-9.]+/, "", unit); sub(/[a-z]+$/, "", v)
			f = (unit == "us") ? 0.001 : (unit == "ms") ? 1 : (unit == "s") ? 1000 : 60000
			printf "%.2f", v * f; found = 1; exit
		}
		END { if (!found) printf "NaN" }' "$file"
}
rps() {
	awk '/^Requests\/sec:/ { printf "%.1f", $2; found = 1 } END { if (!found) printf "NaN" }' "$1"
}
# non-2xx answers plus socket errors reported by wrk
wrk_errors() {
	awk '
		/Non-2xx or 3xx responses:/ { n += $NF }
		/Socket errors:/ { gsub(/,/, ""); n += $4 + $6 + $8 + $10 }
		END { print n + 0 }' "$1"
}

# CPU accounting, in clock ticks: "busy total" of the whole machine from /proc/stat (busy = user, nice,
# system and steal; interrupt time, mostly loopback networking, is left out as no process is charged for it)
machine_ticks() {
	awk '$1 == "cpu" { busy = $2 + $3 + $4 + $9; print busy, busy + $5 + $6 + $7 + $8; exit }' /proc/stat
}
# user + system ticks of the processes this script started and still runs
our_ticks() {
	local pid sum=0 t
	for pid in "${PIDS[@]}"; do
		t="$(awk '{ print $14 + $15 }' "/proc/$pid/stat" 2>/dev/null || echo 0)"
		sum=$((sum + t))
	done
	echo "$sum"
}
# share of the whole machine (%) used by other processes between two samples
foreign_share() {
	local b0="$1" t0="$2" o0="$3" b1="$4" t1="$5" o1="$6" extra="${7:-0}"
	awk -v b=$((b1 - b0)) -v t=$((t1 - t0)) -v o=$((o1 - o0 + extra)) \
		'BEGIN { f = (t > 0) ? 100 * (b - o) / t : 0; if (f < 0) f = 0; printf "%.0f", f }'
}

# waits (up to QUIET_WAIT s) until other processes use less than QUIET_MAX % of the machine
wait_quiet() {
	local waited=0 b0 t0 o0 b1 t1 o1 share
	while :; do
		read -r b0 t0 <<<"$(machine_ticks)"; o0="$(our_ticks)"
		sleep 3
		read -r b1 t1 <<<"$(machine_ticks)"; o1="$(our_ticks)"
		share="$(foreign_share "$b0" "$t0" "$o0" "$b1" "$t1" "$o1")"
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

# run_wrk DURATION URL FILE: raw output in FILE; the share of the machine (%) that processes other than
# wrk, backend, gateway and issuer used meanwhile in FILE.other-cpu
run_wrk() {
	local duration="$1" url="$2" file="$3" b0 t0 o0 b1 t1 o1 wrk_ticks
	read -r b0 t0 <<<"$(machine_ticks)"; o0="$(our_ticks)"
	# the subshell waits for wrk, so its children's ticks (fields 16, 17) are wrk's
	wrk_ticks="$(
		wrk -t"$THREADS" -c"$CONNECTIONS" -d"$duration" --latency -H "Authorization: Bearer $TOKEN" "$url" \
			>"$file" 2>&1 || echo "wrk exited with status $?" >>"$file"
		awk '{ print $16 + $17 }' "/proc/$BASHPID/stat"
	)"
	read -r b1 t1 <<<"$(machine_ticks)"; o1="$(our_ticks)"
	foreign_share "$b0" "$t0" "$o0" "$b1" "$t1" "$o1" "$wrk_ticks" >"$file.other-cpu"
}

FAILED=0
ROWS=()

for delay in $DELAYS; do
	echo
	echo "=== backend delay ${delay} ms ==="
	wait_quiet
	# shellcheck disable=SC2086
	java $BACKEND_JVM_OPTS bench/DelayBackend.java "$BACKEND_PORT" "$delay" >"$OUT/backend-${delay}ms.log" 2>&1 &
	BACKEND_PID=$!
	PIDS+=("$BACKEND_PID")
	# shellcheck disable=SC2086
	SERVER_PORT="$GATEWAY_PORT" \
		JWT_ISSUER_URI="http://127.0.0.1:$ISSUER_PORT" \
		JWT_AUDIENCE=renovation-suite \
		HOUSING_URL="http://127.0.0.1:$BACKEND_PORT" \
		GATEWAY_RATE_PER_SECOND=1000000 \
		GATEWAY_RATE_BURST=1000000 \
		java $GATEWAY_JVM_OPTS -jar "$GATEWAY_JAR" >"$OUT/gateway-${delay}ms.log" 2>&1 &
	GATEWAY_PID=$!
	PIDS+=("$GATEWAY_PID")
	wait_for "http://127.0.0.1:$BACKEND_PORT/ping" "$BACKEND_PID" backend 60 || { FAILED=1; break; }
	wait_for "http://127.0.0.1:$GATEWAY_PORT/actuator/health/readiness" "$GATEWAY_PID" gateway 120 || { FAILED=1; break; }

	TOKEN="$(token)"
	if [[ -z "$TOKEN" ]]; then
		echo "no token from the issuer" >&2
		FAILED=1
		break
	fi
	DIRECT_URL="http://127.0.0.1:$BACKEND_PORT$API_PATH"
	GATEWAY_URL="http://127.0.0.1:$GATEWAY_PORT$API_PATH"
	check_failed=0
	for url in "$DIRECT_URL" "$GATEWAY_URL"; do
		code="$(curl -sS -o "$OUT/check-${delay}ms.json" -w '%{http_code}' --max-time 10 \
			-H "Authorization: Bearer $TOKEN" "$url" || true)"
		if [[ "$code" != 200 ]]; then
			echo "sanity check failed: $url answered $code: $(cat "$OUT/check-${delay}ms.json" 2>/dev/null)" >&2
			check_failed=1
		fi
	done
	if [[ $check_failed != 0 ]]; then
		FAILED=1
		ROWS+=("| $delay ms | | | | | | | | FAILED RUN (sanity check: not 200) |")
		stop "$GATEWAY_PID"
		stop "$BACKEND_PID"
		continue
	fi

	echo "warm-up: gateway $WARMUP_GATEWAY, direct $WARMUP_DIRECT"
	run_wrk "$WARMUP_GATEWAY" "$GATEWAY_URL" "$OUT/warmup-gateway-${delay}ms.txt"
	run_wrk "$WARMUP_DIRECT" "$DIRECT_URL" "$OUT/warmup-direct-${delay}ms.txt"
	echo "direct:  wrk -t$THREADS -c$CONNECTIONS -d$DURATION --latency $DIRECT_URL"
	run_wrk "$DURATION" "$DIRECT_URL" "$OUT/direct-${delay}ms.txt"
	echo "gateway: wrk -t$THREADS -c$CONNECTIONS -d$DURATION --latency $GATEWAY_URL"
	run_wrk "$DURATION" "$GATEWAY_URL" "$OUT/gateway-${delay}ms.txt"

	d_rps="$(rps "$OUT/direct-${delay}ms.txt")"
	g_rps="$(rps "$OUT/gateway-${delay}ms.txt")"
	d50="$(latency_ms 50% "$OUT/direct-${delay}ms.txt")"
	d99="$(latency_ms 99% "$OUT/direct-${delay}ms.txt")"
	g50="$(latency_ms 50% "$OUT/gateway-${delay}ms.txt")"
	g99="$(latency_ms 99% "$OUT/gateway-${delay}ms.txt")"
	d_err="$(wrk_errors "$OUT/direct-${delay}ms.txt")"
	g_err="$(wrk_errors "$OUT/gateway-${delay}ms.txt")"
	ratio="$(awk -v g="$g_rps" -v d="$d_rps" 'BEGIN { if (d > 0) printf "%.1f", 100 * g / d; else print "NaN" }')"
	p99diff="$(awk -v g="$g99" -v d="$d99" 'BEGIN { printf "%+.2f", g - d }')"
	d_other="$(cat "$OUT/direct-${delay}ms.txt.other-cpu")"
	g_other="$(cat "$OUT/gateway-${delay}ms.txt.other-cpu")"

	if [[ "$d_err" != 0 || "$g_err" != 0 || "$d_rps" == NaN || "$g_rps" == NaN ]]; then
		verdict="FAILED RUN (errors: direct $d_err, gateway $g_err)"
		FAILED=1
	elif [[ "$delay" == 20 ]]; then
		if awk -v r="$ratio" -v p="$p99diff" 'BEGIN { exit !(r >= 90 && p <= 5) }'; then
			verdict="goal met (>= 90% and p99 <= direct + 5 ms)"
		else
			verdict="goal MISSED (>= 90% and p99 <= direct + 5 ms)"
		fi
	elif [[ "$delay" == 0 ]]; then
		if awk -v r="$ratio" 'BEGIN { exit !(r >= 40) }'; then
			verdict="goal met (>= 40%)"
		else
			verdict="goal MISSED (>= 40%)"
		fi
	else
		verdict="no goal at this delay"
	fi
	if ((d_other >= QUIET_MAX || g_other >= QUIET_MAX)); then
		verdict="NOISY: $verdict"
	fi
	ROWS+=("$(printf '| %s ms | %s | %s | %s %% | %s / %s | %s / %s | %s | %s%% / %s%% | %s |' \
		"$delay" "$d_rps" "$g_rps" "$ratio" "$d50" "$d99" "$g50" "$g99" "$p99diff" "$d_other" "$g_other" "$verdict")")
	echo "${ROWS[-1]}"

	stop "$GATEWAY_PID"
	stop "$BACKEND_PID"
done

{
	echo "Gateway overhead, wrk -t$THREADS -c$CONNECTIONS -d$DURATION, $(nproc) cores, $(date -Is)"
	echo "(other processes' CPU: share of the whole machine used during the measured run by processes this"
	echo " script did not start; NOISY when >= ${QUIET_MAX}%)"
	echo
	echo "| backend delay | direct req/s | gateway req/s | gateway/direct | direct p50 / p99 (ms) | gateway p50 / p99 (ms) | p99 difference (ms) | other processes' CPU direct / gateway | verdict |"
	echo "|---|---|---|---|---|---|---|---|---|"
	for row in "${ROWS[@]+"${ROWS[@]}"}"; do echo "$row"; done
} | tee "$OUT/summary.md"

echo
echo "raw wrk outputs and logs: $OUT"
if [[ $FAILED != 0 ]]; then
	echo "at least one run FAILED (errors or a part that did not start); its figures are not valid" >&2
	exit 1
fi
