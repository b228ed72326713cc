#!/usr/bin/env bash
# Mixed read load through the gateway (issue 18 item 5): the whole suite as `./suite up` runs it (demo city loaded),
# and wrk reading through the gateway for DURATION with CONNECTIONS connections as nine callers in turn — HOUSING, DRC,
# PLANNING, CITY_MGMT, SASAC, FINANCE, CIVIL_AFFAIRS, HPF (city scope) and DISTRICT 110105 (朝阳) — each call one of,
# in turn: a community list (朝阳, 20 a page), 朝阳's district summary, one community by id (50 of 朝阳's, in turn),
# /api/me. Every call goes through the full gateway (token check, rate limit, duty policy, audit record to Kafka) to
# housing-service and PostgreSQL, or is answered by the gateway itself (/api/me).
# Runs once per JIT setting in JITS, each on a freshly started suite: c1 = the suite's default (C1 only,
# -XX:TieredStopAtLevel=1), tiered = C1 then C2 (RENOVATION_JIT=tiered). Prints, per setting, the start-up
# ("Healthy in"), calls/s, p50/p90/p99/max and the goal verdict (p99 ≤ 50 ms), the RSS of the suite's JVMs when
# healthy and after the load, and how much of the machine other processes used meanwhile.
#
#   bench/mixed-read.sh                         about 13 minutes (two 5-minute runs)
#   JITS=c1 DURATION=60s bench/mixed-read.sh
#   BENCH_SMOKE=1 bench/mixed-read.sh           C1 only, 10 s, 2 s warm-up, demo city of 200 if the database is empty
#                                                 (figures meaningless)
#
# Environment (defaults): DURATION (300s) WARMUP (30s, wrk before the measured run, same load) CONNECTIONS (16)
#   THREADS (2) RATE (320: calls a second in all, on a fixed schedule, the anchor's rate; 0 = as fast as the 16
#   connections get answers, i.e. the suite's saturation, where the latency is 16 / calls a second by Little's law)
#   WRK_TIMEOUT (5s) JITS ("c1 tiered") RENOVATION_DEMO_CITY_SIZE (2000; used only when the suite's
#   database is empty) and whatever ./suite up reads (RENOVATION_JAVA, RENOVATION_STARTUP_ARCHIVES ...).
# Uses the suite's default ports (gateway 8080 ...) and database: refuses to run while a suite answers there.
# Needs wrk (Debian/Ubuntu: apt-get install wrk), curl, Java 17. Builds the suite when its jars are missing (online;
# MVN_OFFLINE=-o builds offline, and may carry further Maven flags such as -Dmaven.repo.local=...).
# Report: bench/results/<timestamp>-mixed-read/summary.md, raw wrk outputs and the suite's log beside it.
# Exit status 1 when a run failed (the suite did not start, non-2xx answers, socket errors, no calls).
set -euo pipefail

if [[ "${BENCH_SMOKE:-}" == 1 ]]; then
	: "${DURATION:=10s}" "${WARMUP:=2s}" "${JITS:=c1}" "${RENOVATION_DEMO_CITY_SIZE:=200}"
fi
DURATION="${DURATION:-300s}"
WARMUP="${WARMUP:-30s}"
CONNECTIONS="${CONNECTIONS:-16}"
THREADS="${THREADS:-2}"
RATE="${RATE:-320}"
WRK_TIMEOUT="${WRK_TIMEOUT:-5s}"
JITS="${JITS:-c1 tiered}"
export RENOVATION_DEMO_CITY_SIZE="${RENOVATION_DEMO_CITY_SIZE:-2000}"
GOAL_P99_MS=50
DISTRICT=110105

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# the Java ./suite runs on (RENOVATION_JAVA: a JDK directory or its java), named in the report
JAVA_BIN="${RENOVATION_JAVA:-java}"
[[ -d "$JAVA_BIN" ]] && JAVA_BIN="$JAVA_BIN/bin/java"
cd "$ROOT"
GATEWAY="http://127.0.0.1:8080"

for tool in wrk curl java awk; do
	command -v "$tool" >/dev/null 2>&1 || { echo "$tool is required (wrk: apt-get install wrk)" >&2; exit 1; }
done
for jit in $JITS; do
	case "$jit" in c1 | tiered) ;; *) echo "JITS: c1 and/or tiered, not $jit" >&2; exit 1 ;; esac
