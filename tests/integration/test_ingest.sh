# test_ingest.sh: the ingest API end to end: searchd with --spool and
# --ingest-tokens, `indexer watch` indexing what courts post.  Covers auth
# (401/403), validation (400 naming the field, 413, 415), JSON, DOCX and
# HTML acts becoming searchable, tickets, replace, withdraw (410 with the
# reason), backpressure (503 + Retry-After), and damaged spool files going
# to failed/ with a reason while the daemon carries on.
. tests/integration/lib.sh

FIX=tests/fixtures/ingest
SPOOL=$WORK/spool
INDEX=$WORK/index
{ token_line test-court secret-one; token_line other-court secret-two; } >"$WORK/tokens"
echo "max_body_bytes = 200000" >"$WORK/searchd.conf"

start_watch "$INDEX" "$SPOOL" || { not_ok "indexer watch starts"; finish; exit 1; }
start_searchd "$INDEX" --config "$WORK/searchd.conf" --spool "$SPOOL" --ingest-tokens "$WORK/tokens" \
	|| { not_ok "searchd starts with ingest"; finish; exit 1; }

AUTH="Authorization: Bearer secret-one"
# post [curl args...]: prints "STATUS BODY-FILE"; body in $WORK/r.json.
req() { curl -sS --max-time 20 -o "$WORK/r.json" -w '%{http_code}' "$@"; }
code() { jq -r '.error.code // empty' "$WORK/r.json"; }
msg() { jq -r '.error.message // empty' "$WORK/r.json"; }
total() { curl -sS -G --max-time 10 "$BASE_URL/api/v1/search" --data-urlencode "q=$1" | jq .total; }

act() { # act ID MARKER [court] [date]: a small valid act as JSON
	jq -cn --arg id "$1" --arg mk "$2" --arg court "${3:-test-court}" --arg date "${4:-2026-11-20}" \
		'{id:$id, court:$court, court_name:"Тестовый районный суд", case_number:"ГД-1/26", date:$date,
		  case_type:"civil", instance:"first", act_type:"решение", judge:"Абдыкадырова Н.Т.",
		  parties:[{role:"plaintiff", name:"Маматкулов Руслан Эркинович"}],
		  text:("Истец Маматкулов Руслан Эркинович обратился в суд с иском о взыскании долга. Контрольное слово " + $mk + ". Руководствуясь ст. 200 ГПК КР, суд решил иск удовлетворить.")}'
}

# wait_searchable MARKER [seconds]: until a search for it finds one act.
wait_searchable() {
	n=0
	while [ "$(total "$1")" != 1 ]; do
		n=$((n + 1))
		[ $n -gt $(( ${2:-5} * 20 )) ] && return 1
		sleep 0.05
	done
}

# --- auth ---
s=$(req -X POST -H 'Content-Type: application/json' --data "$(act a-1 mkaone)" "$BASE_URL/api/v1/acts")
check "no token: 401 ($s)" test "$s" = 401 -a "$(code)" = unauthorized
s=$(req -X POST -H 'Authorization: Bearer wrong' -H 'Content-Type: application/json' --data "$(act a-1 mkaone)" "$BASE_URL/api/v1/acts")
check "unknown token: 401 ($s)" test "$s" = 401
s=$(req -X POST -H 'Authorization: Bearer secret-two' -H 'Content-Type: application/json' --data "$(act a-1 mkaone)" "$BASE_URL/api/v1/acts")
check "another court's act: 403 naming both courts ($s)" sh -c "test $s = 403 && jq -r .error.message '$WORK/r.json' | grep -q other-court"

