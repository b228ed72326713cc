#!/usr/bin/env bash
# Start-up of the whole suite (issue 18 item 5): `./suite up --no-demo-city` RUNS times, each until it prints "Healthy
# in", then `./suite down`. One start before the measured ones records the class archives when they are missing (the
# first start after a build; see docs/benchmarks.md) and is not counted. Prints per start: the seconds from the command
# to "Healthy" (the shell's clock, JVM start of the launcher included) and the launcher's own figure, the CPU the suite's
# JVMs used until then, the RSS of every suite JVM at that moment (launcher with Kafka and the issuer, four services,
# gateway) and how busy the whole machine was; then the medians and the goal verdicts (≤ 20 s, ≤ 1.2 GB).
#
#   bench/suite-startup.sh                            about 3 minutes
#   RUNS=5 bench/suite-startup.sh
#   RENOVATION_JAVA=/usr/lib/jvm/temurin-25-jdk-amd64 bench/suite-startup.sh       the suite on Java 25 (AOT cache)
#   RENOVATION_STARTUP_ARCHIVES=off bench/suite-startup.sh                          as before the archives
#   BENCH_SMOKE=1 bench/suite-startup.sh              one measured start
#   MEMORY=1 bench/suite-startup.sh                   also each service's memory by part when healthy (Native Memory
#                                                     Tracking, which itself takes ~8 MiB a JVM; table in the report)
#
# Uses the suite's default ports and database: refuses to run while a suite answers on 8080. Builds the suite when its
# jars are missing (online; MVN_OFFLINE=-o offline). Report: bench/results/<timestamp>-suite-startup/summary.md.
set -euo pipefail
if [[ "${BENCH_SMOKE:-}" == 1 ]]; then : "${RUNS:=1}"; fi
if [[ "${MEMORY:-}" == 1 ]]; then export RENOVATION_JVM_OPTIONS="${RENOVATION_JVM_OPTIONS:-} -XX:NativeMemoryTracking=summary"; fi
RUNS="${RUNS:-3}"
GOAL_SECONDS=20
GOAL_MIB=1229 # 1.2 GB as 1.2 × 1024 MiB

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# the Java ./suite runs on (RENOVATION_JAVA: a JDK directory or its java), named in the report
JAVA_BIN="${RENOVATION_JAVA:-java}"
[[ -d "$JAVA_BIN" ]] && JAVA_BIN="$JAVA_BIN/bin/java"
cd "$ROOT"
# shellcheck source=bench/suite-bench.sh
source "$ROOT/bench/suite-bench.sh"
require_no_suite_running
build_suite_if_missing
OUT="$ROOT/bench/results/$(date +%Y%m%dT%H%M%S)-suite-startup"
mkdir -p "$OUT"

trap stop_suite EXIT
trap 'exit 130' INT TERM

machine_ticks() { awk '$1 == "cpu" { busy = $2 + $3 + $4 + $9; print busy, busy + $5 + $6 + $7 + $8; exit }' /proc/stat; }
hz="$(getconf CLK_TCK)"

