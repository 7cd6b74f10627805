# test_pull.sh: `indexer pull` against a stand-in for portal.sot.kg's case
# listing (tests/tools/portal_fixture.c serving tests/fixtures/portal/).
# Every act arrives once, unchanged acts are not re-indexed, a changed act
# is replaced, 500s, a stalled page and a 429 are ridden out, a pull killed
# with SIGKILL resumes and ends with each act exactly once, bad URLs fail
# clearly, and no name from the portal's HTML is findable.
. tests/integration/lib.sh

BUILD=${BUILD:-build}
FIXTURE="$BUILD/tools/portal_fixture"
DATA=tests/fixtures/portal/cases.json
FIX_PID=""

stop_fixture() {
	if [ -n "$FIX_PID" ] && kill -0 "$FIX_PID" 2>/dev/null; then
		kill -TERM "$FIX_PID" 2>/dev/null
		wait "$FIX_PID" 2>/dev/null
	fi
	FIX_PID=""
}
trap 'stop_fixture; cleanup' EXIT

if [ ! -x "$FIXTURE" ]; then
	not_ok "portal_fixture is built ($FIXTURE)"
	finish
	exit 1
fi

# start_fixture DATA [fixture flags]: sets FIX_PID and FROM.
start_fixture() {
	data=$1
	shift
	stop_fixture
	rm -f "$WORK/fport" "$WORK/flog"
	"$FIXTURE" --data "$data" --port-file "$WORK/fport" --log "$WORK/flog" "$@" 2>"$WORK/fixture.log" &
	FIX_PID=$!
	wait_port_file portal_fixture "$WORK/fport" "$FIX_PID" "$WORK/fixture.log" || return 1
	FROM="http://127.0.0.1:$(cat "$WORK/fport")/api/v1/cc_court_case/"
}

# pull INDEX [options]: one pass; the exit status in RC, stderr in pull.log.
pull() {
	index=$1
	shift
	timeout 60 "$BINDIR/indexer" pull --from "$FROM" --index "$index" --per-page 4 "$@" 2>"$WORK/pull.log"
	RC=$?
	[ "$RC" -le 3 ] || cat "$WORK/pull.log"
}
# summary FIELD: a number from the last summary line ("30 acts", "0 indexed", ...).
summary() { grep 'indexer: pull:' "$WORK/pull.log" | tail -n 1 | grep -o -E "[0-9]+ $1" | head -n 1 | cut -d' ' -f1; }
acts_in() { curl -sS --max-time 10 "$BASE_URL/healthz" | jq .acts; }
total() { curl -sS -G --max-time 10 "$BASE_URL/api/v1/search" --data-urlencode "q=$1" "${@:2}" | jq .total; }

# What the fixture holds, counted from the file itself.
NACTS=$(jq '[.[].case_act[] | select((.file_html // "") != "")] | length' "$DATA")
NCOURT12=$(jq '[.[] | select((.court.id // .court_id) == 12) | .case_act[] | select((.file_html // "") != "")] | length' "$DATA")
PHRASE_ID=portal-$(jq -r '.[].case_act[] | select((.file_html // "") | contains("вырубка арчовника")) | .id' "$DATA")
check "the fixture has a few dozen acts ($NACTS) and one with the test phrase ($PHRASE_ID)" \
	test "$NACTS" -ge 20 -a "$PHRASE_ID" != portal-

# ---- a first pull, then nothing to do ------------------------------------
start_fixture "$DATA" || { not_ok "fixture starts"; finish; exit 1; }
pull "$WORK/index" --audit "$WORK/audit.jsonl"
check "pull exits 0 (got $RC)" test "$RC" = 0
check "pull sees every act of the fixture ($(summary acts) of $NACTS)" test "$(summary acts)" = "$NACTS"
check "pull indexes every act ($(summary indexed))" test "$(summary indexed)" = "$NACTS"
check "the case_act without text is counted, not indexed" test "$(summary 'without text')" = 1
check "the unknown case type is reported" test "$(summary 'of unknown')" = 1
check "the audit file is private (0600)" test "$(stat -c %a "$WORK/audit.jsonl")" = 600
pull "$WORK/index"
check "a second pull exits 0" test "$RC" = 0
check "a second pull re-indexes 0 acts ($(summary indexed) indexed)" test "$(summary indexed)" = 0
check "a second pull finds every act unchanged" test "$(summary unchanged)" = "$NACTS"

