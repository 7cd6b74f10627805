#!/bin/sh
# eval-norms.sh: `make eval-norms` — scores the norm parser on the annotated
# passages in corpus-samples/norms/ (precision and recall at reference level,
# see docs/norms.md) and lists misses and false positives.  Run from the repo
# root; BUILD is the build directory (the Makefile sets it).
set -eu
BUILD=${BUILD:-build}
tool="$BUILD/tools/eval_norms"
[ -x "$tool" ] || { echo "eval-norms: $tool not built (run make)" >&2; exit 2; }
exec "$tool" "$@" corpus-samples/norms/*.txt
