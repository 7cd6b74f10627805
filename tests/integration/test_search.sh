# search.sh: indexes corpus-samples with the real indexer, starts the real
# searchd on a free loopback port, and checks the queries in search.test,
# then the behaviours that need more than one request (re-import does not
# duplicate, new acts appear without a restart, clean shutdown).
. tests/integration/lib.sh
. tests/integration/http_cases.sh

serve_samples

run_case_file tests/integration/search.test

# Re-importing the same acts replaces them: the count does not change.
before=$(curl -sS --max-time 10 "$BASE_URL/healthz" | jq .acts)
"$BINDIR/indexer" import --quiet --index "$WORK/index" corpus-samples/handwritten.jsonl 2>/dev/null
after=$(curl -sS --max-time 10 "$BASE_URL/healthz" | jq .acts)
check "re-import keeps $before acts (got $after)" test "$before" = "$after" -a "$before" -gt 0

# A new act is searchable in the running server without a restart.
cat >"$WORK/new.jsonl" <<'ACT'
{"id":"live-001","court":"talas-oblast","court_name":"Таласский областной суд","case_number":"УД-9/25","date":"2025-02-03","case_type":"criminal","instance":"appeal","act_type":"постановление","judge":"Иманов К.","lang":"ru","text":"Суд апелляционной инстанции рассмотрел жалобу о квазиконтрафакции."}
ACT
"$BINDIR/indexer" import --quiet --index "$WORK/index" "$WORK/new.jsonl" 2>/dev/null
n=$(curl -sS -G --max-time 10 "$BASE_URL/api/v1/search" --data-urlencode "q=квазиконтрафакции" | jq .total)
check "an act imported while searchd runs is found without a restart" test "$n" = 1

# A rejected act: exit 3, message names the field, the others are indexed.
printf '%s\n' '{"id":"bad-1","court":"x","court_name":"c","case_number":"1","date":"2020-02-30","case_type":"civil","instance":"first","act_type":"решение","judge":"J","text":"t"}' \
	'{"id":"good-1","court":"x","court_name":"c","case_number":"1","date":"2020-02-28","case_type":"civil","instance":"first","act_type":"решение","judge":"J","text":"ультрамариновый"}' >"$WORK/mixed.jsonl"
"$BINDIR/indexer" import --index "$WORK/index" "$WORK/mixed.jsonl" 2>"$WORK/mixed.log"
rc=$?
check "a bad act makes import exit 3" test $rc -eq 3
check "the rejection names the file, line and field" grep -q "mixed.jsonl:1: act 'bad-1' rejected: field 'date'" "$WORK/mixed.log"
n=$(curl -sS -G --max-time 10 "$BASE_URL/api/v1/search" --data-urlencode "q=ультрамариновый" | jq .total)
check "the good act next to a bad one is indexed" test "$n" = 1

check "searchd stops cleanly on SIGTERM" stop_searchd

# searchd without an index: exit 1 and a message that says what to do.
"$BINDIR/searchd" --listen 127.0.0.1:0 --index "$WORK/none" 2>"$WORK/noindex.log"
check "searchd without an index exits 1" test $? -eq 1
check "and says how to build one" grep -q "indexer import" "$WORK/noindex.log"
printf 'threads = 0\n' >"$WORK/bad.conf"
"$BINDIR/searchd" --config "$WORK/bad.conf" --index "$WORK/index" 2>"$WORK/badconf.log"
check "a bad config value exits 2" test $? -eq 2
check "and the message names the line and key" grep -q "line 1: 'threads' must be" "$WORK/badconf.log"
finish