start_searchd "$WORK/index" || { not_ok "searchd starts"; finish; exit 1; }
check "the index holds every act once ($(acts_in) of $NACTS)" test "$(acts_in)" = "$NACTS"
hit=$(curl -sS -G --max-time 10 "$BASE_URL/api/v1/search" --data-urlencode 'q="вырубка арчовника"' | jq -r '[.hits[].id] | join(",")')
check "a phrase from one act's HTML finds that act ($hit)" test "$hit" = "$PHRASE_ID"
check "a Kyrgyz act is found in Kyrgyz" test "$(total 'уурдаган' --data-urlencode lang=ky)" -ge 1
act=$(jq -r '.[] | select(.id == 9015) | .case_act[0].id' "$DATA")
curl -sS --max-time 10 "$BASE_URL/api/v1/acts/portal-$act" >"$WORK/act.json"
check "the mapped act has the schema's fields" \
	jq -e '.court == "portal-21" and .case_type == "civil" and .instance == "first" and .act_type == "решение"
	       and .date != null and .judge != null and (has("parties") | not) and (has("html") | not)' "$WORK/act.json" >/dev/null
act=portal-$(jq -r '.[].case_act[] | select((.file_html // "") | contains("windows-1251")) | .id' "$DATA")
hit=$(curl -sS -G --max-time 10 "$BASE_URL/api/v1/search" --data-urlencode 'q="разрешения на строительство"' \
	--data-urlencode per_page=100 | jq -r "[.hits[].id | select(. == \"$act\")] | length")
check "an act whose HTML declares windows-1251 is read as the UTF-8 it is ($act)" test "$hit" = 1
act=$(jq -r '.[] | select(.court.id == 87) | .case_act[0].id' "$DATA" | head -n 1)
check "a Supreme Court case is a cassation" \
	test "$(curl -sS --max-time 10 "$BASE_URL/api/v1/acts/portal-$act" | jq -r .instance)" = cassation

# ---- privacy: no party named in the portal's HTML is findable -------------
leaks=""
for w in $(jq -r '.[].cc_take_parties[].name' "$DATA" | tr ' ' '\n' | grep -v -E '^(уулу|кызы)$' | sort -u); do
	n=$(total "$w")
	[ "$n" = 0 ] || leaks="$leaks $w=$n"
done
check "no party's name or surname is findable [$leaks]" test -z "$leaks"
: >"$WORK/texts.txt"
for id in $(jq -r '.[].case_act[] | select((.file_html // "") != "") | .id' "$DATA"); do
	curl -sS --max-time 10 "$BASE_URL/api/v1/acts/portal-$id" | jq -r '.text // empty' >>"$WORK/texts.txt"
done
jq -r '.[].cc_take_parties[].name' "$DATA" >"$WORK/names.txt"
check "no party's full name is in any published act" sh -c "! grep -q -F -f '$WORK/names.txt' '$WORK/texts.txt'"
check "the published texts are there to check ($(wc -l <"$WORK/texts.txt") lines)" test "$(wc -l <"$WORK/texts.txt")" -gt 100

# ---- one act changes at the source ---------------------------------------
CHANGED=$(jq -r '.[0].case_act[0].id' "$DATA")
jq '.[0].case_act[0].file_html |= sub("</body>"; "<p>Приговор может быть обжалован в Бишкекский городской суд через канцелярию суда.</p></body>")' \
	"$DATA" >"$WORK/changed.json"
start_fixture "$WORK/changed.json"
pull "$WORK/index"
check "after one act changes, pull exits 0" test "$RC" = 0
check "exactly one act is re-indexed ($(summary indexed))" test "$(summary indexed)" = 1
check "... as a change, not a new act" test "$(summary changed)" = 1
check "... the rest are unchanged" test "$(summary unchanged)" = $((NACTS - 1))
sleep 0.3 # searchd reopens on the new revision
hit=$(curl -sS -G --max-time 10 "$BASE_URL/api/v1/search" --data-urlencode 'q="через канцелярию суда"' | jq -r '[.hits[].id] | join(",")')
check "the new version is searchable ($hit)" test "$hit" = "portal-$CHANGED"
check "the index still holds every act once" test "$(acts_in)" = "$NACTS"
check "searchd stops cleanly" stop_searchd