# --- validation ---
s=$(req -X POST -H "$AUTH" -H 'Content-Type: application/json' --data '{"id": "x",' "$BASE_URL/api/v1/acts")
check "malformed JSON: 400 ($s)" test "$s" = 400 -a "$(code)" = invalid_act
s=$(req -X POST -H "$AUTH" -H 'Content-Type: application/json' --data "$(act a-2 mkatwo test-court 2026-02-30)" "$BASE_URL/api/v1/acts")
check "impossible date: 400 naming the field ($s)" sh -c "test $s = 400 && jq -r .error.message '$WORK/r.json' | grep -q \"field 'date'\""
printf '{"id":"a-3","text":"\377\376"}' >"$WORK/bad-utf8.json"
s=$(req -X POST -H "$AUTH" -H 'Content-Type: application/json' --data-binary "@$WORK/bad-utf8.json" "$BASE_URL/api/v1/acts")
check "invalid UTF-8: 400 ($s)" test "$s" = 400
head -c 300000 /dev/zero | tr '\0' 'a' >"$WORK/big.json"
s=$(req -X POST -H "$AUTH" -H 'Content-Type: application/json' --data-binary "@$WORK/big.json" "$BASE_URL/api/v1/acts")
check "body over max_body_bytes: 413 ($s)" test "$s" = 413 -a "$(code)" = payload_too_large
s=$(req -X POST -H "$AUTH" -H 'Content-Type: text/csv' --data 'a,b' "$BASE_URL/api/v1/acts")
check "unknown content type: 415 ($s)" test "$s" = 415
printf '\211PNG\r\n\032\n' >"$WORK/scan.png"
s=$(req -H "$AUTH" -F "meta=<$FIX/meta-html.json" -F "file=@$WORK/scan.png;type=image/png" "$BASE_URL/api/v1/acts")
check "an image: 415 ($s)" test "$s" = 415 -a "$(code)" = unsupported_format
s=$(req -H "$AUTH" -F "file=@$FIX/act.html" "$BASE_URL/api/v1/acts")
check "a file without meta: 400 ($s)" test "$s" = 400
s=$(req -X PATCH -H "$AUTH" "$BASE_URL/api/v1/acts/a-1")
check "PATCH: 405 ($s)" test "$s" = 405
head -c 20000 /dev/urandom >"$WORK/junk.bin"
s=$(req -X POST -H "$AUTH" -H 'Content-Type: application/json' --data-binary "@$WORK/junk.bin" "$BASE_URL/api/v1/acts")
check "binary junk as JSON: 400 ($s)" test "$s" = 400 -a -n "$(msg)"
s=$(req -X POST -H "$AUTH" -H 'Content-Type: multipart/form-data; boundary=XyZ' --data-binary "@$WORK/junk.bin" "$BASE_URL/api/v1/acts")
check "binary junk as multipart: 400 ($s)" test "$s" = 400 -a -n "$(msg)"
s=$(req -X POST -H "$AUTH" -H 'Content-Type: multipart/form-data' --data-binary "@$WORK/junk.bin" "$BASE_URL/api/v1/acts")
check "multipart without a boundary: 400 ($s)" test "$s" = 400
s=$(req -H "$AUTH" -F "meta=<$FIX/meta-html.json" -F "file=@$WORK/junk.bin;filename=act.docx" "$BASE_URL/api/v1/acts")
check "junk named .docx: 400 saying the file is unreadable ($s)" test "$s" = 400 -a "$(code)" = unreadable_file
s=$(req -H "$AUTH" -F 'meta={"id": "m-1"}' -F "file=@$FIX/act.html" "$BASE_URL/api/v1/acts")
check "meta missing fields: 400 naming one ($s)" sh -c "test $s = 400 && jq -r .error.message '$WORK/r.json' | grep -q \"field '\""
check "searchd survived the junk" test "$(curl -sS -o /dev/null -w '%{http_code}' "$BASE_URL/healthz")" = 200
check "nothing invalid reached the spool" test -z "$(find "$SPOOL/incoming" "$SPOOL/failed" -type f)"

