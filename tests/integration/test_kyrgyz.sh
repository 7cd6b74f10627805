# test_kyrgyz.sh: Kyrgyz search end to end.  Indexes corpus-samples with the
# real indexer, starts the real searchd on a free loopback port and checks
# the cases in kyrgyz.test: a Kyrgyz query word finds its inflections (and
# not its derivations), Russian words in a Kyrgyz query, phrases, the
# language filter, snippets marking Kyrgyz word forms.  The expected figures
# there are counted with jq over the JSONL, never taken from the engine.
. tests/integration/lib.sh
. tests/integration/http_cases.sh

serve_samples

run_case_file tests/integration/kyrgyz.test

check "searchd stops cleanly on SIGTERM" stop_searchd
finish
