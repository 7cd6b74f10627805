/* main.c: the `norms` command.  Reads all of stdin (UTF-8) and prints one
 * line per reference found: start<TAB>end<TAB>id<TAB>matched text, offsets in
 * bytes, the matched text with tabs and line breaks shown as spaces.  With
 * --query the input is parsed as a search query instead (norm_parse_query);
 * --case TYPE passes the act's case type ("criminal", "civil", ...) as a hint
 * for abbreviations with several readings (norm_parse_hinted).
 * Exit status: 0 ok, 1 usage or read error, 2 invalid UTF-8. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "norm.h"
#include "ss_buf.h"
#include "ss_log.h"

static void usage(void)
{
	fputs("usage: norms [--query | --case TYPE] < text\n"
	      "prints start<TAB>end<TAB>id<TAB>text for each norm-of-law reference\n",
	      stderr);
}

int main(int argc, char **argv)
{
	int query = 0;
	struct norm_hint hint = {NULL};
	ss_log_set_prog("norms");
	for (int i = 1; i < argc; i++) {
		if (strcmp(argv[i], "--query") == 0) {
			query = 1;
		} else if (strcmp(argv[i], "--case") == 0 && i + 1 < argc) {
			hint.case_type = argv[++i];
		} else if (strcmp(argv[i], "-h") == 0 || strcmp(argv[i], "--help") == 0) {
			usage();
			return 0;
		} else {
			usage();
			return 1;
		}
	}
	struct ss_buf in;
	ss_buf_init(&in, 0);
	char chunk[65536];
	size_t got;
	while ((got = fread(chunk, 1, sizeof(chunk), stdin)) > 0)
		ss_buf_add(&in, chunk, got);
	if (ferror(stdin)) {
		ss_log(SS_LOG_ERROR, "cannot read stdin");
		ss_buf_release(&in);
		return 1;
	}
	struct norm_list refs;
	struct ss_err err;
	ss_err_clear(&err);
	enum ss_status st = query ? norm_parse_query(in.data, in.len, &refs, &err)
				  : norm_parse_hinted(in.data, in.len, &hint, &refs, &err);
	if (st) {
		ss_log(SS_LOG_ERROR, "cannot parse input of %zu bytes: %s", in.len, err.msg);
		ss_buf_release(&in);
		return st == SS_ERR_UTF8 ? 2 : 1;
	}
	for (size_t i = 0; i < refs.n; i++) {
		const struct norm_ref *r = &refs.refs[i];
		printf("%zu\t%zu\t%s\t", r->start, r->end, r->id);
		for (size_t k = r->start; k < r->end; k++) {
			char c = in.data[k];
			putchar(c == '\n' || c == '\t' || c == '\r' ? ' ' : c);
		}
		putchar('\n');
	}
	norm_list_release(&refs);
	ss_buf_release(&in);
	return 0;
}