# --- a JSON act: 202, ticket, searchable ---
s=$(req -X POST -H "$AUTH" -H 'Content-Type: application/json' --data "$(act a-1 mkaone)" "$BASE_URL/api/v1/acts")
ticket=$(jq -r .ticket "$WORK/r.json")
check "valid act: 202 with a ticket ($s)" test "$s" = 202 -a "$(jq -r .status_url "$WORK/r.json")" = "/api/v1/ingest/$ticket"
check "the JSON act becomes searchable" wait_searchable mkaone
s=$(req -H "$AUTH" "$BASE_URL/api/v1/ingest/$ticket")
check "its ticket says indexed, with the time ($s)" test "$s" = 200 -a "$(jq -r .status "$WORK/r.json")" = indexed -a "$(jq -r '.at | length' "$WORK/r.json")" -gt 0
s=$(req "$BASE_URL/api/v1/ingest/$ticket")
check "ticket without a token: 401 ($s)" test "$s" = 401
s=$(req -H 'Authorization: Bearer secret-two' "$BASE_URL/api/v1/ingest/$ticket")
check "another court's ticket: 403 ($s)" test "$s" = 403
s=$(req -H "$AUTH" "$BASE_URL/api/v1/ingest/000000000000-000000-000000000000")
check "unknown ticket: 404 ($s)" test "$s" = 404
s=$(req -H "$AUTH" "$BASE_URL/api/v1/ingest/..%2F..%2Fetc%2Fpasswd")
check "a path in place of a ticket: 404 ($s)" test "$s" = 404
check "the party's name is not findable" test "$(total Маматкулов)" = 0

# --- DOCX and HTML files, searchable within a second ---
for k in docx html; do
	t0=$(date +%s%N)
	s=$(req -H "$AUTH" -F "meta=<$FIX/meta-$k.json" -F "file=@$FIX/act.$k" "$BASE_URL/api/v1/acts")
	check "$k act: 202 ($s)" test "$s" = 202
	wait_searchable "${k}marker" 1
	found=$?
	ms=$(( ($(date +%s%N) - t0) / 1000000 ))
	echo "note: $k act searchable $ms ms after the POST began"
	check "$k act searchable within 1 s ($ms ms)" test $found -eq 0
done
# A PDF with a Kyrgyz text layer: ө and ү come through whole.
jq -c '.id = "fixture-pdf-1" | .lang = "ky"' "$FIX/meta-html.json" >"$WORK/meta-pdf.json"
s=$(req -H "$AUTH" -F "meta=<$WORK/meta-pdf.json" -F "file=@tests/fixtures/extract/kyrgyz-text.pdf;type=application/pdf" "$BASE_URL/api/v1/acts")
check "a PDF act: 202 ($s)" test "$s" = 202
wait_drained "$SPOOL" 5
check "the PDF's Kyrgyz text is stored whole" sh -c "curl -sS '$BASE_URL/api/v1/acts/fixture-pdf-1' | jq -r .text | grep -q 'Соттун чечими ң ө ү'"
check "HTML script text is not indexed" test "$(total скрипт)" = 0
check "DOCX paragraphs arrive as lines" sh -c "curl -sS '$BASE_URL/api/v1/acts/fixture-docx-1' | jq -r .text | grep -qx 'УСТАНОВИЛ:'"
for name in Сатыбалдиев Сатыбалдиева Жумабаева Токтогулов '"Киевская, д. 12"'; do
	check "a party in the files («$name») is not findable" test "$(total "$name")" = 0
done
check "the judge stays findable" test "$(total Бекова)" = 1

# --- replace ---
s=$(req -X PUT -H "$AUTH" -H 'Content-Type: application/json' --data "$(act a-1 mkaonebis)" "$BASE_URL/api/v1/acts/a-1")
check "PUT: 202 ($s)" test "$s" = 202
check "the replacement is searchable" wait_searchable mkaonebis
check "the old text is gone" test "$(total mkaone)" = 0
s=$(req -X PUT -H "$AUTH" -H 'Content-Type: application/json' --data "$(act a-9 mkanine)" "$BASE_URL/api/v1/acts/a-1")
check "PUT with another id in the body: 400 ($s)" test "$s" = 400