done

# shellcheck source=bench/suite-bench.sh
source "$ROOT/bench/suite-bench.sh"
require_no_suite_running
build_suite_if_missing

OUT="$ROOT/bench/results/$(date +%Y%m%dT%H%M%S)-mixed-read"
mkdir -p "$OUT"
trap stop_suite EXIT
trap 'exit 130' INT TERM

{
	echo "date: $(date -Is)"
	echo "host: $(uname -srm), nproc $(nproc)"
	grep -m1 'model name' /proc/cpuinfo 2>/dev/null || true
	echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
	"$JAVA_BIN" -version 2>&1 | head -1
	wrk --version 2>&1 | head -1 || true
	echo "git: $(git rev-parse --short HEAD 2>/dev/null || echo '?'), $(git status --porcelain 2>/dev/null | wc -l | tr -d ' ') changed files"
	echo "DURATION=$DURATION WARMUP=$WARMUP CONNECTIONS=$CONNECTIONS THREADS=$THREADS RATE=$RATE WRK_TIMEOUT=$WRK_TIMEOUT JITS=\"$JITS\""
	echo "RENOVATION_DEMO_CITY_SIZE=$RENOVATION_DEMO_CITY_SIZE RENOVATION_JAVA=${RENOVATION_JAVA:-} RENOVATION_STARTUP_ARCHIVES=${RENOVATION_STARTUP_ARCHIVES:-}"
} >"$OUT/environment.txt"

# --- helpers ------------------------------------------------------------------------------------------------
# the suite script's processes: the launcher JVM and the services' JVMs under it
suite_pids() { echo "$SUITE_PID" $(descendants "$SUITE_PID"); }
rss_mib() {
	local total=0 pid kb
	for pid in $(suite_pids); do
		kb="$(awk '/^VmRSS:/ { print $2 }' "/proc/$pid/status" 2>/dev/null || echo 0)"
		total=$((total + ${kb:-0}))
	done
	echo $((total / 1024))
}
suite_ticks() {
	local total=0 pid
	for pid in $(suite_pids); do
		total=$((total + $(awk '{ print $14 + $15 }' "/proc/$pid/stat" 2>/dev/null || echo 0)))
	done
	echo "$total"
}
machine_ticks() { awk '$1 == "cpu" { busy = $2 + $3 + $4 + $9; print busy, busy + $5 + $6 + $7 + $8; exit }' /proc/stat; }
latency_ms() {
	awk -v pct="$1" '
		$1 == pct && $2 ~ /^[0-9.]+(us|ms|s|m)$/ {
			v = $2; unit = v; sub(/^[0-9.]+/, "", unit); sub(/[a-z]+$/, "", v)
			f = (unit == "us") ? 0.001 : (unit == "ms") ? 1 : (unit == "s") ? 1000 : 60000
			printf "%.1f", v * f; found = 1; exit
		}
		END { if (!found) printf "NaN" }' "$2"
}
max_ms() {
	awk '$1 == "Latency" && $4 ~ /^[0-9.]+(us|ms|s|m)$/ {
			v = $4; unit = v; sub(/^[0-9.]+/, "", unit); sub(/[a-z]+$/, "", v)
			f = (unit == "us") ? 0.001 : (unit == "ms") ? 1 : (unit == "s") ? 1000 : 60000
			printf "%.1f", v * f; found = 1; exit
		}
		END { if (!found) printf "NaN" }' "$1"
}
rps() { awk '/^Requests\/sec:/ { printf "%.0f", $2; found = 1 } END { if (!found) printf "NaN" }' "$1"; }
requests() { awk '/ requests in / { print $1; found = 1 } END { if (!found) print 0 }' "$1"; }
wrk_errors() {
	awk '/Non-2xx or 3xx responses:/ { n += $NF }
		/Socket errors:/ { gsub(/,/, ""); n += $4 + $6 + $8 + $10 }
		END { print n + 0 }' "$1"
}

