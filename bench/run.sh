#!/bin/sh
# run.sh: `make bench`.  Generates a corpus (BENCH_ACTS, default 20000, the
# size ARCHITECTURE.md compares against), indexes it, serves it on a free
# loopback port and measures: indexing acts/s and MB/s, index size (and after
# xapian-compact), HTTP latency and throughput at 1 and 4 connections, the
# same queries in-process (raw Xapian through xw), and the analysers' speed
# (depersonify, norms), and POST-to-searchable latency of the ingest queue.
# Every figure printed here is measured, none assumed.
set -eu
BINDIR=${BINDIR:-bin}
BUILD=${BUILD:-build}
ACTS=${BENCH_ACTS:-20000}
DIR="$BUILD/bench"
mkdir -p "$DIR"
corpus="$DIR/corpus-$ACTS.jsonl"
[ -s "$corpus" ] || "$BUILD/tools/gencorpus" --count "$ACTS" --seed 42 >"$corpus"
mb=$(du -m "$corpus" | cut -f1)
echo "corpus: $ACTS generated acts, $mb MB of JSONL"

rm -rf "$DIR/index" "$DIR/compact"
"$BINDIR/indexer" import --quiet --index "$DIR/index" "$corpus" 2>"$DIR/import.log" || [ $? -eq 3 ]
echo "index:  $(tail -n 2 "$DIR/import.log" | tr '\n' ' ')"
echo "size:   $(du -sh "$DIR/index" | cut -f1)"
if command -v xapian-compact >/dev/null; then
	xapian-compact --no-renumber "$DIR/index" "$DIR/compact" >/dev/null
	echo "compacted (xapian-compact): $(du -sh "$DIR/compact" | cut -f1)"
fi

# Queries as URL paths.
while IFS= read -r q; do
	[ -n "$q" ] && printf '/api/v1/search?q=%s\n' "$(printf '%s' "$q" | jq -sRr @uri)"
done <bench/queries.txt >"$DIR/paths.txt"

rm -f "$DIR/port"
"$BINDIR/searchd" --listen 127.0.0.1:0 --port-file "$DIR/port" --index "$DIR/index" --threads 2 2>/dev/null &
pid=$!
trap 'kill $pid 2>/dev/null || true' EXIT
i=0
while [ ! -s "$DIR/port" ] && [ $i -lt 100 ]; do sleep 0.05; i=$((i + 1)); done
port=$(cat "$DIR/port")
"$BUILD/tools/httpbench" --port "$port" --paths "$DIR/paths.txt" --conns 1 --requests 400 >/dev/null # warm up
echo "http 1 conn:  $("$BUILD/tools/httpbench" --port "$port" --paths "$DIR/paths.txt" --conns 1 --requests 2000)"
echo "http 4 conns: $("$BUILD/tools/httpbench" --port "$port" --paths "$DIR/paths.txt" --conns 4 --requests 4000)"
kill $pid
wait $pid 2>/dev/null || true
trap - EXIT
echo "$("$BUILD/tools/qbench" --index "$DIR/index" --queries bench/queries.txt --rounds 5)"

# Analysers on the corpus text (first 2,000 acts), one core each.
head -n 2000 "$corpus" | jq -r .text >"$DIR/text.txt"
tmb=$(du -m "$DIR/text.txt" | cut -f1)
t0=$(date +%s.%N)
"$BINDIR/norms" <"$DIR/text.txt" >/dev/null
t1=$(date +%s.%N)
echo "norms:  $tmb MB in $(echo "$t1 - $t0" | bc) s = $(echo "scale=1; $tmb / ($t1 - $t0)" | bc) MB/s"
# depersonify works per act: time it on acts, not on one huge text.
for n in 2 3 4; do
	sed -n "${n}p" "$corpus" | jq -r .text >"$DIR/act.txt"
	printf 'depersonify, act %s (%s bytes): ' "$n" "$(wc -c <"$DIR/act.txt")"
	"$BINDIR/depersonify" --lang ru --bench 400 <"$DIR/act.txt" 2>/dev/null | tail -n 1
done

# Ingest latency: a steady 20 acts/s POSTed to searchd, indexed by `indexer
# watch` into the 20,000-act index; each act's time from the start of its
# POST until a search finds it (BENCH_INGEST acts, default 600 = 30 s).
n=${BENCH_INGEST:-600}
spool="$DIR/spool"
rm -rf "$spool" "$DIR/port"
printf 'bench sha256:%s\n' "$(printf bench-token | sha256sum | cut -d' ' -f1)" >"$DIR/tokens"
"$BINDIR/indexer" watch --index "$DIR/index" --spool "$spool" 2>"$DIR/watch.log" &
wpid=$!
sleep 1
"$BINDIR/searchd" --listen 127.0.0.1:0 --port-file "$DIR/port" --index "$DIR/index" --threads 2 \
	--spool "$spool" --ingest-tokens "$DIR/tokens" 2>/dev/null &
pid=$!
trap 'kill $pid $wpid 2>/dev/null || true' EXIT
i=0
while [ ! -s "$DIR/port" ] && [ $i -lt 100 ]; do sleep 0.05; i=$((i + 1)); done
"$BUILD/tools/ingest_load" post --url "http://127.0.0.1:$(cat "$DIR/port")" --token bench-token \
	--court bench --prefix bench$$ --count "$n" --rate 20 --latency "$DIR/latency.txt" >/dev/null
kill $pid $wpid
wait $pid $wpid 2>/dev/null || true
trap - EXIT
sort -n "$DIR/latency.txt" >"$DIR/latency.sorted"
cnt=$(wc -l <"$DIR/latency.sorted")
pct() { sed -n "$(( ($1 * cnt + 99) / 100 ))p" "$DIR/latency.sorted"; }
echo "ingest at 20 acts/s, POST to searchable ($cnt acts into a $ACTS-act index): p50 $(pct 50) ms, p95 $(pct 95) ms, p99 $(pct 99) ms, max $(tail -n 1 "$DIR/latency.sorted") ms"
