#!/bin/sh
# eval-deperson.sh: runs the depersonify evaluation (make eval-deperson).
# Env: BUILD (default build).  Adds factRuEval-2016 person-name recall when
# ../shared/data/factRuEval-2016/devset exists; skips it cleanly otherwise.
set -e
BUILD=${BUILD:-build}
TOOL="$BUILD/tools/eval_deperson"
[ -x "$TOOL" ] || { echo "eval-deperson: $TOOL not built" >&2; exit 2; }
FRE=../shared/data/factRuEval-2016/devset
if [ -d "$FRE" ]; then
	"$TOOL" ${V:+-v} corpus-samples/deperson "$FRE"
else
	"$TOOL" ${V:+-v} corpus-samples/deperson
	echo "factRuEval-2016 devset: not present ($FRE), skipped"
fi
