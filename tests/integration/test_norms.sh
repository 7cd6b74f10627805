# test_norms.sh: norm-of-law search returns exactly the acts that cite a
# norm.  The expectation is computed here, independently of the index: every
# stored act's text goes through bin/norms (with the act's case type, as the
# indexer does), each id is expanded to its levels
# (УК-201-2-3 → УК-201, УК-201-2, УК-201-2-3), and for the most cited norms
# the set of acts from `norm:` queries and from the norm= filter must equal
# that set.  Also checks /api/v1/norms/parse and the offsets stored with acts.
. tests/integration/lib.sh

serve_samples

get() { curl -sS -G --max-time 10 "$@"; }
jqt() { jq -e "$1" "$2" >/dev/null; }

# All act ids, by browsing.
: >"$WORK/ids"
for page in 1 2 3 4 5 6; do
	get "$BASE_URL/api/v1/search" --data-urlencode "per_page=100" --data-urlencode "page=$page" |
		jq -r '.hits[].id' >>"$WORK/ids"
done
n=$(wc -l <"$WORK/ids")
check "browsing lists every act ($n)" test "$n" -ge 300

# Oracle: norm level <TAB> act id, from the stored text of each act.
: >"$WORK/oracle"
: >"$WORK/exact"
offsets_ok=1
while read -r id; do
	get "$BASE_URL/api/v1/acts/$id" >"$WORK/act.json"
	# The indexer parses with the act's case type as a hint; so does the oracle.
	jq -j .text "$WORK/act.json" | "$BINDIR/norms" --case "$(jq -r .case_type "$WORK/act.json")" |
		cut -f3 | sort -u >"$WORK/act.norms"
	while read -r nid; do
		lvl=""
		for part in $(echo "$nid" | tr '-' ' '); do
			lvl=${lvl:+$lvl-}$part
			case "$lvl" in *-*) printf '%s\t%s\n' "$lvl" "$id" ;; esac
		done
	done <"$WORK/act.norms" >>"$WORK/oracle"
	sed "s/\$/	$id/" "$WORK/act.norms" >>"$WORK/exact"
	# The references stored with the act agree with the parser's output.
	stored=$(jq -r '[.norms[].id] | unique | join(" ")' "$WORK/act.json")
	parsed=$(tr '\n' ' ' <"$WORK/act.norms" | sed 's/ $//')
	[ "$stored" = "$parsed" ] || { offsets_ok=0; echo "stored norms differ for $id: [$stored] vs [$parsed]"; }
done <"$WORK/ids"
sort -u "$WORK/oracle" -o "$WORK/oracle"
check "every act stores the references the parser finds in its text" test $offsets_ok = 1

# Search results for one norm query: all pages of ids, sorted.
search_ids() {
	for page in 1 2 3 4; do
		get "$BASE_URL/api/v1/search" "$@" --data-urlencode "per_page=100" --data-urlencode "page=$page" |
			jq -r '.hits[].id'
	done | sort -u
}

# The most cited norms at each depth, plus all levels of one deep id.
cut -f1 "$WORK/oracle" | sort | uniq -c | sort -rn | awk '{print $2}' >"$WORK/by_freq"
{
	grep -E '^[^-]+-[^-]+$' "$WORK/by_freq" | head -n 8
	grep -E '^[^-]+-[^-]+-[^-]+$' "$WORK/by_freq" | head -n 4
	grep -E '^[^-]+-[^-]+-[^-]+-[^-]+$' "$WORK/by_freq" | head -n 3
} >"$WORK/chosen"
while read -r norm; do
	awk -F '\t' -v n="$norm" '$1 == n {print $2}' "$WORK/oracle" | sort -u >"$WORK/want"
	search_ids --data-urlencode "q=norm:$norm" >"$WORK/got"
	check "norm:$norm returns exactly the $(wc -l <"$WORK/want") acts citing it" cmp -s "$WORK/want" "$WORK/got"
	search_ids --data-urlencode "norm=$norm" >"$WORK/got2"
	check "norm=$norm (filter) returns the same acts" cmp -s "$WORK/want" "$WORK/got2"
done <"$WORK/chosen"

