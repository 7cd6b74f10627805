#!/bin/sh
# eval-norms.sh: `make eval-norms` — scores the norm parser on the annotated
# passages in corpus-samples/norms/ (precision and recall at reference level,
# per file and overall, see docs/norms.md) and lists misses and false
# positives; then runs norms_corpus_check.sh over the act samples (acts
# without any reference, by case type and language).  Run from the repo
# root; BUILD is the build directory and BINDIR holds norms (the Makefile
# sets both).  The exit status is the scoring tool's.
set -eu
BUILD=${BUILD:-build}
BINDIR=${BINDIR:-bin}
tool="$BUILD/tools/eval_norms"
[ -x "$tool" ] || { echo "eval-norms: $tool not built (run make)" >&2; exit 2; }
rc=0
"$tool" "$@" corpus-samples/norms/*.txt || rc=$?
echo
BINDIR=$BINDIR sh tests/eval/norms_corpus_check.sh || true
exit "$rc"