# --- withdraw ---
s=$(req -X DELETE -H "$AUTH" "$BASE_URL/api/v1/acts/a-1")
check "DELETE without a reason: 400 ($s)" test "$s" = 400
s=$(req -X DELETE -H 'Authorization: Bearer secret-two' -H 'Content-Type: application/json' --data '{"reason":"x"}' "$BASE_URL/api/v1/acts/a-1")
check "DELETE of another court's act: 403 ($s)" test "$s" = 403
s=$(req -X DELETE -H "$AUTH" -H 'Content-Type: application/json' --data '{"reason":"отменено судом апелляционной инстанции по жалобе Маматкулова Руслана Эркиновича"}' "$BASE_URL/api/v1/acts/a-1")
wticket=$(jq -r .ticket "$WORK/r.json")
check "DELETE with a reason: 202 ($s)" test "$s" = 202
n=0
while [ "$(curl -sS -o /dev/null -w '%{http_code}' "$BASE_URL/api/v1/acts/a-1")" != 410 ] && [ $n -lt 100 ]; do n=$((n + 1)); sleep 0.05; done
s=$(req "$BASE_URL/api/v1/acts/a-1")
check "a withdrawn act: 410 with the reason ($s)" sh -c "test $s = 410 && jq -r .error.message '$WORK/r.json' | grep -q 'апелляционной'"
check "... and the public reason names no one" sh -c "! grep -q -E 'Маматкулов|Руслан' '$WORK/r.json'"
check "a withdrawn act is not found by search" test "$(total mkaonebis)" = 0
s=$(req -H "$AUTH" "$BASE_URL/api/v1/ingest/$wticket")
check "its ticket says withdrawn" test "$(jq -r .status "$WORK/r.json")" = withdrawn
s=$(req -X DELETE -H "$AUTH" "$BASE_URL/api/v1/acts/never-was?reason=typo")
nticket=$(jq -r .ticket "$WORK/r.json")
wait_drained "$SPOOL" 5
s=$(req -H "$AUTH" "$BASE_URL/api/v1/ingest/$nticket")
check "withdrawing an act that never was: ticket failed with the reason" sh -c "jq -r '.status + \" \" + .reason' '$WORK/r.json' | grep -q '^failed no published act'"

# --- damaged spool files go to failed/ with a reason ---
good=$(act dmg-ok mkdmgok)
len=$(printf '%s' "$good" | wc -c)
sha=$(printf '%s' "$good" | sha256sum | cut -d' ' -f1)
hdr() { printf '{"v":1,"op":"put","ticket":"%s","court":"test-court","id":"dmg","format":"json","length":%s,"sha256":"%s"}\n' "$1" "$2" "$3"; }
t1=0000000000a1-000000-000000000001
t2=0000000000a1-000000-000000000002
t3=0000000000a1-000000-000000000003
t4=0000000000a1-000000-000000000004
{ hdr $t1 "$len" "$sha"; printf '%s' "$good" | head -c 40; } >"$SPOOL/tmp/x" && mv "$SPOOL/tmp/x" "$SPOOL/incoming/$t1"
{ hdr $t2 "$len" "$sha"; printf '%s' "$good" | tr 'Д' 'Л'; } >"$SPOOL/tmp/x" && mv "$SPOOL/tmp/x" "$SPOOL/incoming/$t2"
head -c 3000 /dev/urandom >"$SPOOL/tmp/x" && mv "$SPOOL/tmp/x" "$SPOOL/incoming/$t3"
printf '%s' "$good" >"$SPOOL/tmp/x" && mv "$SPOOL/tmp/x" "$SPOOL/incoming/$t4"
printf 'junk' >"$SPOOL/tmp/x" && mv "$SPOOL/tmp/x" "$SPOOL/incoming/notes.txt"
check "damaged files leave incoming/" wait_drained "$SPOOL" 5
for t in $t1 $t2 $t3 $t4 notes.txt; do
	check "damaged $t is in failed/ with a reason" sh -c "test -f '$SPOOL/failed/$t' && jq -e '.status == \"failed\" and (.reason | length > 10)' '$SPOOL/failed/$t.json' >/dev/null"
