#!/bin/sh
# eval-stem.sh: `make eval-stem`.  Scores the Kyrgyz stemmer against the
# lemmas of the UD Kyrgyz-KTMU treebank (under- and over-stemming, pairwise
# P/R/F1) next to no stemming, truncation and Snowball Turkish.  The
# treebank lives outside the repository; without it the evaluation is
# skipped, not failed.  Env: BUILD (build dir, default build).
set -eu
BUILD=${BUILD:-build}
TREEBANK=${TREEBANK:-../shared/data/ud-kyrgyz-ktmu/ky_ktmu-ud-train.conllu}
TOOL="$BUILD/tools/eval_stem"

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
