# lib.sh: shared helpers for integration suites: a temp dir, starting and
# stopping searchd by PID on a free loopback port, and tap-like counting.
# Sourced by tests/integration/*.sh; needs BINDIR.
set -u
BINDIR=${BINDIR:-bin}
T_PASSED=0
T_FAILED=0
WORK=$(mktemp -d "${TMPDIR:-/tmp}/sotsearch-test.XXXXXX")
SEARCHD_PID=""

cleanup() {
	if [ -n "$SEARCHD_PID" ] && kill -0 "$SEARCHD_PID" 2>/dev/null; then
		kill -TERM "$SEARCHD_PID" 2>/dev/null
		wait "$SEARCHD_PID" 2>/dev/null
	fi
	rm -rf "$WORK"
}
trap cleanup EXIT

ok() { T_PASSED=$((T_PASSED + 1)); echo "ok - $*"; }
not_ok() { T_FAILED=$((T_FAILED + 1)); echo "not ok - $*"; }

# check NAME COMMAND...: one test from a command's exit status.
check() {
	name=$1
	shift
	if "$@"; then ok "$name"; else not_ok "$name"; fi
}

# start_searchd INDEX [extra args]: sets SEARCHD_PID and BASE_URL.
start_searchd() {
	index=$1
	shift
	rm -f "$WORK/port"
	"$BINDIR/searchd" --listen 127.0.0.1:0 --port-file "$WORK/port" --index "$index" \
		--threads 2 "$@" 2>"$WORK/searchd.log" &
	SEARCHD_PID=$!
	i=0
	while [ ! -s "$WORK/port" ]; do
		i=$((i + 1))
		if [ $i -gt 200 ] || ! kill -0 "$SEARCHD_PID" 2>/dev/null; then
			echo "searchd did not start:"; cat "$WORK/searchd.log"
			return 1
		fi
		sleep 0.05
	done
	BASE_URL="http://127.0.0.1:$(cat "$WORK/port")"
}

# serve_samples [import options and extra paths]: indexes corpus-samples
# with the real indexer and starts searchd on it; a suite that cannot get
# that far stops here.
serve_samples() {
	"$BINDIR/indexer" import --quiet --index "$WORK/index" "$@" corpus-samples 2>"$WORK/import.log"
	check "indexer imports corpus-samples with exit 0" test $? -eq 0
	start_searchd "$WORK/index" || { not_ok "searchd starts"; cat "$WORK/import.log"; finish; exit 1; }
}

# stop_searchd: SIGTERM, and the exit status must be 0 (sanitizers report
# leaks and errors through it).
stop_searchd() {
	kill -TERM "$SEARCHD_PID"
	wait "$SEARCHD_PID"
	rc=$?
	SEARCHD_PID=""
	if [ $rc -ne 0 ]; then
		echo "searchd exited with $rc:"; tail -n 40 "$WORK/searchd.log"
	fi
	return $rc
}

finish() {
	echo "$T_PASSED passed, $T_FAILED failed"
	[ "$T_FAILED" -eq 0 ]
}