# ---- filters and other listing shapes ------------------------------------
start_fixture "$DATA" --shape drf
pull "$WORK/court12" --court-id 12
check "--court-id 12 pulls that court's acts only ($(summary indexed) of $NCOURT12)" \
	test "$RC" = 0 -a "$(summary indexed)" = "$NCOURT12"
check "the court filter reached the server" grep -q 'page=1 status=200' "$WORK/flog"
pull "$WORK/drf"
check "a Django-REST listing (count/next/results) gives every act" test "$RC" = 0 -a "$(summary indexed)" = "$NACTS"
start_fixture "$DATA" --shape array
pull "$WORK/array"
check "a bare array listing gives every act" test "$RC" = 0 -a "$(summary indexed)" = "$NACTS"

# ---- faults: 500s, a stalled page, a 429 ---------------------------------
start_fixture "$DATA" --fail-every 3
pull "$WORK/f500"
check "every third request failing with 500: exit 0, all acts ($(summary indexed), $(summary retries) retries)" \
	test "$RC" = 0 -a "$(summary indexed)" = "$NACTS" -a "$(summary retries)" -ge 2
start_fixture "$DATA" --stall-page 2 --stall-ms 3000
pull "$WORK/stall" --timeout 1
check "a page stalled past --timeout 1 is retried: exit 0, all acts" \
	test "$RC" = 0 -a "$(summary indexed)" = "$NACTS" -a "$(summary retries)" -ge 1
check "... and the timeout was reported" grep -q -i 'timeout\|timed out' "$WORK/pull.log"
start_fixture "$DATA" --429-once
t0=$(date +%s%N)
pull "$WORK/429"
ms=$((($(date +%s%N) - t0) / 1000000))
check "a 429 is waited out: exit 0, all acts" test "$RC" = 0 -a "$(summary indexed)" = "$NACTS"
check "... honouring Retry-After: 1 (${ms} ms)" test "$ms" -ge 1000

# ---- SIGKILL mid-run, then a rerun resumes -------------------------------
start_fixture "$DATA" --delay-ms 250
"$BINDIR/indexer" pull --from "$FROM" --index "$WORK/killed" --per-page 2 --quiet 2>"$WORK/killed.log" &
PULL_PID=$!
i=0
while [ "$(grep -c 'status=200' "$WORK/flog")" -lt 5 ] && [ $i -lt 200 ]; do
	sleep 0.05
	i=$((i + 1))
done
kill -KILL "$PULL_PID" 2>/dev/null
wait "$PULL_PID" 2>/dev/null
first_run=$(grep -c . "$WORK/flog")
timeout 60 "$BINDIR/indexer" pull --from "$FROM" --index "$WORK/killed" --per-page 2 --quiet 2>"$WORK/pull.log"
RC=$?
check "the pull killed with SIGKILL was mid-run ($first_run requests)" test "$first_run" -ge 5 -a "$first_run" -lt 14
check "the rerun exits 0 and says it resumed" sh -c "test $RC = 0 && grep -q 'resumed' '$WORK/pull.log'"
resume_page=$(sed -n "$((first_run + 1))p" "$WORK/flog" | sed -n 's/page=\([0-9]*\).*/\1/p')
check "the rerun starts after the last committed page (page ${resume_page:-?})" test "${resume_page:-1}" -gt 1
start_searchd "$WORK/killed" || not_ok "searchd starts on the resumed index"
check "after kill and rerun every act is there exactly once ($(acts_in) of $NACTS)" test "$(acts_in)" = "$NACTS"
missing=0
for id in $(jq -r '.[].case_act[] | select((.file_html // "") != "") | .id' "$DATA"); do
	code=$(curl -sS -o /dev/null -w '%{http_code}' --max-time 10 "$BASE_URL/api/v1/acts/portal-$id")
	[ "$code" = 200 ] || missing=$((missing + 1))
done
check "every act id is published ($missing missing)" test "$missing" = 0
check "searchd stops cleanly after the resume" stop_searchd