# /api/v1/norms/{id}: the number of acts, its breakdowns, and co-citations.
top=$(head -n 1 "$WORK/chosen")
awk -F '\t' -v n="$top" '$1 == n {print $2}' "$WORK/oracle" | sort -u >"$WORK/top_acts"
get "$BASE_URL/api/v1/norms/$top" >"$WORK/stats.json"
want=$(wc -l <"$WORK/top_acts")
check "norms/$top counts the $want acts that apply it" jqt ".acts == $want" "$WORK/stats.json"
check "its years, courts, case types add up to that" jqt \
	"([.by_year[]] | add) == $want and ([.by_court[]] | add) == $want and ([.by_case_type[]] | add) == $want" "$WORK/stats.json"
with=$(jq -r '.cited_with[0].id' "$WORK/stats.json")
with_n=$(jq -r '.cited_with[0].acts' "$WORK/stats.json")
both=$(awk -F '\t' -v m="$with" '$1 == m {print $2}' "$WORK/exact" | sort -u | comm -12 - "$WORK/top_acts" | wc -l)
check "the norm most cited with it ($with) is counted exactly ($with_n = $both)" test "$with_n" = "$both" -a "$both" -gt 0
check "and is not the norm itself" test "${with#"$top"}" = "$with"
code=$(curl -sS -o "$WORK/err" -w '%{http_code}' -G --max-time 10 "$BASE_URL/api/v1/norms/blah")
check "norms/blah is a 404 that shows a valid form" sh -c "test $code = 404 && grep -q 'УК-166-2' '$WORK/err'"

# A human formulation means the same as the canonical id.
deep=$(grep -E '^УК-[0-9]+-[0-9]+-[0-9]+$' "$WORK/by_freq" | head -n 1)
if [ -n "$deep" ]; then
	art=$(echo "$deep" | cut -d- -f2); part=$(echo "$deep" | cut -d- -f3); item=$(echo "$deep" | cut -d- -f4)
	search_ids --data-urlencode "q=norm:$deep" >"$WORK/a"
	search_ids --data-urlencode "q=norm:\"п. $item ч. $part ст. $art УК КР\"" >"$WORK/b"
	check "norm:\"п. $item ч. $part ст. $art УК КР\" = norm:$deep" cmp -s "$WORK/a" "$WORK/b"
	search_ids --data-urlencode "q=norm:\"ст.$art ч.$part п.$item УК\"" >"$WORK/c"
	check "reversed order means the same" cmp -s "$WORK/a" "$WORK/c"
fi

# norm: combines with words and filters.
n=$(get "$BASE_URL/api/v1/search" --data-urlencode "q=norm:УПК-314 type:civil" | jq .total)
check "norm: AND a filter narrows (criminal procedure in civil acts: $n)" test "$n" -lt "$(grep -c "^УПК-314	" "$WORK/oracle")"

# Bad norm input is a 400 with a helpful message.
code=$(curl -sS -o "$WORK/err" -w '%{http_code}' -G --max-time 10 "$BASE_URL/api/v1/search" --data-urlencode "q=norm:статья")
check "norm:статья is a 400" test "$code" = 400
check "whose message shows a valid form" grep -q "норм\|norm:УК-166-2" "$WORK/err"
code=$(curl -sS -o "$WORK/err" -w '%{http_code}' -G --max-time 10 "$BASE_URL/api/v1/search" --data-urlencode "norm=2 ст. ложки")
check "norm=«2 ст. ложки» is a 400" test "$code" = 400

# /api/v1/norms/parse
get "$BASE_URL/api/v1/norms/parse" --data-urlencode "text=по п. 3 ч. 2 ст. 166 УК КР и ст.ст. 198, 199 ГПК КР" >"$WORK/p"
check "norms/parse finds three references" jqt '[.norms[].id] == ["УК-166-2-3", "ГПК-198", "ГПК-199"]' "$WORK/p"
check "with byte offsets and the matched text" jqt '.norms[0].start == 5 and .norms[0].text == "п. 3 ч. 2 ст. 166 УК КР"' "$WORK/p"
code=$(curl -sS -o /dev/null -w '%{http_code}' --max-time 10 "$BASE_URL/api/v1/norms/parse")
check "norms/parse without text is a 400" test "$code" = 400

check "searchd stops cleanly" stop_searchd
finish
