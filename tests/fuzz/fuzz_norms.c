/* fuzz_norms.c: libFuzzer target for the norm parser.  Feeds the input to
 * norm_parse, norm_parse_hinted and norm_parse_query and checks the
 * invariants callers rely on: offsets inside the input, ids NUL-terminated
 * and non-empty, levels of every id well-formed, and a hint that changes
 * ids only (same refs, same offsets).  Build line in docs/norms.md. */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "norm.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void check(const struct norm_list *l, size_t size)
{
	for (size_t i = 0; i < l->n; i++) {
		const struct norm_ref *r = &l->refs[i];
		if (r->start > r->end || r->end > size)
			abort();
		size_t n = strnlen(r->id, NORM_ID_MAX);
		if (n == 0 || n == NORM_ID_MAX)
			abort();
		char lv[3][NORM_ID_MAX];
		size_t k = norm_id_levels(r->id, lv, 3);
		if (k == 0 || strcmp(lv[k - 1], r->id) != 0)
			abort();
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct norm_list l, h;
	struct ss_err err;
	struct norm_hint hint = {"criminal"};
	enum ss_status st = norm_parse((const char *)data, size, &l, &err);
	if (st == SS_OK)
		check(&l, size);
	if (norm_parse_hinted((const char *)data, size, &hint, &h, &err) != st)
		abort();
	if (st == SS_OK) {
		check(&h, size);
		if (h.n != l.n)
			abort();
		for (size_t i = 0; i < l.n; i++)
			if (h.refs[i].start != l.refs[i].start || h.refs[i].end != l.refs[i].end)
				abort();
	}
	norm_list_release(&h);
	norm_list_release(&l);
	if (size <= 4096 && norm_parse_query((const char *)data, size, &l, &err) == SS_OK)
		check(&l, size);
	norm_list_release(&l);
	return 0;
}