# start_suite JIT: ./suite up with the demo city; waits until it is healthy and the demo city is in
start_suite() {
	local log="$OUT/suite-$1.log" i
	RENOVATION_JIT="$1" ./suite up >"$log" 2>&1 &
	SUITE_PID=$!
	HEALTHY="" RSS_HEALTHY=""
	for ((i = 0; i < 1800 * 4; i++)); do
		if [[ -z "$HEALTHY" ]] && grep -q "^Healthy in" "$log"; then
			HEALTHY="$(sed -n 's/^Healthy in \([0-9.]*\) s.*/\1/p' "$log")"
			RSS_HEALTHY="$(rss_mib)"
		fi
		grep -q "^Web console:" "$log" && break
		if ! kill -0 "$SUITE_PID" 2>/dev/null; then
			echo "the suite exited before it was ready; see $log" >&2
			tail -20 "$log" >&2
			SUITE_PID=""
			return 1
		fi
		sleep 0.25
	done
	if grep -q "Demo city NOT loaded" "$log"; then
		echo "the demo city did not load; see $log" >&2
		return 1
	fi
}

# the nine callers' tokens, one per line
tokens() {
	local role
	for role in HOUSING DRC PLANNING CITY_MGMT SASAC FINANCE CIVIL_AFFAIRS HPF; do
		./suite token "$role" --subject "bench-mixed-${role,,}" | tail -1
	done
	./suite token DISTRICT --district "$DISTRICT" --subject bench-mixed-district | tail -1
}