# ---- a rejected act, --follow and SIGTERM --------------------------------
jq '.[0].case_act[0].act_date = "2023-02-30" | .[1].judge = null' "$DATA" >"$WORK/bad.json"
BAD1=portal-$(jq -r '.[0].case_act[0].id' "$DATA")
start_fixture "$WORK/bad.json"
pull "$WORK/bad"
check "rejected acts give exit 3 (got $RC)" test "$RC" = 3
check "... naming the act and the field" grep -q "act '$BAD1' rejected: field 'date'" "$WORK/pull.log"
n1=$(jq '[.[1].case_act[] | select((.file_html // "") != "")] | length' "$DATA")
check "... and the rest are indexed" test "$(summary indexed)" = $((NACTS - 1 - n1))
: >"$WORK/follow.log"
"$BINDIR/indexer" pull --from "$FROM" --index "$WORK/follow" --per-page 10 --follow 1 --quiet 2>>"$WORK/follow.log" &
PULL_PID=$!
i=0
while [ "$(grep -c 'indexer: pull:' "$WORK/follow.log")" -lt 2 ] && [ $i -lt 100 ]; do
	sleep 0.1
	i=$((i + 1))
done
kill -TERM "$PULL_PID"
wait "$PULL_PID"
RC=$?
check "--follow polls again ($(grep -c 'indexer: pull:' "$WORK/follow.log") passes) and stops on SIGTERM (exit $RC)" \
	test "$(grep -c 'indexer: pull:' "$WORK/follow.log")" -ge 2 -a "$RC" = 3
check "... the second pass re-indexed nothing" sh -c "grep 'indexer: pull:' '$WORK/follow.log' | sed -n 2p | grep -q ' 0 indexed'"

# ---- bad URLs and usage --------------------------------------------------
start_fixture "$DATA"
"$BINDIR/indexer" pull --from 'not a url' --index "$WORK/x" 2>"$WORK/err.log"
RC=$?
check "a malformed --from is exit 1 ($RC) with a clear message" \
	sh -c "test $RC = 1 && grep -q \"is not an http:// or https:// URL\" '$WORK/err.log'"
"$BINDIR/indexer" pull --from "ftp://127.0.0.1/x" --index "$WORK/x" 2>"$WORK/err.log"
check "an ftp:// URL is exit 1" test $? = 1
timeout 30 "$BINDIR/indexer" pull --from "http://127.0.0.1:1/api/v1/cc_court_case/" --index "$WORK/x" \
	--max-retries 1 --timeout 2 2>"$WORK/err.log"
RC=$?
check "a refused connection is retried, then exit 1 ($RC)" \
	sh -c "test $RC = 1 && grep -q 'giving up on .* after 2 attempts' '$WORK/err.log'"
FROM_ROOT=${FROM%/api/v1/cc_court_case/}
timeout 30 "$BINDIR/indexer" pull --from "$FROM_ROOT/nothing-here/" --index "$WORK/x" 2>"$WORK/err.log"
RC=$?
check "a 404 is exit 1 at once, naming the status ($RC)" sh -c "test $RC = 1 && grep -q 'HTTP 404' '$WORK/err.log'"
timeout 30 "$BINDIR/indexer" pull --from "$FROM_ROOT/redirect-away" --index "$WORK/x" 2>"$WORK/err.log"
RC=$?
check "a redirect to another host is refused, exit 1 ($RC)" \
	sh -c "test $RC = 1 && grep -q 'redirect to another host refused' '$WORK/err.log'"
FROM="$FROM_ROOT/redirect-here"
pull "$WORK/redir"
check "a redirect within the portal is followed (exit $RC, $(summary indexed) acts)" \
	test "$RC" = 0 -a "$(summary indexed)" = "$NACTS"
"$BINDIR/indexer" pull --index "$WORK/x" 2>/dev/null
check "no --from is a usage error (exit 2)" test $? = 2
"$BINDIR/indexer" pull --from "$FROM" --index "$WORK/x" --start-date 2024-13-01 2>/dev/null
check "a bad --start-date is a usage error (exit 2)" test $? = 2

kill -TERM "$FIX_PID"
wait "$FIX_PID"
check "portal_fixture stops cleanly" test $? = 0
FIX_PID=""
finish
