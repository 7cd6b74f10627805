#!/bin/sh
# eval-deperson.sh: runs the depersonify evaluation (make eval-deperson).
# Env: BUILD (default build).  Three parts:
#  1. the annotated passages in corpus-samples/deperson: "dev" (ru.ann, ky.ann)
#     and, when present, "held-out" (heldout-*.ann, never tuned on);
#  2. factRuEval-2016 person-name recall when ../shared/data/factRuEval-2016/devset
#     exists (skipped cleanly otherwise);
#  3. the corpus check: every act of corpus-samples/*.jsonl scrubbed with its
#     party list as the indexer does; counts quarantines and party-name leaks.
# V=1 lists dev misses and the corpus check's findings.
set -e
BUILD=${BUILD:-build}
TOOL="$BUILD/tools/eval_deperson"
CHECK="$BUILD/tools/check_deperson_corpus"
[ -x "$TOOL" ] || { echo "eval-deperson: $TOOL not built" >&2; exit 2; }
FRE=../shared/data/factRuEval-2016/devset
if [ -d "$FRE" ]; then
	"$TOOL" ${V:+-v} corpus-samples/deperson "$FRE"
else
	"$TOOL" ${V:+-v} corpus-samples/deperson
	echo "factRuEval-2016 devset: not present ($FRE), skipped"
fi
if [ -x "$CHECK" ]; then
	# the check exits 1 on any quarantine or leak; the eval still reports
	"$CHECK" ${V:+-v} corpus-samples/*.jsonl | { if [ -n "$V" ]; then cat; else tail -n 2; fi; } || true
else
	echo "corpus check: $CHECK not built, skipped"
fi