# writes the wrk script: tokens and community ids in turn, the four kinds of call in turn
write_lua() {
	local token_list="$1" ids="$2"
	{
		echo "local tokens = {"
		while read -r token; do [[ -n "$token" ]] && echo "  \"$token\","; done <<<"$token_list"
		echo "}"
		echo "local ids = {"
		for id in $ids; do echo "  \"$id\","; done
		echo "}"
		cat <<LUA
-- RATE > 0: each thread sends on a fixed schedule of RATE / THREADS calls a second (a call waits for a free connection
-- when all are busy); a clock from LuaJIT's FFI, as wrk gives its scripts none
local interval = $( awk -v r="$RATE" -v t="$THREADS" 'BEGIN { print (r > 0) ? 1000 * t / r : 0 }' )
local ffi = require("ffi")
ffi.cdef[[
  typedef struct { long tv_sec; long tv_nsec; } mixed_read_timespec;
  int clock_gettime(int clock, mixed_read_timespec *now);
]]
local now = ffi.new("mixed_read_timespec")
local function millis()
  ffi.C.clock_gettime(1, now)
  return tonumber(now.tv_sec) * 1000 + tonumber(now.tv_nsec) / 1e6
end
local slot = nil
if interval > 0 then
  delay = function()
    local t = millis()
    -- behind by more than a second (the suite was slower than RATE): start the schedule afresh, no burst
    if slot == nil or slot < t - 1000 then slot = t end
    slot = slot + interval
    return math.max(0, slot - t)
  end
end
local list = "/api/housing/communities?districtCode=$DISTRICT&pageSize=20"
local summary = "/api/housing/districts/$DISTRICT/summary"
-- each wrk thread has its own Lua state: start them at different places of the sequence
setup = function(thread)
  thread:set("counter", math.random(0, 10000))
end
request = function()
  counter = (counter or 0) + 1
  local kind = counter % 4
  local path
  if kind == 0 then
    path = list
  elseif kind == 1 then
    path = summary
  elseif kind == 2 then
    path = "/api/housing/communities/" .. ids[math.floor(counter / 4) % #ids + 1]
  else
    path = "/api/me"
  end
  -- 4 kinds and 9 callers: every caller makes every kind of call
  return wrk.format("GET", path, { ["Authorization"] = "Bearer " .. tokens[counter % #tokens + 1] })
end
LUA
	} >"$OUT/mixed-read.lua"
}

# --- the runs -----------------------------------------------------------------------------------------------
FAILED=0
ROWS=()
for jit in $JITS; do
	echo "=== $jit: starting the suite (RENOVATION_JIT=$jit) ..."
	if ! start_suite "$jit"; then
		FAILED=1
		ROWS+=("| $jit | FAILED: the suite did not start | | | | | | | | |")
		stop_suite
		continue
	fi
	echo "healthy in ${HEALTHY} s, ${RSS_HEALTHY} MiB RSS; demo city in"
	token_list="$(tokens)"
	if [[ "$(grep -c . <<<"$token_list")" != 9 ]]; then
		echo "could not get nine tokens from the dev issuer" >&2
		FAILED=1
		stop_suite
		continue
	fi
	housing_token="$(head -1 <<<"$token_list")"
	ids="$(curl -fsS -H "Authorization: Bearer $housing_token" \
		"$GATEWAY/api/housing/communities?districtCode=$DISTRICT&pageSize=50" |
		grep -o '"id":"[0-9a-f-]\{36\}"' | cut -d'"' -f4 | sort -u | tr '\n' ' ')"
	if [[ -z "$ids" ]]; then
		echo "no communities in district $DISTRICT: is the demo city loaded?" >&2
		FAILED=1
		stop_suite
		continue
	fi
	write_lua "$token_list" "$ids"
	echo "warm-up: $WARMUP"
	wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" --timeout "$WRK_TIMEOUT" -s "$OUT/mixed-read.lua" "$GATEWAY" \
		>"$OUT/warmup-$jit.txt" 2>&1 || true
	echo "measuring: wrk -t$THREADS -c$CONNECTIONS -d$DURATION --latency, 9 callers, list/summary/by id/me, rate $RATE/s (0: unpaced)"
	read -r b0 t0 <<<"$(machine_ticks)"
	s0="$(suite_ticks)"
	wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --timeout "$WRK_TIMEOUT" --latency -s "$OUT/mixed-read.lua" \
		"$GATEWAY" >"$OUT/wrk-$jit.txt" 2>&1 || echo "wrk exited with status $?" >>"$OUT/wrk-$jit.txt"
	read -r b1 t1 <<<"$(machine_ticks)"
	s1="$(suite_ticks)"
	rss_after="$(rss_mib)"
	f="$OUT/wrk-$jit.txt"
	suite_share="$(awk -v s=$((s1 - s0)) -v t=$((t1 - t0)) 'BEGIN { printf "%.0f", 100 * s / t }')"
	busy_share="$(awk -v b=$((b1 - b0)) -v t=$((t1 - t0)) 'BEGIN { printf "%.0f", 100 * b / t }')"
	p99="$(latency_ms 99% "$f")"
	errors="$(wrk_errors "$f")"
	if [[ "$errors" != 0 || "$(requests "$f")" == 0 ]] || grep -q "^wrk exited" "$f"; then
		verdict="FAILED RUN ($errors errors or non-2xx, $(requests "$f") calls)"
		FAILED=1
	elif awk -v p="$p99" -v g="$GOAL_P99_MS" 'BEGIN { exit !(p <= g) }'; then
		verdict="met (p99 ≤ $GOAL_P99_MS ms)"
	else
		verdict="MISSED (p99 ≤ $GOAL_P99_MS ms)"
	fi
	ROWS+=("$(printf '| %s | %s s | %s MiB | %s | %s | %s | %s | %s | %s MiB | suite %s %%, whole machine %s %% | %s |' "$jit" \
		"$HEALTHY" "$RSS_HEALTHY" "$(rps "$f")" "$(latency_ms 50% "$f")" "$(latency_ms 90% "$f")" "$p99" \
		"$(max_ms "$f")" "$rss_after" "$suite_share" "$busy_share" "$verdict")")
	echo "${ROWS[-1]}"
	stop_suite
done

{
	echo "Mixed reads through the gateway: wrk -t$THREADS -c$CONNECTIONS -d$DURATION (after $WARMUP of warm-up), $RATE calls/s (0: unpaced), 9 callers," \
		"community list / district summary / community by id / /api/me in turn, $(nproc) cores, $(date -Is)"
	echo "Anchor (2026-12-04, C1 only, 5 minutes, before issue 18 item 5): p50 7.9 ms, p99 86.5 ms at ~320 calls/s. Goal: p99 ≤ $GOAL_P99_MS ms."
	echo
	echo "| JIT | healthy in | RSS healthy | calls/s | p50 (ms) | p90 (ms) | p99 (ms) | max (ms) | RSS after the load | CPU during the run (2 cores = 100 %) | verdict |"
	echo "|---|---|---|---|---|---|---|---|---|---|---|"
	for row in "${ROWS[@]+"${ROWS[@]}"}"; do echo "$row"; done
} | tee "$OUT/summary.md"
echo
echo "raw wrk outputs and the suite's logs: $OUT"
if [[ $FAILED != 0 ]]; then
	echo "at least one run FAILED; its figures are not valid" >&2
	exit 1
fi
