#!/bin/sh
# run.sh: every test sotsearch has, in one run: the cmocka unit binaries
# ($BUILD/tests/test_*), the integration suites (tests/integration/test_*.sh, each
# starting the real programs on loopback) and the fuzz regression inputs.
# Ends with one line "N passed, N failed" and exits non-zero on any failure.
# Env: BINDIR (programs), BUILD (test binaries).
set -u
BINDIR=${BINDIR:-bin}
BUILD=${BUILD:-build}
export BINDIR BUILD
passed=0
failed=0
failures=""
log=$(mktemp)
trap 'rm -f "$log"' EXIT

count() { # $1 passed, $2 failed, $3 name
	passed=$((passed + $1))
	failed=$((failed + $2))
	[ "$2" -gt 0 ] && failures="$failures $3"
	return 0
}

for t in "$BUILD"/tests/test_*; do
	[ -x "$t" ] || continue
	name=$(basename "$t")
	"$t" >"$log" 2>&1
	rc=$?
	p=$(sed -n 's/^\[  PASSED  \] \([0-9]*\) test.*/\1/p' "$log" | tail -n 1)
	f=$(sed -n 's/^\[  FAILED  \] \([0-9]*\) test.*/\1/p' "$log" | tail -n 1)
	p=${p:-0}
	f=${f:-0}
	if [ "$rc" -ne 0 ] && [ "$f" -eq 0 ]; then
		f=1 # crashed or sanitizer report: count the binary as a failure
	fi
	[ "$f" -gt 0 ] && cat "$log"
	echo "unit $name: $p passed, $f failed"
	count "$p" "$f" "$name"
done

for s in tests/integration/test_*.sh; do
	[ -f "$s" ] || continue
	name=$(basename "$s" .sh)
	bash "$s" >"$log" 2>&1
	rc=$?
	line=$(grep -E '^[0-9]+ passed, [0-9]+ failed' "$log" | tail -n 1)
	p=$(echo "$line" | sed -n 's/^\([0-9]*\) passed.*/\1/p')
	f=$(echo "$line" | sed -n 's/.* \([0-9]*\) failed.*/\1/p')
	p=${p:-0}
	f=${f:-0}
	if [ "$rc" -ne 0 ] && [ "$f" -eq 0 ]; then
		f=1
	fi
	if [ "$f" -gt 0 ]; then cat "$log"; else grep -E '^(skip|note)' "$log"; fi
	echo "integration $name: $p passed, $f failed"
	count "$p" "$f" "$name"
done

# Every input a fuzzer ever saved is replayed by a plain driver.
for r in "$BUILD"/fuzz/replay_*; do
	[ -x "$r" ] || continue
	name=${r##*/replay_}
	[ -d "tests/fuzz/corpus/$name" ] || continue
	"$r" "tests/fuzz/corpus/$name" >"$log" 2>&1
	rc=$?
	inputs=$(sed -n 's/^\([0-9]*\) passed.*/\1/p' "$log" | tail -n 1)
	p=1
	f=0
	if [ "$rc" -ne 0 ]; then p=0; f=1; cat "$log"; fi
	echo "fuzz replay $name (${inputs:-0} inputs): $p passed, $f failed"
	count "$p" "$f" "fuzz-$name"
done

if [ -n "$failures" ]; then
	echo "failing:$failures"
fi
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
