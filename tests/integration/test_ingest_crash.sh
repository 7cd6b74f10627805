# test_ingest_crash.sh: "none is ever lost", proved by killing things.
#  (a) 2,000 acts are posted while `indexer watch` is killed with SIGKILL at
#      random moments (at least 10 times) and restarted; afterwards every act
#      that got a 202 is in the index exactly once, with its own content.
#  (b) searchd is killed with SIGKILL during a stream of POSTs and
#      restarted on the same port; every 202 is still indexed afterwards.
. tests/integration/lib.sh

TOOLS=${BUILD:-build}/tools
SPOOL=$WORK/spool
INDEX=$WORK/index
token_line test-court secret-one >"$WORK/tokens"

start_watch "$INDEX" "$SPOOL" --batch 64 || { not_ok "indexer watch starts"; finish; exit 1; }
start_searchd "$INDEX" --spool "$SPOOL" --ingest-tokens "$WORK/tokens" \
	|| { not_ok "searchd starts"; finish; exit 1; }

# --- (a) SIGKILL the indexer while 2,000 acts arrive ---
"$TOOLS/ingest_load" post --url "$BASE_URL" --token secret-one --court test-court \
	--prefix ka --count 2000 --rate 250 --out "$WORK/ids-a" >"$WORK/post-a.log" 2>&1 &
poster=$!
kills=0
RANDOM=$$
while kill -0 $poster 2>/dev/null; do
	sleep "0.$(( RANDOM % 4 + 1 ))$(( RANDOM % 10 ))"
	kill -0 $poster 2>/dev/null || break
	kill -KILL "$WATCH_PID"
	wait "$WATCH_PID" 2>/dev/null
	kills=$((kills + 1))
	start_watch "$INDEX" "$SPOOL" --batch 64 || break
done
wait $poster
cat "$WORK/post-a.log"
check "the indexer was killed at least 10 times while acts arrived ($kills)" test $kills -ge 10
accepted=$(wc -l <"$WORK/ids-a")
check "all 2,000 posts were accepted ($accepted)" test "$accepted" -eq 2000
check "the restarted indexer drains the spool" wait_drained "$SPOOL" 60
"$TOOLS/ingest_load" verify --url "$BASE_URL" --prefix ka --ids "$WORK/ids-a" >"$WORK/verify-a.log" 2>&1
rc=$?
cat "$WORK/verify-a.log"
check "every accepted act is indexed, once, with its own content" test $rc -eq 0
docs=$(curl -sS "$BASE_URL/healthz" | jq .acts)
check "the index holds exactly the accepted acts ($docs)" test "$docs" -eq "$accepted"
check "no ticket failed" test -z "$(find "$SPOOL/failed" -type f)"
check "every ticket has its 'indexed' record" test "$(find "$SPOOL/done" -type f | wc -l)" -ge "$accepted"

# --- (b) SIGKILL searchd during a stream of POSTs ---
port=${BASE_URL##*:}
"$TOOLS/ingest_load" post --url "$BASE_URL" --token secret-one --court test-court \
	--prefix kb --count 600 --rate 200 --out "$WORK/ids-b" >"$WORK/post-b.log" 2>&1 &
poster=$!
skills=0
while kill -0 $poster 2>/dev/null && [ $skills -lt 3 ]; do
	sleep 0.6
	kill -KILL "$SEARCHD_PID"
	wait "$SEARCHD_PID" 2>/dev/null
	skills=$((skills + 1))
	sleep 0.2
	start_searchd "$INDEX" --listen "127.0.0.1:$port" --spool "$SPOOL" --ingest-tokens "$WORK/tokens" || break
	BASE_URL="http://127.0.0.1:$port"
done
wait $poster
cat "$WORK/post-b.log"
check "searchd was killed 3 times during the stream ($skills)" test $skills -eq 3
check "some POSTs failed while searchd was down (the test bit)" grep -q -E '[1-9][0-9]* connection errors' "$WORK/post-b.log"
check "the indexer drains the spool" wait_drained "$SPOOL" 60
"$TOOLS/ingest_load" verify --url "$BASE_URL" --prefix kb --ids "$WORK/ids-b" >"$WORK/verify-b.log" 2>&1
rc=$?
cat "$WORK/verify-b.log"
check "every 202 from before and after the kills is indexed" test $rc -eq 0
b=$(wc -l <"$WORK/ids-b")
lost=$(sed -n 's/.* \([0-9]*\) connection errors.*/\1/p' "$WORK/post-b.log")
docs=$(curl -sS "$BASE_URL/healthz" | jq .acts)
# A POST whose connection died after the spool rename but before the 202
# arrived is stored though its client saw an error (it would resend; the
# id makes that harmless): between the 202s and the 202s plus the errors.
check "the index holds the accepted acts, and at most the unanswered ones besides ($docs >= $accepted + $b)" \
	test "$docs" -ge $((accepted + b)) -a "$docs" -le $((accepted + b + lost))

stop_searchd
check "searchd exits 0" test $? -eq 0
stop_watch
check "indexer watch exits 0" test $? -eq 0
finish
