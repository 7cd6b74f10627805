#!/bin/sh
# eval-deperson.sh: runs the depersonify evaluation (make eval-deperson).
# Env: BUILD (default build), DEPERSON_DIR (default corpus-samples/deperson).
# Parts, in this order:
#  1. "dev": every *.ann directly in $DEPERSON_DIR (ru, ky, dev2-*);
#  2. factRuEval-2016 person-name recall when ../shared/data/factRuEval-2016/devset
#     exists (skipped cleanly otherwise);
#  3. the corpus check: every act of corpus-samples/*.jsonl scrubbed with its
#     party list as the indexer does; counts quarantines and party-name leaks;
#  4. "held-out": every *.ann in $DEPERSON_DIR/heldout/ when present,
#     aggregate figures only (never tuned on; V=1 does not list its misses).
# V=1 lists dev misses and the corpus check's findings.
set -e
BUILD=${BUILD:-build}
TOOL="$BUILD/tools/eval_deperson"
CHECK="$BUILD/tools/check_deperson_corpus"
DIR=${DEPERSON_DIR:-corpus-samples/deperson}
[ -x "$TOOL" ] || { echo "eval-deperson: $TOOL not built" >&2; exit 2; }
FRE=../shared/data/factRuEval-2016/devset
# (the held-out block comes last, from its own run below)
if [ -d "$FRE" ]; then
	"$TOOL" ${V:+-v} --no-heldout "$DIR" "$FRE" | grep -v '^held-out: skipped'
else
	"$TOOL" ${V:+-v} --no-heldout "$DIR" | grep -v '^held-out: skipped'
	echo "factRuEval-2016 devset: not present ($FRE), skipped"
fi
if [ -x "$CHECK" ]; then
	# the check exits 1 on any quarantine or leak; the eval still reports
	"$CHECK" ${V:+-v} corpus-samples/*.jsonl | { if [ -n "$V" ]; then cat; else tail -n 2; fi; } || true
else
	echo "corpus check: $CHECK not built, skipped"
fi
"$TOOL" --heldout-only "$DIR"
