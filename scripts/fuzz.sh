#!/bin/sh
# fuzz.sh: fuzz every target for a set time each (default 60s), then print
# per target the executions, the new interesting inputs and any crashers.
#
#   scripts/fuzz.sh              # 60s per target
#   scripts/fuzz.sh 5m           # longer
#   scripts/fuzz.sh 30s Sanitize # only targets whose name holds "Sanitize"
#
# CI never runs this: `go test ./...` already runs every seed and every
# crasher checked in under testdata/fuzz, and a crasher found by chance must
# not block a landing. A crasher found here is written to
# <package>/testdata/fuzz/<Target>/; fix the bug and commit the file with it.
set -u
cd "$(dirname "$0")/.."

time=${1:-60s}
only=${2:-}

# package target, one per line.
targets='./data FuzzLoadJSON
./data FuzzLoadYAML
./model FuzzResolveEvidence
./model FuzzSearch
./ui/safe FuzzSanitize
./ui/source FuzzWrap'

log=$(mktemp)
trap 'rm -f "$log"' EXIT
summary=""
failed=0

count() { ls "$1" 2>/dev/null | wc -l | tr -d ' '; }

while read -r pkg name; do
	case "$name" in *"$only"*) ;; *) continue ;; esac
	if ! grep -qs "func $name(" "$pkg"/*_test.go; then
		summary="$summary$(printf '%-20s %s' "$name" 'no such target yet')
"
		continue
	fi
	corpus="$pkg/testdata/fuzz/$name"
	before=$(count "$corpus")
	echo "== $name ($pkg) for $time"
	# -fuzzminimizetime: by default each new interesting input is minimized
	# for up to 60s, which on a small machine left the fuzzer idle most of
	# the run; a crasher is still minimized, for a shorter time.
	go test "$pkg" -run '^$' -fuzz "^$name\$" -fuzztime "$time" -fuzzminimizetime 5s >"$log" 2>&1
	status=$?
	tail -n 3 "$log"
	last=$(grep 'execs:' "$log" | tail -n 1)
	execs=$(echo "$last" | sed -n 's/.*execs: \([0-9]*\).*/\1/p')
	new=$(echo "$last" | sed -n 's/.*new interesting: \([0-9]*\).*/\1/p')
	crashers=$(($(count "$corpus") - before))
	if [ "$status" -ne 0 ]; then
		failed=1
		grep -A8 -- '--- FAIL' "$log" | head -n 20
	fi
	summary="$summary$(printf '%-20s execs %-10s new interesting %-6s crashers %s' "$name" "${execs:-?}" "${new:-?}" "$crashers")
"
done <<EOF_TARGETS
$targets
EOF_TARGETS

echo
echo "== summary ($time per target)"
printf '%s' "$summary"
exit $failed