# memory_by_part PID: what each JVM under PID that tracks native memory has committed, by part (MiB)
memory_by_part() {
	local pid
	echo "| JVM | RSS | committed | Java heap | classes: metaspace, class space, CDS archive, symbols | code | threads | the tracking itself | rest |"
	echo "|---|---|---|---|---|---|---|---|---|"
	for pid in $(descendants "$1"); do
		jcmd "$pid" VM.native_memory summary scale=KB 2>/dev/null | awk \
			-v name="$(tr '\0' ' ' <"/proc/$pid/cmdline" | grep -o '[a-z-]*-0\.1\.0-SNAPSHOT' | head -1 | sed 's/-0\.1\.0-SNAPSHOT//')" \
			-v rss="$(awk '/^VmRSS:/ { print int($2 / 1024) }' "/proc/$pid/status" 2>/dev/null)" '
			function kb(line) { sub(/.*committed=/, "", line); sub(/KB.*/, "", line); return line + 0 }
			/^Total:/ { total = kb($0) }
			/^-/ {
				part = $0; sub(/^- +/, "", part); sub(/ \(reserved.*/, "", part); v = kb($0)
				if (part == "Java Heap") heap = v
				else if (part ~ /^(Class|Metaspace|Shared class space|Symbol)$/) classes += v
				else if (part == "Code") code = v
				else if (part == "Thread") threads = v
				else if (part == "Native Memory Tracking") nmt = v
			}
			END {
				if (total) printf "| %s | %d | %d | %d | %d | %d | %d | %d | %d |\n", name, rss, total / 1024, heap / 1024,
					classes / 1024, code / 1024, threads / 1024, nmt / 1024, (total - heap - classes - code - threads - nmt) / 1024
			}'
	done
}

# start LOG: one ./suite up until healthy; sets WALL LAUNCHER CPU RSS BUSY DETAIL
start() {
	local log="$1" began ended b0 t0 b1 t1 pid ticks=0 kb
	began="$(date +%s%N)"
	read -r b0 t0 <<<"$(machine_ticks)"
	./suite up --no-demo-city >"$log" 2>&1 &
	SUITE_PID=$!
	until grep -q "^Healthy in" "$log"; do
		if ! kill -0 "$SUITE_PID" 2>/dev/null; then
			echo "the suite exited before it was healthy; see $log" >&2
			SUITE_PID=""
			return 1
		fi
		sleep 0.1
	done
	ended="$(date +%s%N)"
	read -r b1 t1 <<<"$(machine_ticks)"
	RSS=0 DETAIL=""
	for pid in $(descendants "$SUITE_PID"); do
		ticks=$((ticks + $(awk '{ print $14 + $15 }' "/proc/$pid/stat" 2>/dev/null || echo 0)))
		kb="$(awk '/^VmRSS:/ { print $2 }' "/proc/$pid/status" 2>/dev/null || echo 0)"
		RSS=$((RSS + kb))
		DETAIL+="$(tr '\0' ' ' <"/proc/$pid/cmdline" | grep -o '[a-z-]*-0\.1\.0-SNAPSHOT' | head -1 | sed 's/-0\.1\.0-SNAPSHOT//') $((kb / 1024)), "
	done
	RSS=$((RSS / 1024))
	if [[ "${MEMORY:-}" == 1 ]]; then memory_by_part "$SUITE_PID" >"$OUT/memory.md"; fi
	WALL="$(awk -v n=$((ended - began)) 'BEGIN { printf "%.1f", n / 1e9 }')"
	LAUNCHER="$(sed -n 's/^Healthy in \([0-9.]*\) s.*/\1/p' "$log")"
	CPU="$(awk -v t="$ticks" -v hz="$hz" 'BEGIN { printf "%.0f", t / hz }')"
	BUSY="$(awk -v b=$((b1 - b0)) -v t=$((t1 - t0)) 'BEGIN { printf "%.0f", 100 * b / t }')"
}

{
	echo "date: $(date -Is)"
	echo "host: $(uname -srm), nproc $(nproc), load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
	"$JAVA_BIN" -version 2>&1 | head -1
	echo "git: $(git rev-parse --short HEAD 2>/dev/null || echo '?')"
	echo "RUNS=$RUNS RENOVATION_JAVA=${RENOVATION_JAVA:-} RENOVATION_STARTUP_ARCHIVES=${RENOVATION_STARTUP_ARCHIVES:-} RENOVATION_JIT=${RENOVATION_JIT:-}"
} >"$OUT/environment.txt"

echo "preparatory start (records the class archives if they are missing; not counted) ..."
start "$OUT/suite-0.log"
echo "  healthy in $WALL s (launcher: $LAUNCHER s)"
stop_suite

ROWS=() WALLS=() RSSES=()
for ((run = 1; run <= RUNS; run++)); do
	start "$OUT/suite-$run.log"
	stop_suite
	ROWS+=("| $run | $WALL s | $LAUNCHER s | $CPU s | $BUSY % | $RSS MiB | ${DETAIL%, } |")
	WALLS+=("$WALL") RSSES+=("$RSS")
	echo "${ROWS[-1]}"
done
median() { printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
wall="$(median "${WALLS[@]}")" rss="$(median "${RSSES[@]}")"
verdict() { awk -v v="$1" -v g="$2" 'BEGIN { exit !(v <= g) }' && echo met || echo MISSED; }
{
	echo "Start-up of the suite (./suite up --no-demo-city), $RUNS starts after a preparatory one, $(nproc) cores, $(date -Is)," \
		"$("$JAVA_BIN" -version 2>&1 | head -1), archives ${RENOVATION_STARTUP_ARCHIVES:-on}"
	echo
	echo "| start | to healthy (shell) | launcher's figure | CPU of the suite's JVMs | machine busy | RSS at healthy | RSS per JVM (MiB) |"
	echo "|---|---|---|---|---|---|---|"
	printf '%s\n' "${ROWS[@]}"
	echo
	echo "median: healthy in $wall s ($(verdict "$wall" "$GOAL_SECONDS") ≤ $GOAL_SECONDS s), RSS $rss MiB ($(verdict "$rss" "$GOAL_MIB") ≤ 1.2 GB);" \
		"a machine busy well above the suite's own share means other processes slowed the start"
	if [[ -f "$OUT/memory.md" ]]; then
		echo
		echo "Memory by part at healthy, last start (MiB; Native Memory Tracking, committed; RSS also counts shared pages):"
		echo
		cat "$OUT/memory.md"
	fi
} | tee "$OUT/summary.md"
