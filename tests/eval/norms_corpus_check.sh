#!/bin/sh
# norms_corpus_check.sh: runs bin/norms over every act text in
# corpus-samples/*.jsonl, with the act's case type as hint (--case), and
# reports how many acts yield no reference at all, by case type and language
# ("none" = the act has no lang field), then lists those acts' ids.  Criminal
# and civil acts should almost all cite something, so the list is where to
# look for forms the parser misses.  It also counts criminal acts with no
# criminal-code reference and civil acts citing a criminal code, a sign of a
# misread «ЖК»/«ЖПК».  Informational: exits 0 unless a tool is missing.
# Run from the repo root (eval-norms.sh runs it); BINDIR holds norms.
# NORMS_CHECK_KEEP=dir keeps each act's output there as <id>.tsv.
set -eu
BINDIR=${BINDIR:-bin}
norms="$BINDIR/norms"
[ -x "$norms" ] || { echo "norms-corpus-check: $norms not built (run make)" >&2; exit 2; }
command -v jq >/dev/null || { echo "norms-corpus-check: jq not found" >&2; exit 2; }

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT INT TERM
out=${NORMS_CHECK_KEEP:-$tmp/out}
mkdir -p "$out"
: > "$tmp/acts"

for f in corpus-samples/*.jsonl; do
	[ -s "$f" ] || continue
	base=$(basename "$f" .jsonl)
	jq -r '[.id, (.case_type // "none"), (.lang // "none")] | @tsv' "$f" > "$tmp/$base.meta"
	# one file per act text, NUL-terminated (texts hold no NUL)
	jq -j '(.text // ""), "\u0000"' "$f" | split -t '\0' -l 1 -a 6 -d - "$tmp/$base.t."
	i=0
	while IFS='	' read -r id ct lang; do
		t=$(printf '%s/%s.t.%06d' "$tmp" "$base" "$i")
		i=$((i + 1))
		head -c -1 "$t" | "$norms" --case "$ct" > "$out/$id.tsv" || {
			echo "norms-corpus-check: norms failed on $id" >&2
			continue
		}
		n=$(wc -l < "$out/$id.tsv")
		crim=$(cut -f3 "$out/$id.tsv" | grep -c -E '^(УК|УПК|УИК)-' || true)
		printf '%s\t%s\t%s\t%s\t%s\n' "$id" "$ct" "$lang" "$n" "$crim" >> "$tmp/acts"
	done < "$tmp/$base.meta"
done

awk -F '\t' '
{
	k = $2 "/" $3
	acts[k]++; all++
	if ($4 == 0) { none[k]++; nnone++; ids[k] = ids[k] " " $1 }
	if ($2 == "criminal" && $4 > 0 && $5 == 0) { nocrim++; nocrim_ids = nocrim_ids " " $1 }
	if ($2 == "civil" && $5 > 0) { civcrim++; civcrim_ids = civcrim_ids " " $1 }
	refs += $4
}
END {
	printf "norms corpus check: %d acts, %d references, %d acts with none\n", all, refs, nnone
	printf "%-22s %6s %6s %7s\n", "case_type/lang", "acts", "none", "share"
	n = 0
	for (k in acts) keys[++n] = k
	for (i = 2; i <= n; i++) {	# insertion sort: awk has no portable sort
		x = keys[i]
		for (j = i - 1; j >= 1 && keys[j] > x; j--) keys[j + 1] = keys[j]
		keys[j + 1] = x
	}
	for (i = 1; i <= n; i++) {
		k = keys[i]
		printf "%-22s %6d %6d %6.1f%%\n", k, acts[k], none[k], 100 * none[k] / acts[k]
	}
	for (i = 1; i <= n; i++)
		if (none[keys[i]]) printf "no reference (%s):%s\n", keys[i], ids[keys[i]]
	printf "criminal acts citing no УК/УПК/УИК (but something else): %d%s\n", nocrim, nocrim_ids
	printf "civil acts citing УК/УПК/УИК: %d%s\n", civcrim, civcrim_ids
}' "$tmp/acts"
