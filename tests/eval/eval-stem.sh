#!/bin/sh
# eval-stem.sh: `make eval-stem`.  Scores the Kyrgyz stemmer against the
# lemmas of the UD Kyrgyz-KTMU treebank (under- and over-stemming, pairwise
# P/R/F1) next to no stemming, truncation and Snowball Turkish (on a Turkish
# Latin transliteration), then measures ky_stem's speed on the treebank's
# distinct folded forms (bench_stem).  The treebank lives outside the
# repository; without it the evaluation is skipped, not failed.
# Env: BUILD (build dir, default build), BINDIR (default bin).
set -eu
BUILD=${BUILD:-build}
BINDIR=${BINDIR:-bin}
TREEBANK=${TREEBANK:-../shared/data/ud-kyrgyz-ktmu/ky_ktmu-ud-train.conllu}
TOOL="$BUILD/tools/eval_stem"
BENCH="$BUILD/tools/bench_stem"

if [ ! -r "$TREEBANK" ]; then
	echo "eval-stem: skipped (treebank not found)"
	exit 0
fi
if [ ! -x "$TOOL" ]; then
	echo "eval-stem: $TOOL not built (run make)" >&2
	exit 1
fi
echo "eval-stem: $TREEBANK"
"$TOOL" "$TREEBANK"

if [ -x "$BENCH" ] && [ -x "$BINDIR/stem" ]; then
	words=$(mktemp "${TMPDIR:-/tmp}/eval-stem.XXXXXX")
	trap 'rm -f "$words"' EXIT
	grep -v '^#' "$TREEBANK" | cut -f2 | grep . |
		"$BINDIR/stem" --lang ky | cut -f1 | sort -u >"$words"
	printf 'speed: '
	"$BENCH" --seconds 1 "$words"
fi
