# lib.sh: shared helpers for integration suites: a temp dir, starting and
# stopping searchd by PID on a free loopback port, and tap-like counting.
# Sourced by tests/integration/*.sh; needs BINDIR.
set -u
BINDIR=${BINDIR:-bin}
T_PASSED=0
T_FAILED=0
WORK=$(mktemp -d "${TMPDIR:-/tmp}/sotsearch-test.XXXXXX")
SEARCHD_PID=""
WATCH_PID=""

cleanup() {
	for pid in "$SEARCHD_PID" "$WATCH_PID"; do
		if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
			kill -TERM "$pid" 2>/dev/null
			wait "$pid" 2>/dev/null
		fi
	done
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

# wait_port_file NAME FILE PID LOG: until a server started in the
# background has written its port, or has died (then shows its log).
wait_port_file() {
	i=0
	while [ ! -s "$2" ]; do
		i=$((i + 1))
		if [ $i -gt 200 ] || ! kill -0 "$3" 2>/dev/null; then
			echo "$1 did not start:"; cat "$4"
			return 1
		fi
		sleep 0.05
	done
}

# start_searchd INDEX [extra args]: sets SEARCHD_PID and BASE_URL.
start_searchd() {
	index=$1
	shift
	rm -f "$WORK/port"
	"$BINDIR/searchd" --listen 127.0.0.1:0 --port-file "$WORK/port" --index "$index" \
		--threads 2 "$@" 2>"$WORK/searchd.log" &
	SEARCHD_PID=$!
	wait_port_file searchd "$WORK/port" "$SEARCHD_PID" "$WORK/searchd.log" || return 1
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

# stop_proc NAME PID LOG: SIGTERM, and the exit status must be 0
# (sanitizers report leaks and errors through it).
stop_proc() {
	kill -TERM "$2"
	wait "$2"
	rc=$?
	if [ $rc -ne 0 ]; then
		echo "$1 exited with $rc:"; tail -n 40 "$3"
	fi
	return $rc
}

stop_searchd() {
	stop_proc searchd "$SEARCHD_PID" "$WORK/searchd.log"
	rc=$?
	SEARCHD_PID=""
	return $rc
}

# start_watch INDEX SPOOL [extra args]: `indexer watch` in the background;
# returns once the index exists (searchd can open it).  Sets WATCH_PID.
start_watch() {
	index=$1
	spool=$2
	shift 2
	"$BINDIR/indexer" watch --index "$index" --spool "$spool" --rescan-ms 200 "$@" \
		2>>"$WORK/watch.log" &
	WATCH_PID=$!
	i=0
	while [ ! -f "$index/iamglass" ]; do
		i=$((i + 1))
		if [ $i -gt 200 ] || ! kill -0 "$WATCH_PID" 2>/dev/null; then
			echo "indexer watch did not start:"; tail -n 20 "$WORK/watch.log"
			return 1
		fi
		sleep 0.05
	done
}

# stop_watch: the daemon finishes its batch and must exit 0.
stop_watch() {
	stop_proc "indexer watch" "$WATCH_PID" "$WORK/watch.log"
	rc=$?
	WATCH_PID=""
	return $rc
}

# wait_drained SPOOL [seconds]: until incoming/ is empty.
wait_drained() {
	n=0
	limit=$(( ${2:-30} * 20 ))
	while [ -n "$(ls -A "$1/incoming" 2>/dev/null)" ]; do
		n=$((n + 1))
		[ $n -gt $limit ] && return 1
		sleep 0.05
	done
	return 0
}

# token_line COURT TOKEN: a line of the ingest tokens file.
token_line() {
	printf '%s sha256:%s\n' "$1" "$(printf '%s' "$2" | sha256sum | cut -d' ' -f1)"
}

finish() {
	echo "$T_PASSED passed, $T_FAILED failed"
	[ "$T_FAILED" -eq 0 ]
}