done
s=$(req -H "$AUTH" "$BASE_URL/api/v1/ingest/$t1")
check "a truncated file's ticket says so" sh -c "jq -r .reason '$WORK/r.json' | grep -q truncated"
check "a corrupted body is caught by its checksum" sh -c "jq -r .reason '$SPOOL/failed/$t2.json' | grep -q SHA-256"
s=$(req -X POST -H "$AUTH" -H 'Content-Type: application/json' --data "$(act a-after mkafter)" "$BASE_URL/api/v1/acts")
check "the daemon carries on after damaged files" wait_searchable mkafter

# --- backpressure ---
stop_searchd
check "searchd stops cleanly" test $? -eq 0
stop_watch
check "indexer watch stops cleanly on SIGTERM" test $? -eq 0
printf 'spool_max_acts = 3\n' >"$WORK/small.conf"
start_searchd "$INDEX" --config "$WORK/small.conf" --spool "$SPOOL" --ingest-tokens "$WORK/tokens"
for i in 1 2 3; do
	s=$(req -X POST -H "$AUTH" -H 'Content-Type: application/json' --data "$(act bp-$i mkbp$i)" "$BASE_URL/api/v1/acts")
	check "while the indexer is down, act $i of 3 is accepted ($s)" test "$s" = 202
done
s=$(curl -sS -D "$WORK/h.txt" -o "$WORK/r.json" -w '%{http_code}' -X POST -H "$AUTH" -H 'Content-Type: application/json' --data "$(act bp-4 mkbp4)" "$BASE_URL/api/v1/acts")
check "a full spool answers 503 ($s)" test "$s" = 503 -a "$(code)" = spool_full
check "... with Retry-After" grep -qi '^Retry-After: [0-9]' "$WORK/h.txt"
check "... and stores nothing" test "$(ls "$SPOOL/incoming" | wc -l)" = 3
start_watch "$INDEX" "$SPOOL"
check "the restarted indexer drains the spool" wait_drained "$SPOOL" 10
check "the three queued acts are searchable" sh -c "test \$(curl -sS '$BASE_URL/api/v1/search?q=mkbp1+OR+mkbp2+OR+mkbp3' | jq .total) = 3"
sleep 0.3
s=$(req -X POST -H "$AUTH" -H 'Content-Type: application/json' --data "$(act bp-4 mkbp4)" "$BASE_URL/api/v1/acts")
check "after draining, the fourth is accepted ($s)" test "$s" = 202

# --- quarantine: a policy that leaves ПИНs in, so the leak scanner fires ---
stop_watch
printf 'redact = name\n' >"$WORK/names-only.policy"
start_watch "$INDEX" "$SPOOL" --dp-policy "$WORK/names-only.policy"
q=$(act q-1 mkqone | jq -c '.text += " ПИН 21203198500123."')
s=$(req -X POST -H "$AUTH" -H 'Content-Type: application/json' --data "$q" "$BASE_URL/api/v1/acts")
qticket=$(jq -r .ticket "$WORK/r.json")
wait_drained "$SPOOL" 5
s=$(req -H "$AUTH" "$BASE_URL/api/v1/ingest/$qticket")
check "an act the leak scanner flags: ticket quarantined, with the reason" \
	sh -c "jq -e '.status == \"quarantined\" and (.reason | test(\"ПИН\"))' '$WORK/r.json' >/dev/null"
check "... the reason does not quote the number" sh -c "! grep -q 21203198500123 '$WORK/r.json'"
check "... and the act is not published" test "$(curl -sS -o /dev/null -w '%{http_code}' "$BASE_URL/api/v1/acts/q-1")" = 404

stop_searchd
check "searchd exits 0" test $? -eq 0
stop_watch
check "indexer watch exits 0" test $? -eq 0
check "no raw party name in the daemons' logs" sh -c "! grep -q -E 'Маматкулов|Сатыбалди|Токтогулов' '$WORK/watch.log' '$WORK/searchd.log'"
finish
